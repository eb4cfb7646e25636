import { randomUUID } from 'node:crypto';
import { ApplicationFailure, Context } from '@temporalio/activity';
import type { Prisma } from '../../prisma/client';
import type { PrismaClient } from '../../prisma/client';
import type { ImportRowData } from '../../shared/register/importRow';
import type { ImportStatus } from '../../shared/register/importBatch';
import { inverseRelation } from '../../shared/relations';
import { IMPORT_DUPLICATE_SIMILARITY, LIKELY_DUPLICATE_SCORE, duplicateScore, foldName } from '../../shared/register/names';

export interface ImportChunkInput {
  batchId: string;
  afterRow: number;
  limit: number;
}

export interface ImportChunkResult {
  /** The last row number the chunk looked at; null when no rows were left. */
  lastRow: number | null;
  totals: { processed: number; created: number; linked: number };
}

type Tx = Prisma.TransactionClient;
type PendingRow = { rowNumber: number; data: ImportRowData };

/** Households of the chunk's families: the ones an earlier chunk made, and new ones for the rest. */
async function householdsOf(tx: Tx, batchId: string, rows: PendingRow[]): Promise<Map<string, string>> {
  const keys = [...new Set(rows.map((r) => r.data.family))];
  const known = await tx.importHousehold.findMany({ where: { batchId, key: { in: keys } } });
  const ids = new Map(known.map((h) => [h.key, h.householdId]));
  const fresh = keys
    .filter((k) => !ids.has(k))
    .map((key) => ({ key, first: rows.find((r) => r.data.family === key)?.data as ImportRowData }));
  for (const f of fresh) ids.set(f.key, randomUUID());
  await tx.$executeRaw`
    INSERT INTO "Household" (id, "municipalityId", address, "updatedAt")
    SELECT t.id, t.municipality, t.address, now()
      FROM unnest(${fresh.map((f) => ids.get(f.key))}::uuid[], ${fresh.map((f) => f.first.municipalityId)}::uuid[], ${fresh.map((f) => f.first.address)}::text[]) AS t(id, municipality, address)`;
  await tx.$executeRaw`
    INSERT INTO "ImportHousehold" ("batchId", key, "householdId")
    SELECT ${batchId}::uuid, t.key, t.id FROM unnest(${fresh.map((f) => f.key)}::text[], ${fresh.map((f) => ids.get(f.key))}::uuid[]) AS t(key, id)`;
  return ids;
}

/** Writes the new persons with their contacts, incomes and debts; returns their ids by row. */
async function createPersons(tx: Tx, batchId: string, rows: PendingRow[]): Promise<Map<number, string>> {
  const households = await householdsOf(tx, batchId, rows);
  const ids = new Map(rows.map((r) => [r.rowNumber, randomUUID()]));
  const personOf = (r: PendingRow) => ids.get(r.rowNumber) as string;
  // Arrays unnested by PostgreSQL, one statement per table: the chunk's cost is the rows, not the round trips.
  await tx.$executeRaw`
    INSERT INTO "Person" (id, "householdId", "lastName", "firstName", "middleName", "birthDate", sex, snils, "municipalityId", address, "updatedAt")
    SELECT t.id, t.household, t.last, t.first, t.middle, t.born, t.sex::"Sex", t.snils, t.municipality, t.address, now()
      FROM unnest(${rows.map(personOf)}::uuid[], ${rows.map((r) => households.get(r.data.family))}::uuid[], ${rows.map((r) => r.data.lastName)}::text[],
                  ${rows.map((r) => r.data.firstName)}::text[], ${rows.map((r) => r.data.middleName)}::text[], ${rows.map((r) => r.data.birthDate)}::date[],
                  ${rows.map((r) => r.data.sex)}::text[], ${rows.map((r) => r.data.snils)}::text[], ${rows.map((r) => r.data.municipalityId)}::uuid[],
                  ${rows.map((r) => r.data.address)}::text[]) AS t(id, household, last, first, middle, born, sex, snils, municipality, address)`;
  const contacts = rows.flatMap((r) => r.data.contacts.map((c) => ({ ...c, personId: personOf(r) })));
  await tx.$executeRaw`
    INSERT INTO "Contact" (id, "personId", kind, value)
    SELECT gen_random_uuid(), t.person, t.kind, t.value
      FROM unnest(${contacts.map((c) => c.personId)}::uuid[], ${contacts.map((c) => c.kind)}::text[], ${contacts.map((c) => c.value)}::text[]) AS t(person, kind, value)`;
  const incomes = rows.flatMap((r) => r.data.incomes.map((i) => ({ ...i, personId: personOf(r) })));
  await tx.$executeRaw`
    INSERT INTO "Income" (id, "personId", source, amount, period)
    SELECT gen_random_uuid(), t.person, t.source, t.amount, t.period
      FROM unnest(${incomes.map((i) => i.personId)}::uuid[], ${incomes.map((i) => i.source)}::text[], ${incomes.map((i) => i.amount)}::numeric[],
                  ${incomes.map((i) => i.period)}::text[]) AS t(person, source, amount, period)`;
  const debts = rows.flatMap((r) => r.data.debts.map((d) => ({ ...d, personId: personOf(r) })));
  await tx.$executeRaw`
    INSERT INTO "Debt" (id, "personId", kind, creditor, amount, since)
    SELECT gen_random_uuid(), t.person, t.kind, t.creditor, t.amount, t.since
      FROM unnest(${debts.map((d) => d.personId)}::uuid[], ${debts.map((d) => d.kind)}::text[], ${debts.map((d) => d.creditor)}::text[],
                  ${debts.map((d) => d.amount)}::numeric[], ${debts.map((d) => d.since)}::date[]) AS t(person, kind, creditor, amount, since)`;
  return ids;
}

