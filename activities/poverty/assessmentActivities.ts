import { ApplicationFailure, Context } from '@temporalio/activity';
import type { Prisma, PrismaClient } from '../../prisma/client';
import { localDate } from '../../shared/calendar/workingDays';
import type { SubsistenceRow } from '../../shared/poverty/assessment';
import { AssessmentError, assessHousehold } from '../../shared/poverty/assessment';
import { regionRules } from '../../shared/poverty/regions';
import type { HouseholdAssessment } from './assessmentStore';
import { clearStaleMarks, storeAssessments } from './assessmentStore';
import type { StoredHousehold } from './householdInputs';
import { loadHouseholds, loadSubsistenceTable } from './householdInputs';

export interface PovertyDeps {
  prisma: PrismaClient;
  /** The near-poverty band's upper bound in thousandths of the threshold (1500 = 1.5×). */
  nearBandPermille: number;
}

export interface BatchInput {
  region: string;
  date: string;
  /** Households with ids after this one, in id order. */
  afterId: string | null;
  limit: number;
  onlyStale: boolean;
}

export interface BatchResult {
  lastId: string | null;
  processed: number;
  changed: number;
  /** Households that cannot be assessed (no members, no subsistence minimum for the date). */
  failed: number;
}

const CHUNK = 250;

/** Assesses households and keeps what changed; households the rules cannot assess are counted, not retried. */
export function assessAndStore(deps: PovertyDeps, table: SubsistenceRow[], households: StoredHousehold[], date: string) {
  const results: HouseholdAssessment[] = [];
  let failed = 0;
  for (const h of households) {
    const region = regionRules(h.region);
    try {
      if (!region) throw new AssessmentError('NO_SUBSISTENCE_MINIMUM', `Нет правил региона ${h.region}`);
      const assessment = assessHousehold({
        region,
        date,
        members: h.members,
        categories: h.categories,
        table,
        nearBandPermille: deps.nearBandPermille,
      });
      results.push({ householdId: h.id, municipalityId: h.municipalityId, assessment });
    } catch (err) {
      if (!(err instanceof AssessmentError)) throw err;
      failed += 1;
    }
  }
  return { results, failed };
}

/**
 * The re-assessment of households: one household after a change, or a region batch by batch. The
 * households are read before the table: a table edit committed in between has marked them changed
 * after the mark that was read, so the mark is not cleared and they are assessed again.
 */
export function createPovertyActivities(deps: PovertyDeps) {
  const { prisma } = deps;
  const scope = (region: string, onlyStale: boolean): Prisma.HouseholdWhereInput => ({
    municipality: { region },
    ...(onlyStale ? { povertyStaleSince: { not: null } } : {}),
  });

  return {
    /** Re-assesses one household today (Samara time); idempotent: unchanged inputs add no row. */
    async assessOneHousehold(input: { householdId: string; date?: string }): Promise<{ verdict: string | null; changed: boolean }> {
      const date = input.date ?? localDate(new Date());
      const [household] = await loadHouseholds(prisma, { id: input.householdId }, date);
      if (!household) return { verdict: null, changed: false };
      const { results } = assessAndStore(deps, await loadSubsistenceTable(prisma), [household], date);
      const changed = await storeAssessments(prisma, results);
      await clearStaleMarks(prisma, [household]);
      return { verdict: results[0]?.assessment.verdict ?? null, changed: changed > 0 };
    },

    async countHouseholds(input: { region: string; onlyStale: boolean }): Promise<number> {
      return prisma.household.count({ where: scope(input.region, input.onlyStale) });
    },

    /**
     * One batch of a region's re-assessment, in chunks; the heartbeat carries the last household done,
     * so an attempt after a worker restart resumes after it instead of starting the batch again.
     */
    async assessHouseholdBatch(input: BatchInput): Promise<BatchResult> {
      const ctx = Context.current();
      if (!regionRules(input.region)) throw ApplicationFailure.nonRetryable(`Unknown region ${input.region}`, 'UnknownRegion');
      const resumed = ctx.info.heartbeatDetails as BatchResult | undefined;
      const progress: BatchResult = resumed ?? { lastId: input.afterId, processed: 0, changed: 0, failed: 0 };
      while (progress.processed < input.limit) {
        const where = { AND: [scope(input.region, input.onlyStale), progress.lastId ? { id: { gt: progress.lastId } } : {}] };
        const households = await loadHouseholds(prisma, where, input.date, Math.min(CHUNK, input.limit - progress.processed));
        if (households.length === 0) break;
        const { results, failed } = assessAndStore(deps, await loadSubsistenceTable(prisma), households, input.date);
        progress.changed += await storeAssessments(prisma, results);
        await clearStaleMarks(prisma, households);
        progress.failed += failed;
        progress.processed += households.length;
        progress.lastId = households[households.length - 1].id;
        ctx.heartbeat(progress);
      }
      return progress;
    },
  };
}

export type PovertyActivities = ReturnType<typeof createPovertyActivities>;
