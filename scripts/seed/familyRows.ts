import { v5 as uuidv5 } from 'uuid';
import type { PrismaClient } from '../../prisma/client';
import { inverseRelation } from '../../shared/relations';
import type { FamilySeed } from '../../prisma/seed/data/types';

const SEED_NAMESPACE = '0d7c8f3e-2b1a-4c5d-9e8f-7a6b5c4d3e2f';
export const seedId = (key: string): string => uuidv5(key, SEED_NAMESPACE);

/** Writes one synthetic family as a passport; a family already written is left as it is. */
export async function insertFamily(prisma: PrismaClient, family: FamilySeed, municipalityId: string): Promise<boolean> {
  const householdId = seedId(family.key);
  if (await prisma.household.findUnique({ where: { id: householdId } })) return false;
  await prisma.$transaction(async (tx) => {
    await tx.household.create({ data: { id: householdId, municipalityId, address: family.address } });
    for (const p of family.persons) {
      await tx.person.create({
        data: {
          id: seedId(p.key),
          householdId,
          lastName: p.lastName,
          firstName: p.firstName,
          middleName: p.middleName,
          birthDate: new Date(`${p.birthDate}T00:00:00Z`),
          sex: p.sex,
          snils: p.snils,
          municipalityId,
          address: family.address,
          contacts: { create: p.contacts },
          debts: { create: p.debts.map((d) => ({ ...d, since: new Date(`${d.since}T00:00:00Z`) })) },
          incomes: { create: p.incomes },
        },
      });
    }
    await tx.relation.createMany({
      data: family.relations.flatMap((r) => [
        { fromPersonId: seedId(r.fromKey), toPersonId: seedId(r.toKey), kind: r.kind },
        { fromPersonId: seedId(r.toKey), toPersonId: seedId(r.fromKey), kind: inverseRelation(r.kind) },
      ]),
      skipDuplicates: true,
    });
  });
  return true;
}
