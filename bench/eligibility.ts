import type { PrismaClient } from '../prisma/client';
import { LIFE_SITUATIONS } from '../prisma/seed/data/lifeSituations';
import { localDate } from '../shared/calendar/workingDays';
import { entitlementsOf } from '../shared/eligibility/entitlements';
import type { HouseholdFacts } from '../shared/eligibility/facts';
import { loadHouseholdFacts } from '../shared/eligibility/loadFacts';

/** The situations both sides compute: member and household subjects, ages, categories, the poverty verdict. */
const COMPARED = ['CHILD_BIRTH', 'LOW_INCOME', 'LARGE_FAMILY', 'SCHOOL_START', 'TEENAGER'];
const PAGE = 5000;

/**
 * The same five situations as one SQL query: each (person, measure) owed and not received nor in work.
 * Ages use PostgreSQL's age(), which may differ from the evaluator on a birthday at a month's end.
 */
const OWED_SQL = `
  WITH m AS (
    SELECT p.id, p."householdId" AS hh, p.categories,
           date_part('year', age($1::date, p."birthDate"))::int AS years,
           (date_part('year', age($1::date, p."birthDate")) * 12 + date_part('month', age($1::date, p."birthDate")))::int AS months
      FROM "Person" p JOIN "Household" h ON h.id = p."householdId" WHERE h.address LIKE 'bench-household %'),
  h AS (
    SELECT h.id, h.categories, a.verdict, count(*) FILTER (WHERE m.years < 18) AS children,
           coalesce((array_agg(m.id ORDER BY m.months DESC, m.id) FILTER (WHERE m.years >= 18))[1], (array_agg(m.id ORDER BY m.months DESC, m.id))[1]) AS applicant
      FROM "Household" h JOIN m ON m.hh = h.id
      LEFT JOIN "PovertyAssessment" a ON a."householdId" = h.id AND a.current
     GROUP BY h.id, h.categories, a.verdict),
  owed AS (
    SELECT m.id AS person, m.hh, x AS code, false AS household FROM m, unnest(ARRAY['SOC_CHILD_BENEFIT', 'MED_GP_APPOINTMENT']) x WHERE m.months < 12
    UNION ALL SELECT h.applicant, h.id, x, true FROM h, unnest(ARRAY['SOC_SUBSIDY_UTILITIES', 'SOC_ONE_TIME_AID']) x WHERE h.verdict = 'BELOW'
    UNION ALL SELECT h.applicant, h.id, 'SOC_LARGE_FAMILY', true FROM h WHERE 'LARGE_FAMILY' = ANY (h.categories) OR h.children >= 3
    UNION ALL SELECT m.id, m.hh, 'EDU_SCHOOL_KIT', false FROM m WHERE m.years >= 6 AND m.years < 8
    UNION ALL SELECT m.id, m.hh, x, false FROM m, unnest(ARRAY['EMP_TEEN_SUMMER', 'CULT_PUSHKIN_CARD']) x WHERE m.years >= 14 AND m.years < 18)
  SELECT count(*)::int AS owed FROM owed o
   WHERE NOT EXISTS (
     SELECT 1 FROM "Need" n JOIN "SupportMeasure" s ON s.id = n."measureId" JOIN "Person" p ON p.id = n."personId"
      WHERE s.code = o.code AND n.status NOT IN ('REJECTED', 'CANCELLED')
        AND (n."personId" = o.person OR (o.household AND p."householdId" = o.hh)))`;

/** (f) Eligibility of every bench household: facts loaded in pages and evaluated in JS, beside one SQL query. */
export async function measureEligibility(prisma: PrismaClient) {
  const today = localDate(new Date());
  const situations = LIFE_SITUATIONS.filter((s) => COMPARED.includes(s.code));
  const where = { address: { startsWith: 'bench-household ' } };
  let households = 0;
  let owed = 0;
  let evaluateMs = 0;
  const started = performance.now();
  for (let cursorId: string | undefined; ;) {
    const page: HouseholdFacts[] = await loadHouseholdFacts(prisma, where, today, { take: PAGE, cursorId });
    if (page.length === 0) break;
    const t = performance.now();
    for (const facts of page) owed += entitlementsOf(situations, facts).length;
    evaluateMs += performance.now() - t;
    households += page.length;
    cursorId = page[page.length - 1].id;
  }
  const totalMs = performance.now() - started;
  const s = performance.now();
  const [{ owed: sqlOwed }] = await prisma.$queryRawUnsafe<{ owed: number }[]>(OWED_SQL, today);
  const sqlMs = performance.now() - s;
  return { households, situations: situations.length, owed, sqlOwed, totalMs, evaluateMs, sqlMs };
}
