import { Prisma } from '../../prisma/client';
import type { PrismaClient } from '../../prisma/client';
import { duplicateScore, foldName, yoVariants } from '../../shared/register/names';

/** Name similarity (pg_trgm) a person born the same day needs to be offered as a likely duplicate. */
const SAME_DAY_SIMILARITY = 0.45;
const LIMIT = 10;

export interface DuplicateQuery {
  lastName: string;
  firstName: string;
  middleName?: string | null;
  /** yyyy-MM-dd */
  birthDate: string;
  /** The person being checked, left out of its own candidates. */
  excludePersonId?: string;
}

export interface LikelyDuplicate {
  id: string;
  lastName: string;
  firstName: string;
  middleName: string | null;
  birthDate: string;
  householdId: string | null;
  municipalityId: string;
  score: number;
}

const FOLDED = Prisma.sql`translate(lower(p."lastName" || ' ' || p."firstName" || ' ' || coalesce(p."middleName", '')), 'ё', 'е')`;

/**
 * The SQL of a duplicate search: persons born the same day whose folded names are similar, and
 * namesakes (same last and first name as typed, or with е for ё) born another day. Both branches use an index
 * (birth date; last and first name), so the search stays fast at a million persons.
 */
export function duplicateSql(query: DuplicateQuery, confinedTo: string | undefined): Prisma.Sql {
  const name = foldName(query);
  const scope = confinedTo === undefined ? Prisma.sql`TRUE` : Prisma.sql`p."municipalityId" = ${confinedTo}::uuid`;
  const excluded = query.excludePersonId ? Prisma.sql`p.id <> ${query.excludePersonId}::uuid` : Prisma.sql`TRUE`;
  const columns = Prisma.sql`p.id, p."lastName", p."firstName", p."middleName", to_char(p."birthDate", 'YYYY-MM-DD') AS "birthDate",
           p."householdId", p."municipalityId", similarity(${FOLDED}, ${name}) AS similarity`;
  const kept = Prisma.sql`p."mergedIntoId" IS NULL AND ${scope} AND ${excluded}`;
  // Each branch keeps its own best, so a common namesake cannot crowd out a same-day match.
  return Prisma.sql`
    (SELECT ${columns}, true AS "sameBirthDate" FROM "Person" p
      WHERE ${kept} AND p."birthDate" = ${query.birthDate}::date AND similarity(${FOLDED}, ${name}) >= ${SAME_DAY_SIMILARITY}
      ORDER BY similarity DESC, p.id LIMIT ${LIMIT})
    UNION ALL
    (SELECT ${columns}, false AS "sameBirthDate" FROM "Person" p
      WHERE ${kept} AND p."lastName" = ANY(${yoVariants(query.lastName)}::text[]) AND p."firstName" = ANY(${yoVariants(query.firstName)}::text[])
        AND p."birthDate" <> ${query.birthDate}::date
      ORDER BY similarity DESC, p.id LIMIT ${LIMIT})`;
}

type Row = Omit<LikelyDuplicate, 'score'> & { similarity: number; sameBirthDate: boolean };

/** Likely duplicates of a person as typed, best first, with their score (0..100). */
export async function likelyDuplicates(
  prisma: PrismaClient,
  query: DuplicateQuery,
  confinedTo: string | undefined,
): Promise<LikelyDuplicate[]> {
  const rows = await prisma.$queryRaw<Row[]>(duplicateSql(query, confinedTo));
  return rows
    .map(({ similarity, sameBirthDate, ...person }) => ({ ...person, score: duplicateScore(Number(similarity), sameBirthDate) }))
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
    .slice(0, LIMIT);
}
