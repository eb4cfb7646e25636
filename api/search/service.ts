import { Prisma } from '../../prisma/client';
import type { PrismaClient } from '../../prisma/client';
import { caseNumber } from '../../shared/caseWording';
import type { Actor } from '../../shared/needCase';
import { formatSnils, normalizeSnils } from '../../shared/snils';
import { needScope, personScope } from '../access/scopes';

/** What the box holds: a SNILS in any spelling, a case number (with or without «№»), or the start of a surname. */
export type SearchKind = 'snils' | 'caseNumber' | 'surname';

const SHOWN = 10;
const PASSPORT_READERS: Actor['role'][] = ['OPERATOR', 'COORDINATOR', 'AUDITOR'];

export function searchKindOf(q: string): { kind: SearchKind; value: string } {
  const snils = normalizeSnils(q);
  if (snils) return { kind: 'snils', value: formatSnils(snils) };
  const number = q.replace(/^№\s*/, '').trim();
  if (/^[0-9a-f]{8}$/i.test(number)) return { kind: 'caseNumber', value: number.toLowerCase() };
  return { kind: 'surname', value: q.trim().toLowerCase().replace(/ё/g, 'е') };
}

const fullName = (p: { lastName: string; firstName: string; middleName: string | null }) =>
  `${p.lastName} ${p.firstName} ${p.middleName ?? ''}`.trim();

/** The app bar's search: families, people and cases, each only within the actor's scope. */
export async function globalSearch(prisma: PrismaClient, actor: Actor, q: string) {
  const { kind, value } = searchKindOf(q);
  // People matching the box, before scoping (ids only): by SNILS exactly, by surname from its start, ё read as е.
  const personIds =
    kind === 'caseNumber'
      ? []
      : (
          await prisma.$queryRaw<{ id: string }[]>(
            kind === 'snils'
              ? Prisma.sql`SELECT id FROM "Person" WHERE snils = ${value} LIMIT 200`
              : Prisma.sql`SELECT id FROM "Person" WHERE translate(lower("lastName"), 'ё', 'е') LIKE ${`${value}%`} LIMIT 200`,
          )
        ).map((r) => r.id);
  const caseIds =
    kind === 'caseNumber'
      ? (await prisma.$queryRaw<{ id: string }[]>`SELECT id FROM "Need" WHERE id::text LIKE ${`${value}%`} LIMIT 50`).map((r) => r.id)
      : [];
  const readsPassports = PASSPORT_READERS.includes(actor.role);
  const [persons, cases] = await Promise.all([
    readsPassports && personIds.length > 0
      ? prisma.person.findMany({
          where: { AND: [{ id: { in: personIds } }, personScope(actor)] },
          orderBy: [{ lastName: 'asc' }, { firstName: 'asc' }],
          take: SHOWN,
          select: {
            id: true,
            lastName: true,
            firstName: true,
            middleName: true,
            birthDate: true,
            householdId: true,
            household: { select: { address: true } },
          },
        })
      : [],
    caseIds.length > 0 || personIds.length > 0
      ? prisma.need.findMany({
          where: { AND: [caseIds.length > 0 ? { id: { in: caseIds } } : { personId: { in: personIds } }, needScope(actor)] },
          orderBy: { registeredAt: 'desc' },
          take: SHOWN,
          select: {
            id: true,
            status: true,
            measure: { select: { name: true } },
            person: { select: { lastName: true, firstName: true, middleName: true } },
          },
        })
      : [],
  ]);
  const families = new Map<string, { id: string; address: string; members: string[] }>();
  for (const p of persons) {
    if (!p.householdId || !p.household) continue;
    const family = families.get(p.householdId) ?? { id: p.householdId, address: p.household.address, members: [] };
    family.members.push(fullName(p));
    families.set(p.householdId, family);
  }
  return {
    kind,
    families: [...families.values()],
    persons: persons.map((p) => ({
      id: p.id,
      name: fullName(p),
      birthDate: p.birthDate.toISOString().slice(0, 10),
      householdId: p.householdId,
    })),
    cases: cases.map((c) => ({
      id: c.id,
      number: caseNumber(c.id),
      status: c.status,
      measure: c.measure.name,
      person: fullName(c.person),
    })),
  };
}