/** The best likely duplicate (same birth day, similar name) of each new person, from this score on. */
async function likelyDuplicatesOf(tx: Tx, created: { rowNumber: number; id: string; data: ImportRowData }[]) {
  if (created.length === 0) return new Map<number, { id: string; score: number }>();
  const found = await tx.$queryRaw<{ rowNumber: number; id: string; similarity: number }[]>`
    SELECT DISTINCT ON (n.row) n.row AS "rowNumber", p.id, similarity(translate(lower(p."lastName" || ' ' || p."firstName" || ' ' || coalesce(p."middleName", '')), 'ё', 'е'), n.name) AS similarity
      FROM unnest(${created.map((c) => c.rowNumber)}::int[], ${created.map((c) => c.id)}::uuid[], ${created.map((c) => c.data.birthDate)}::date[], ${created.map((c) => foldName(c.data))}::text[]) AS n(row, id, day, name)
      JOIN "Person" p ON p."birthDate" = n.day AND p.id <> n.id AND p."mergedIntoId" IS NULL
     WHERE similarity(translate(lower(p."lastName" || ' ' || p."firstName" || ' ' || coalesce(p."middleName", '')), 'ё', 'е'), n.name) >= ${IMPORT_DUPLICATE_SIMILARITY}
     ORDER BY n.row, similarity DESC`;
  const best = new Map<number, { id: string; score: number }>();
  for (const f of found) {
    const score = duplicateScore(Number(f.similarity), true);
    if (score >= LIKELY_DUPLICATE_SCORE) best.set(f.rowNumber, { id: f.id, score });
  }
  return best;
}

/**
 * The relatives map of the rows just written, both directions. Each pair sits on its later row
 * (shared/register/importRelations.ts), so the other person was written by now. A pair is written
 * only inside one household (a person linked by SNILS stays in their own), and a pair the register
 * has already is skipped: a retry or a second file adds nothing.
 */
async function writeRelations(tx: Tx, batchId: string, written: { personId: string; data: ImportRowData }[]) {
  const stated = written.flatMap((w) => (w.data.relations ?? []).map((r) => ({ ...r, personId: w.personId })));
  if (stated.length === 0) return;
  await tx.$executeRaw`
    WITH pair AS (
      SELECT s.person AS a, r."personId" AS b, s.kind, s.inverse
        FROM unnest(${stated.map((s) => s.personId)}::uuid[], ${stated.map((s) => s.row)}::int[], ${stated.map((s) => s.kind)}::text[],
                    ${stated.map((s) => inverseRelation(s.kind))}::text[]) AS s(person, row, kind, inverse)
        JOIN "ImportRow" r ON r."batchId" = ${batchId}::uuid AND r."rowNumber" = s.row
        JOIN "Person" pa ON pa.id = s.person
        JOIN "Person" pb ON pb.id = r."personId"
       WHERE pa."householdId" = pb."householdId" AND pa.id <> pb.id)
    INSERT INTO "Relation" (id, "fromPersonId", "toPersonId", kind)
    SELECT DISTINCT ON (x.a, x.b) gen_random_uuid(), x.a, x.b, x.kind::"RelationKind"
      FROM (SELECT a, b, kind FROM pair UNION ALL SELECT b, a, inverse FROM pair) AS x
    ON CONFLICT ("fromPersonId", "toPersonId") DO NOTHING`;
}

