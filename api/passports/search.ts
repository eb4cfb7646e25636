import { Prisma } from '../../prisma/client';
import type { PrismaClient } from '../../prisma/client';
import type { Actor } from '../../shared/needCase';
import { householdMunicipality } from '../access/scopes';
import { normalizeSnils, formatSnils } from '../../shared/snils';
import type { z } from '../../shared/schemas/zod';
import type { passportFilterSchema } from '../../shared/schemas/passport';

type Filter = z.infer<typeof passportFilterSchema>;
export const PASSPORT_SORT_FIELDS = ['createdAt', 'updatedAt', 'address'] as const;
type SortField = (typeof PASSPORT_SORT_FIELDS)[number];

/**
 * Words this long also match a name with a typo or two (trigram word similarity, pg_trgm); shorter
 * words only match exactly, as a short word resembles too many names ("анна" ~ "жанна").
 */
const TYPO_TOLERANT_LENGTH = 5;
const TYPO_SIMILARITY = 0.45;

/** Lower case with ё read as е, so 'Семёнова' and 'семенова' find each other. */
const folded = (sql: Prisma.Sql) => Prisma.sql`translate(lower(${sql}), 'ё', 'е')`;

function conditions(filter: Filter, confinedTo: string | undefined): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (confinedTo !== undefined) parts.push(Prisma.sql`h."municipalityId" = ${confinedTo}::uuid`);
  if (filter.municipalityId) parts.push(Prisma.sql`h."municipalityId" = ${filter.municipalityId}::uuid`);
  const members: Prisma.Sql[] = [];
  // The workspace's one search box takes names and SNILS alike: a SNILS in any spelling searches by SNILS.
  const snilsInBox = filter.q ? normalizeSnils(filter.q) : null;
  if (snilsInBox) members.push(Prisma.sql`p.snils = ${formatSnils(snilsInBox)}`);
  else if (filter.q) {
    const words = filter.q.split(/\s+/).filter(Boolean);
    const fullName = folded(Prisma.sql`p."lastName" || ' ' || p."firstName" || ' ' || coalesce(p."middleName", '')`);
    for (const word of words.map((w) => w.toLowerCase().replace(/ё/g, 'е'))) {
      members.push(
        word.length >= TYPO_TOLERANT_LENGTH
          ? Prisma.sql`(${fullName} LIKE ${`%${word}%`} OR word_similarity(${word}, ${fullName}) >= ${TYPO_SIMILARITY})`
          : Prisma.sql`${fullName} LIKE ${`%${word}%`}`,
      );
    }
  }
  if (filter.snils) {
    const digits = normalizeSnils(filter.snils);
    members.push(digits ? Prisma.sql`p.snils = ${formatSnils(digits)}` : Prisma.sql`FALSE`);
  }
  if (filter.birthDate) members.push(Prisma.sql`p."birthDate" = ${filter.birthDate}::date`);
  if (members.length > 0) {
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM "Person" p WHERE p."householdId" = h.id AND ${Prisma.join(members, ' AND ')})`);
  }
  return Prisma.join(parts, ' AND ');
}

/** One page of household ids matching the filter, and how many match in all. */
export async function searchHouseholds(
  prisma: PrismaClient,
  actor: Actor,
  filter: Filter,
  sort: [SortField, 'ASC' | 'DESC'] | undefined,
  page: { skip: number; take: number },
): Promise<{ ids: string[]; total: number }> {
  const where = conditions(filter, householdMunicipality(actor));
  const [field, direction] = sort ?? ['createdAt', 'DESC'];
  const order = Prisma.raw(`h."${field}" ${direction === 'DESC' ? 'DESC' : 'ASC'}, h.id`);
  const [rows, [{ total }]] = await Promise.all([
    prisma.$queryRaw<
      { id: string }[]
    >`SELECT h.id FROM "Household" h WHERE ${where} ORDER BY ${order} LIMIT ${page.take} OFFSET ${page.skip}`,
    prisma.$queryRaw<{ total: bigint }[]>`SELECT count(*) AS total FROM "Household" h WHERE ${where}`,
  ]);
  return { ids: rows.map((r) => r.id), total: Number(total) };
}
