import { Prisma } from '../../prisma/client';
import type { PrismaClient } from '../../prisma/client';
import { AGE_GROUP_NAMES } from '../../shared/domain';
import type { Actor } from '../../shared/needCase';
import type { RegisterFilter, dashboardQuerySchema } from '../../shared/schemas/poverty';
import type { z } from '../../shared/schemas/zod';
import { divideHalfUp } from '../../shared/poverty/money';
import { registerScopeSql } from '../access/scopes';
import { ageGroupCase } from './registerSql';

interface Cell {
  key: string;
  label?: string;
  households: bigint;
  people: bigint;
  householdsBelow: bigint;
  peopleBelow: bigint;
  depth: Prisma.Decimal | null;
  householdsNear: bigint;
  peopleNear: bigint;
}

const SEX_LABELS: Record<string, string> = { MALE: 'Мужчины', FEMALE: 'Женщины' };

function dashboardRow(c: Cell, label: string, filter: RegisterFilter) {
  const people = Number(c.people);
  const peopleBelow = Number(c.peopleBelow);
  return {
    key: c.key,
    label,
    householdsInPassport: Number(c.households),
    peopleInPassport: people,
    householdsBelow: Number(c.householdsBelow),
    peopleBelow,
    shareBelowBasisPoints: people === 0 ? 0 : divideHalfUp(peopleBelow * 10_000, people),
    averageDepthBasisPoints: Number(c.depth ?? 0),
    householdsNear: Number(c.householdsNear),
    peopleNear: Number(c.peopleNear),
    filter,
  };
}

/**
 * Poverty by municipality, age group or sex. By municipality, a household counts once and the depth
 * is averaged over households below; by age group and sex the people of the cut are counted, a
 * household counts if it has such a member, and the depth is averaged over the people below.
 */
export async function povertyDashboard(prisma: PrismaClient, actor: Actor, query: z.infer<typeof dashboardQuerySchema>) {
  const only = query.municipalityId ? Prisma.sql`AND h."municipalityId" = ${query.municipalityId}::uuid` : Prisma.empty;
  if (query.dimension === 'municipality') {
    const cells = await prisma.$queryRaw<Cell[]>`
      SELECT m.id::text AS key, m.name AS label, count(h.id) AS households, coalesce(sum(pc.n), 0)::bigint AS people,
             count(*) FILTER (WHERE a.verdict = 'BELOW') AS "householdsBelow",
             coalesce(sum(a.members) FILTER (WHERE a.verdict = 'BELOW'), 0)::bigint AS "peopleBelow",
             round(avg(a."depthBasisPoints") FILTER (WHERE a.verdict = 'BELOW')) AS depth,
             count(*) FILTER (WHERE a.verdict = 'NEAR') AS "householdsNear",
             coalesce(sum(a.members) FILTER (WHERE a.verdict = 'NEAR'), 0)::bigint AS "peopleNear"
        FROM "Municipality" m
        LEFT JOIN "Household" h ON h."municipalityId" = m.id
        LEFT JOIN LATERAL (SELECT count(*) AS n FROM "Person" p WHERE p."householdId" = h.id) pc ON TRUE
        LEFT JOIN "PovertyAssessment" a ON a."householdId" = h.id AND a.current
       WHERE ${registerScopeSql(actor, 'm.id')} ${query.municipalityId ? Prisma.sql`AND m.id = ${query.municipalityId}::uuid` : Prisma.empty}
       GROUP BY m.id, m.name ORDER BY m.name`;
    return cells.map((c) => dashboardRow(c, c.label ?? c.key, { municipalityId: c.key }));
  }
  const cut = query.dimension === 'sex' ? Prisma.sql`p.sex::text` : ageGroupCase;
  const cells = await prisma.$queryRaw<Cell[]>`
    SELECT ${cut} AS key, count(DISTINCT h.id) AS households, count(*) AS people,
           count(DISTINCT h.id) FILTER (WHERE a.verdict = 'BELOW') AS "householdsBelow",
           count(*) FILTER (WHERE a.verdict = 'BELOW') AS "peopleBelow",
           round(avg(a."depthBasisPoints") FILTER (WHERE a.verdict = 'BELOW')) AS depth,
           count(DISTINCT h.id) FILTER (WHERE a.verdict = 'NEAR') AS "householdsNear",
           count(*) FILTER (WHERE a.verdict = 'NEAR') AS "peopleNear"
      FROM "Person" p
      JOIN "Household" h ON h.id = p."householdId"
      LEFT JOIN "PovertyAssessment" a ON a."householdId" = h.id AND a.current
     WHERE ${registerScopeSql(actor, 'h."municipalityId"')} ${only}
     GROUP BY 1`;
  const byKey = new Map(cells.map((c) => [c.key, c]));
  const keys = query.dimension === 'sex' ? ['MALE', 'FEMALE'] : AGE_GROUP_NAMES;
  const base = query.municipalityId ? { municipalityId: query.municipalityId } : {};
  return keys.map((key) => {
    const empty = {
      key,
      households: 0n,
      people: 0n,
      householdsBelow: 0n,
      peopleBelow: 0n,
      depth: null,
      householdsNear: 0n,
      peopleNear: 0n,
    };
    const cell = byKey.get(key) ?? empty;
    return query.dimension === 'sex'
      ? dashboardRow(cell, SEX_LABELS[key], { ...base, sex: key as 'MALE' | 'FEMALE' })
      : dashboardRow(cell, `${key} лет`, { ...base, ageGroup: key as (typeof AGE_GROUP_NAMES)[number] });
  });
}
