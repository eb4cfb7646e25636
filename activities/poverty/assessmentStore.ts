import { createHash } from 'node:crypto';
import type { Prisma, PrismaClient } from '../../prisma/client';
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

function row({ householdId, municipalityId, assessment: a }: HouseholdAssessment, hash: string): Prisma.PovertyAssessmentCreateManyInput {
  return {
    householdId,
    municipalityId,
    region: a.region,
    assessedOn: new Date(`${a.assessedOn}T00:00:00Z`),
    current: true,
    members: a.composition.members,
    monthlyIncomeKopecks: BigInt(a.monthlyIncomeKopecks),
    perCapitaIncomeKopecks: a.perCapitaIncomeKopecks,
    thresholdKopecks: a.thresholdKopecks,
    verdict: a.verdict,
    depthKopecks: a.depthKopecks,
    depthBasisPoints: a.depthBasisPoints,
    deficitKopecks: BigInt(a.deficitKopecks),
    nearBandPermille: a.nearBandPermille,
    children: a.composition.children,
    pensioners: a.composition.pensioners,
    disabled: a.composition.disabled,
    largeFamily: a.composition.largeFamily,
    singleParent: a.composition.singleParent,
    inputs: a as unknown as Prisma.InputJsonObject,
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
    await tx.povertyAssessment.createMany({ data: fresh.map(({ r, hash }) => row(r, hash)) });
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
