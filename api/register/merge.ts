import type { Prisma, PrismaClient } from '../../prisma/client';
import type { Actor } from '../../shared/needCase';
import type { MergeField, PersonMergeInput } from '../../shared/schemas/register';
import { MERGE_FIELDS } from '../../shared/schemas/register';
import { conflict, notFound } from '../http/errors';
import { personView } from '../passports/view';

type Tx = Prisma.TransactionClient;

/** Operators merge within their municipality; admins, who clean the register, anywhere. */
export function mergeScope(actor: Actor): Prisma.PersonWhereInput {
  if (actor.role === 'ADMIN') return {};
  if (actor.role === 'OPERATOR') return { municipalityId: actor.municipalityId ?? '' };
  return { id: { in: [] } };
}

const include = {
  contacts: true,
  debts: { orderBy: { since: 'asc' } },
  incomes: { orderBy: { period: 'desc' } },
  relationsFrom: true,
  needs: { select: { id: true } },
  supportPlans: { select: { id: true } },
} satisfies Prisma.PersonInclude;

type PersonRow = Prisma.PersonGetPayload<{ include: typeof include }>;

/** A person as the merge screen and the audit trail show it; the SNILS itself stays out of the audit. */
function snapshot(p: PersonRow) {
  // The case list of the person view is left out: the merge names the needs that move by id.
  const { needs: _cases, ...view } = personView({ ...p, needs: [] });
  return {
    ...view,
    relations: p.relationsFrom.map((r) => ({ toPersonId: r.toPersonId, kind: r.kind })),
    needIds: p.needs.map((n) => n.id),
    planIds: p.supportPlans.map((s) => s.id),
  };
}
export type MergeSide = ReturnType<typeof snapshot>;

const forAudit = ({ snils, ...side }: MergeSide) => ({ ...side, snils: snils ? '***' : snils });

async function load(db: Tx | PrismaClient, actor: Actor, id: string, label: string) {
  const row = await db.person.findFirst({ where: { AND: [{ id }, mergeScope(actor)] }, include });
  if (!row) throw notFound(label);
  return row;
}

/** The columns a chosen field writes on the survivor. */
function chosenColumns(merged: PersonRow, take: PersonMergeInput['take']): Prisma.PersonUncheckedUpdateInput {
  const fields = MERGE_FIELDS.filter((f): f is Exclude<MergeField, 'snils'> => f !== 'snils' && take[f] === 'merged');
  const data: Record<string, unknown> = {};
  for (const f of fields) data[f] = merged[f];
  if (take.categories === 'merged') data.disabilityGroup = merged.disabilityGroup;
  return data;
}

async function moveRelations(tx: Tx, survivorId: string, mergedId: string) {
  const links = await tx.relation.findMany({ where: { fromPersonId: mergedId } });
  const kept = new Set((await tx.relation.findMany({ where: { fromPersonId: survivorId } })).map((r) => r.toPersonId));
  for (const link of links) {
    const inverse = { fromPersonId: link.toPersonId, toPersonId: mergedId };
    // A link to the survivor itself, or to someone the survivor is already linked with, goes away with the duplicate.
    if (link.toPersonId === survivorId || kept.has(link.toPersonId)) {
      await tx.relation.deleteMany({ where: { OR: [{ id: link.id }, inverse] } });
    } else {
      await tx.relation.update({ where: { id: link.id }, data: { fromPersonId: survivorId } });
      await tx.relation.updateMany({ where: inverse, data: { toPersonId: survivorId } });
    }
  }
}

