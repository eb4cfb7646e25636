import type { PrismaClient } from '../../prisma/client';
import { localDate } from '../../shared/calendar/workingDays';
import { checkSituation } from '../../shared/eligibility/entitlements';
import { loadHouseholdFacts, loadSituations } from '../../shared/eligibility/loadFacts';
import { UnsupportedCriterion } from '../../shared/campaigns/campaign';
import type { EligibleHousehold, EligiblePage } from './eligibleHouseholds';

const CHUNK = 200;

/**
 * Households of the municipality for which the life situation's rule holds and that have neither
 * received nor have in work the campaign's measure (this campaign's own needs do not count against
 * a household, so a retried batch finds it again). Scans the passports in id order, a chunk at a time.
 */
export async function situationHouseholds(
  prisma: PrismaClient,
  situationCode: string,
  page: Omit<EligiblePage, 'limit'> & { limit: number | null },
): Promise<EligibleHousehold[]> {
  const [situation] = await loadSituations(prisma, [situationCode]);
  if (!situation) throw new UnsupportedCriterion(`No active life situation ${situationCode}`);
  const measure = await prisma.supportMeasure.findUniqueOrThrow({ where: { id: page.measureId }, select: { code: true } });
  if (!situation.measureCodes.includes(measure.code)) return [];
  const today = localDate(new Date());
  const found: EligibleHousehold[] = [];
  let cursorId = page.afterHouseholdId ?? undefined;
  for (;;) {
    const chunk = await loadHouseholdFacts(prisma, { municipalityId: page.municipalityId }, today, { take: CHUNK, cursorId });
    if (chunk.length === 0) return found;
    const own = page.campaignId
      ? new Set(
          (
            await prisma.campaignNeed.findMany({
              where: { campaignId: page.campaignId, householdId: { in: chunk.map((f) => f.id) } },
              select: { householdId: true },
            })
          ).map((n) => n.householdId),
        )
      : new Set<string>();
    for (const facts of chunk) {
      const held = checkSituation(situation, facts).find((c) => c.outcome.held);
      const has = facts.receivedMeasures.includes(measure.code) || facts.openMeasures.includes(measure.code);
      if (held && (own.has(facts.id) || !has)) found.push({ householdId: facts.id, personId: held.personId });
      if (page.limit !== null && found.length >= page.limit) return found;
    }
    cursorId = chunk[chunk.length - 1].id;
  }
}
