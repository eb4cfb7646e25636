import type { PrismaClient } from '../../prisma/client';
import { Prisma } from '../../prisma/client';
import type { CampaignCriterion } from '../../shared/campaigns/campaign';
import { UnsupportedCriterion } from '../../shared/campaigns/campaign';
import { situationHouseholds } from './situationHouseholds';

export { UnsupportedCriterion };

export interface EligibleHousehold {
  householdId: string;
  /** The household's applicant: the person the need is registered for and the message goes to. */
  personId: string;
}

export interface EligiblePage {
  municipalityId: string;
  measureId: string;
  /** This campaign's own needs do not exclude a household (a retried batch must find it again). */
  campaignId: string | null;
  afterHouseholdId: string | null;
  limit: number;
}

/** Households a criterion selects in a municipality, in household id order, that have no live need for the measure. */
export type EligibleHouseholds = (criterion: CampaignCriterion, page: EligiblePage) => Promise<EligibleHousehold[]>;

function selection(criterion: CampaignCriterion, page: Omit<EligiblePage, 'afterHouseholdId' | 'limit'>): Prisma.Sql {
  if (criterion.kind !== 'POVERTY_BELOW') throw new UnsupportedCriterion(`Criterion ${criterion.kind} is not supported yet`);
  const ownNeed = page.campaignId
    ? Prisma.sql`AND NOT EXISTS (SELECT 1 FROM "CampaignNeed" cn WHERE cn."needId" = n.id AND cn."campaignId" = ${page.campaignId}::uuid)`
    : Prisma.empty;
  return Prisma.sql`
    FROM "PovertyAssessment" a
    JOIN LATERAL (SELECT p.id FROM "Person" p WHERE p."householdId" = a."householdId"
                   ORDER BY p."birthDate", p.id LIMIT 1) ap ON TRUE
   WHERE a.current AND a.verdict = 'BELOW'::"PovertyVerdict" AND a."municipalityId" = ${page.municipalityId}::uuid
     AND NOT EXISTS (SELECT 1 FROM "Need" n JOIN "Person" np ON np.id = n."personId"
                      WHERE np."householdId" = a."householdId" AND n."measureId" = ${page.measureId}::uuid
                        AND n.status NOT IN ('REJECTED', 'CANCELLED') ${ownNeed})`;
}

/** Households below the subsistence minimum (SQL over the poverty register), or those a life situation's rule selects. */
export function eligibleHouseholds(prisma: PrismaClient): EligibleHouseholds {
  return (criterion, page) => {
    if (criterion.kind === 'LIFE_SITUATION') return situationHouseholds(prisma, criterion.situationCode, page);
    const after = page.afterHouseholdId ? Prisma.sql`AND a."householdId" > ${page.afterHouseholdId}::uuid` : Prisma.empty;
    return prisma.$queryRaw<EligibleHousehold[]>`
      SELECT a."householdId", ap.id AS "personId" ${selection(criterion, page)} ${after}
       ORDER BY a."householdId" LIMIT ${page.limit}`;
  };
}

/** How many households a criterion selects now (the preview's and the campaign's total). */
export async function countEligible(
  prisma: PrismaClient,
  criterion: CampaignCriterion,
  page: Omit<EligiblePage, 'afterHouseholdId' | 'limit'>,
): Promise<number> {
  if (criterion.kind === 'LIFE_SITUATION') {
    return (await situationHouseholds(prisma, criterion.situationCode, { ...page, afterHouseholdId: null, limit: null })).length;
  }
  const [row] = await prisma.$queryRaw<{ count: bigint }[]>`SELECT count(*) AS count ${selection(criterion, page)}`;
  return Number(row.count);
}