export function createImportActivities({ prisma }: { prisma: PrismaClient }) {
  return {
    async recordImportStatus(input: { batchId: string; status: ImportStatus }): Promise<void> {
      await prisma.importBatch.updateMany({ where: { id: input.batchId }, data: { status: input.status } });
    },

    /**
     * Writes the valid rows after `afterRow` not written yet, in one transaction with their marks:
     * a person with a SNILS the register has already is linked, not created again; a new person
     * born the same day as someone with a similar name is flagged with the score; the relatives
     * map of these rows is written both ways.
     */
    async importChunk(input: ImportChunkInput): Promise<ImportChunkResult> {
      Context.current().heartbeat(input.afterRow);
      const result = await prisma.$transaction(
        async (tx) => {
          const batch = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "ImportBatch" WHERE id = ${input.batchId}::uuid FOR UPDATE`;
          if (batch.length === 0) throw ApplicationFailure.nonRetryable('The import batch is gone', 'ImportBatchMissing');
          const window = await tx.$queryRaw<{ rowNumber: number; data: ImportRowData | null; done: boolean }[]>`
            SELECT "rowNumber", CASE WHEN errors IS NULL AND "personId" IS NULL THEN data END AS data, "personId" IS NOT NULL AS done
              FROM "ImportRow" WHERE "batchId" = ${input.batchId}::uuid AND "rowNumber" > ${input.afterRow}
             ORDER BY "rowNumber" LIMIT ${input.limit}`;
          const pending = window.filter((r): r is PendingRow & { done: boolean } => r.data !== null);
          const holders = await tx.person.findMany({
            where: { snils: { in: pending.map((r) => r.data.snils) } },
            select: { id: true, snils: true, mergedIntoId: true },
          });
          const existing = new Map(holders.map((h) => [h.snils, h.mergedIntoId ?? h.id]));
          const linked = pending.filter((r) => existing.has(r.data.snils));
          const fresh = pending.filter((r) => !existing.has(r.data.snils));
          const ids = await createPersons(tx, input.batchId, fresh);
          const created = fresh.map((r) => ({ ...r, id: ids.get(r.rowNumber) as string }));
          const duplicates = await likelyDuplicatesOf(tx, created);
          const marks = [
            ...created.map((r) => ({ row: r.rowNumber, personId: r.id, outcome: 'CREATED', dup: duplicates.get(r.rowNumber) })),
            ...linked.map((r) => ({ row: r.rowNumber, personId: existing.get(r.data.snils) as string, outcome: 'LINKED', dup: undefined })),
          ];
          if (marks.length > 0) {
            await tx.$executeRaw`
              UPDATE "ImportRow" r SET "personId" = m.person, outcome = m.outcome, "duplicateOf" = m.dup, "duplicateScore" = m.score
                FROM unnest(${marks.map((m) => m.row)}::int[], ${marks.map((m) => m.personId)}::uuid[], ${marks.map((m) => m.outcome)}::text[],
                            ${marks.map((m) => m.dup?.id ?? null)}::uuid[], ${marks.map((m) => m.dup?.score ?? null)}::int[]) AS m(row, person, outcome, dup, score)
               WHERE r."batchId" = ${input.batchId}::uuid AND r."rowNumber" = m.row`;
          }
          await writeRelations(tx, input.batchId, [
            ...created.map((r) => ({ personId: r.id, data: r.data })),
            ...linked.map((r) => ({ personId: existing.get(r.data.snils) as string, data: r.data })),
          ]);
          const totals = await tx.importBatch.update({
            where: { id: input.batchId },
            data: {
              processedRows: { increment: marks.length },
              createdPersons: { increment: created.length },
              linkedPersons: { increment: linked.length },
            },
            select: { processedRows: true, createdPersons: true, linkedPersons: true },
          });
          return {
            lastRow: window.at(-1)?.rowNumber ?? null,
            totals: { processed: totals.processedRows, created: totals.createdPersons, linked: totals.linkedPersons },
          };
        },
        { timeout: 120_000 },
      );
      Context.current().heartbeat(result.lastRow);
      return result;
    },
  };
}

export type ImportActivities = ReturnType<typeof createImportActivities>;