async function moveLists(tx: Tx, survivor: PersonRow, merged: PersonRow) {
  const contactKeys = new Set(survivor.contacts.map((c) => `${c.kind}|${c.value}`));
  const incomeKeys = new Set(survivor.incomes.map((i) => `${i.source}|${i.period}`));
  const debtKeys = new Set(survivor.debts.map((d) => `${d.kind}|${d.creditor}|${d.since.toISOString()}`));
  const move = (ids: string[]) => ({ where: { id: { in: ids } }, data: { personId: survivor.id } });
  const drop = (ids: string[]) => ({ where: { id: { in: ids } } });
  const split = <T extends { id: string }>(rows: T[], key: (r: T) => string, have: Set<string>) => ({
    moved: rows.filter((r) => !have.has(key(r))).map((r) => r.id),
    same: rows.filter((r) => have.has(key(r))).map((r) => r.id),
  });
  const contacts = split(merged.contacts, (c) => `${c.kind}|${c.value}`, contactKeys);
  const incomes = split(merged.incomes, (i) => `${i.source}|${i.period}`, incomeKeys);
  const debts = split(merged.debts, (d) => `${d.kind}|${d.creditor}|${d.since.toISOString()}`, debtKeys);
  await tx.contact.updateMany(move(contacts.moved));
  await tx.contact.deleteMany(drop(contacts.same));
  await tx.income.updateMany(move(incomes.moved));
  await tx.income.deleteMany(drop(incomes.same));
  await tx.debt.updateMany(move(debts.moved));
  await tx.debt.deleteMany(drop(debts.same));
  // Needs carry their documents; plans, campaign needs and messages follow the person too.
  const byPerson = { where: { personId: merged.id }, data: { personId: survivor.id } };
  await tx.need.updateMany(byPerson);
  await tx.supportPlan.updateMany(byPerson);
  await tx.campaignNeed.updateMany(byPerson);
  await tx.message.updateMany(byPerson);
}

/**
 * Merges a duplicate into the surviving person: chosen fields are copied, contacts, incomes, debts,
 * needs (with their documents), plans and relations move over, and the duplicate stays as a
 * tombstone pointing to the survivor (a database trigger keeps it so). Both versions are returned
 * for the audit trail.
 */
export function createMergeService(prisma: PrismaClient) {
  return {
    async preview(actor: Actor, survivorId: string, mergedId: string) {
      const [survivor, merged] = await Promise.all([load(prisma, actor, survivorId, 'Человек'), load(prisma, actor, mergedId, 'Дубликат')]);
      return { survivor: snapshot(survivor), merged: snapshot(merged) };
    },

    async merge(actor: Actor, input: PersonMergeInput) {
      return prisma.$transaction(async (tx) => {
        // Locked in id order so two merges of the same pair cannot deadlock or both succeed.
        await tx.$queryRaw`SELECT id FROM "Person" WHERE id IN (${input.survivorId}::uuid, ${input.mergedId}::uuid) ORDER BY id FOR UPDATE`;
        const survivor = await load(tx, actor, input.survivorId, 'Человек');
        const merged = await load(tx, actor, input.mergedId, 'Дубликат');
        if (survivor.mergedIntoId || merged.mergedIntoId) throw conflict('Этот человек уже объединён с другим: выберите основную запись');
        const before = { survivor: snapshot(survivor), merged: snapshot(merged) };
        if (input.take.snils === 'merged' && merged.snils !== survivor.snils) {
          // SNILS is unique: the two swap, through a placeholder, so the tombstone keeps the other number.
          await tx.person.update({ where: { id: merged.id }, data: { snils: `merge-${merged.id}` } });
          await tx.person.update({ where: { id: survivor.id }, data: { snils: merged.snils } });
          await tx.person.update({ where: { id: merged.id }, data: { snils: survivor.snils } });
        }
        await tx.person.update({ where: { id: survivor.id }, data: chosenColumns(merged, input.take) });
        await moveLists(tx, survivor, merged);
        await moveRelations(tx, survivor.id, merged.id);
        await tx.person.update({
          where: { id: merged.id },
          data: { mergedIntoId: survivor.id, mergedAt: new Date(), householdId: null },
        });
        const after = {
          survivor: snapshot(await load(tx, actor, survivor.id, 'Человек')),
          merged: snapshot(await load(tx, actor, merged.id, 'Дубликат')),
        };
        return {
          before,
          after,
          households: [...new Set([survivor.householdId, merged.householdId].filter((h): h is string => h !== null))],
          audit: {
            survivor: { before: forAudit(before.survivor), after: forAudit(after.survivor) },
            merged: { before: forAudit(before.merged), after: forAudit(after.merged) },
            snilsSwapped: input.take.snils === 'merged' && merged.snils !== survivor.snils,
          },
        };
      });
    },
  };
}
