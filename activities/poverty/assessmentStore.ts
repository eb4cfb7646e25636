import { createHash } from 'node:crypto';
import type { PrismaClient } from '../../prisma/client';
import type { Assessment } from '../../shared/schemas/poverty';

export interface HouseholdAssessment {
  householdId: string;
  municipalityId: string;
  assessment: Assessment;
}

/** Everything the verdict depends on except the date: the same inputs assessed again add no row. */
export function inputsHash(a: Assessment): string {
  const { assessedOn: _date, lines: _lines, ...rest } = a;
  return createHash('sha256').update(JSON.stringify(rest)).digest('hex');
}

/** One stored assessment as a JSON record for jsonb_to_recordset (BigInt columns as numbers: kopecks stay far below 2^53). */
function record({ householdId, municipalityId, assessment: a }: HouseholdAssessment, hash: string) {
  return {
    householdId,
    municipalityId,
    region: a.region,
    assessedOn: a.assessedOn,
    members: a.composition.members,
    monthlyIncomeKopecks: a.monthlyIncomeKopecks,
    perCapitaIncomeKopecks: a.perCapitaIncomeKopecks,
    thresholdKopecks: a.thresholdKopecks,
    verdict: a.verdict,
    depthKopecks: a.depthKopecks,
    depthBasisPoints: a.depthBasisPoints,
    deficitKopecks: a.deficitKopecks,
    nearBandPermille: a.nearBandPermille,
    children: a.composition.children,
    pensioners: a.composition.pensioners,
    disabled: a.composition.disabled,
    largeFamily: a.composition.largeFamily,
    singleParent: a.composition.singleParent,
    inputs: a,
    inputsHash: hash,
  };
}

/**
 * Keeps the assessments: a household whose current assessment has the same inputs is left as it is
 * (so a retried or replayed batch adds nothing); otherwise the new one becomes current and the old
 * one stays in the history. Returns how many households got a new assessment.
 */
export async function storeAssessments(prisma: PrismaClient, results: HouseholdAssessment[]): Promise<number> {
  if (results.length === 0) return 0;
  return prisma.$transaction(async (tx) => {
    const ids = results.map((r) => r.householdId);
    // Row locks on the current assessments serialise two writers of the same household.
    const current = await tx.$queryRaw<{ householdId: string; inputsHash: string }[]>`
      SELECT "householdId", "inputsHash" FROM "PovertyAssessment"
       WHERE current AND "householdId" = ANY(${ids}::uuid[]) FOR UPDATE`;
    const known = new Map(current.map((c) => [c.householdId, c.inputsHash]));
    const fresh = results.map((r) => ({ r, hash: inputsHash(r.assessment) })).filter(({ r, hash }) => known.get(r.householdId) !== hash);
    if (fresh.length === 0) return 0;
    await tx.povertyAssessment.updateMany({
      where: { current: true, householdId: { in: fresh.map(({ r }) => r.householdId) } },
      data: { current: false },
    });
    // One statement with the rows as one JSON parameter: a batch of a region is hundreds of rows with large inputs.
    await tx.$executeRaw`
      INSERT INTO "PovertyAssessment" (id, "householdId", "municipalityId", region, "assessedOn", current, members,
             "monthlyIncomeKopecks", "perCapitaIncomeKopecks", "thresholdKopecks", verdict, "depthKopecks", "depthBasisPoints",
             "deficitKopecks", "nearBandPermille", children, pensioners, disabled, "largeFamily", "singleParent", inputs, "inputsHash")
      SELECT gen_random_uuid(), r."householdId", r."municipalityId", r.region, r."assessedOn", TRUE, r.members,
             r."monthlyIncomeKopecks", r."perCapitaIncomeKopecks", r."thresholdKopecks", r.verdict::"PovertyVerdict", r."depthKopecks",
             r."depthBasisPoints", r."deficitKopecks", r."nearBandPermille", r.children, r.pensioners, r.disabled, r."largeFamily",
             r."singleParent", r.inputs, r."inputsHash"
        FROM jsonb_to_recordset(${JSON.stringify(fresh.map(({ r, hash }) => record(r, hash)))}::jsonb) AS r(
             "householdId" uuid, "municipalityId" uuid, region text, "assessedOn" date, members int, "monthlyIncomeKopecks" bigint,
             "perCapitaIncomeKopecks" int, "thresholdKopecks" int, verdict text, "depthKopecks" int, "depthBasisPoints" int,
             "deficitKopecks" bigint, "nearBandPermille" int, children int, pensioners int, disabled int, "largeFamily" boolean,
             "singleParent" boolean, inputs jsonb, "inputsHash" text)`;
    return fresh.length;
  });
}

/** Clears the households' "changed" marks, unless they changed again after the data was read. */
export async function clearStaleMarks(prisma: PrismaClient, read: { id: string; staleSince: Date | null }[]): Promise<void> {
  const marked = read.filter((h) => h.staleSince !== null);
  if (marked.length === 0) return;
  await prisma.$executeRaw`
    UPDATE "Household" h SET "povertyStaleSince" = NULL
      FROM unnest(${marked.map((h) => h.id)}::uuid[], ${marked.map((h) => h.staleSince as Date)}::timestamp[]) AS r(id, since)
     WHERE h.id = r.id AND h."povertyStaleSince" = r.since`;
}
