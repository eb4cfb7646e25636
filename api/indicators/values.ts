import { Prisma } from '../../prisma/client';
import type { PrismaClient } from '../../prisma/client';
import { builtInIndicator, factAgainstPlan, PERIOD_TO_CHAR } from '../../shared/indicators/catalog';
import type { Cut } from '../../shared/indicators/catalog';
import type { indicatorValuesQuerySchema } from '../../shared/schemas/indicators';
import type { z } from '../../shared/schemas/zod';
import type { Actor } from '../../shared/needCase';
import { HttpError } from '../http/errors';
import { builtInSeries } from './builtIn';
import type { SeriesPoint, SeriesQuery } from './caseCounts';
import { periodStart, periodStep } from './caseCounts';
import type { IndicatorView } from './catalogService';
import { municipalitiesInScope } from './scope';

type ValuesQuery = z.infer<typeof indicatorValuesQuerySchema>;

/** Values loaded for a custom indicator, summed over the municipalities in scope (or one row per municipality). */
async function customSeries(prisma: PrismaClient, actor: Actor, indicator: IndicatorView, q: SeriesQuery): Promise<SeriesPoint[]> {
  const allowed = municipalitiesInScope(actor);
  const scope = allowed === null ? Prisma.sql`TRUE` : Prisma.sql`v."municipalityId"::text = ANY(${allowed})`;
  const only = q.filter?.municipalityId ? Prisma.sql`AND v."municipalityId" = ${q.filter.municipalityId}::uuid` : Prisma.empty;
  const byMunicipality = q.cut === 'municipality';
  const rows = await prisma.$queryRaw<{ period: string; key: string | null; value: Prisma.Decimal | null }[]>`
    WITH p AS (SELECT DISTINCT to_char(g, ${PERIOD_TO_CHAR[q.periodicity]}) AS period
                 FROM generate_series(${periodStart(q)}, ${q.to}::date::timestamp, ${periodStep(q)}) g)
    SELECT p.period, ${byMunicipality ? Prisma.sql`v."municipalityId"::text` : Prisma.sql`NULL::text`} AS key, sum(v.value) AS value
      FROM p LEFT JOIN "IndicatorValue" v ON v.period = p.period AND v."indicatorId" = ${indicator.id}::uuid AND ${scope} ${only}
     GROUP BY 1, 2 ORDER BY 1, 2`;
  return rows
    .filter((r) => !byMunicipality || r.key !== null)
    .map((r) => ({ period: r.period, key: r.key, label: null, value: r.value === null ? null : Number(r.value) }));
}

/** Names for the keys of a cut (ids become names; kinds and levels read as they are). */
async function labelled(prisma: PrismaClient, cut: Cut | undefined, points: SeriesPoint[]): Promise<SeriesPoint[]> {
  if (!cut) return points;
  const ids = [...new Set(points.map((p) => p.key).filter((k): k is string => k !== null))];
  let names = new Map<string, string>();
  if (cut === 'municipality')
    names = new Map((await prisma.municipality.findMany({ where: { id: { in: ids } } })).map((m) => [m.id, m.name]));
  if (cut === 'organisation')
    names = new Map((await prisma.organisation.findMany({ where: { id: { in: ids } } })).map((o) => [o.id, o.shortName]));
  if (cut === 'measure') names = new Map((await prisma.supportMeasure.findMany({ where: { id: { in: ids } } })).map((m) => [m.id, m.name]));
  const label = (key: string | null) => {
    if (key === null) return null;
    if (cut === 'level') return `Уровень ${key}`;
    return names.get(key) ?? key;
  };
  return points.map((p) => ({ ...p, label: label(p.key) }));
}

/** Plans for the points: a municipality's plan for its row, else the plan for the territory asked about. */
async function withTargets(prisma: PrismaClient, actor: Actor, indicator: IndicatorView, q: SeriesQuery, points: SeriesPoint[]) {
  const periods = [...new Set(points.map((p) => p.period))];
  const targets = await prisma.indicatorTarget.findMany({ where: { indicatorId: indicator.id, period: { in: periods } } });
  const plans = new Map(targets.map((t) => [`${t.period}|${t.municipalityId ?? ''}`, Number(t.value)]));
  const territory = q.filter?.municipalityId ?? (actor.role === 'OPERATOR' ? (actor.municipalityId ?? '') : '');
  return points.map((p) => {
    const municipality = q.cut === 'municipality' ? (p.key ?? '') : territory;
    const plan = plans.get(`${p.period}|${municipality}`) ?? null;
    const verdict = plan === null || p.value === null ? null : factAgainstPlan(p.value, plan, indicator.goodDirection);
    return { ...p, plan, verdict };
  });
}

/** An indicator's values by period (and cut) within the actor's scope, with plan and verdict per point. */
export async function indicatorValues(prisma: PrismaClient, actor: Actor, indicator: IndicatorView, query: ValuesQuery) {
  const cut = query.cut;
  if (cut && !indicator.cuts.includes(cut)) {
    throw new HttpError(400, 'BAD_QUERY', 'Неверные параметры запроса', { cut: `Показатель не делится по разрезу ${cut}` });
  }
  const q: SeriesQuery = {
    periodicity: query.periodicity ?? indicator.periodicity,
    from: query.from,
    to: query.to,
    cut,
    filter: { municipalityId: query.municipalityId, organisationId: query.organisationId, measureId: query.measureId },
  };
  const builtIn = indicator.source === 'BUILT_IN' ? builtInIndicator(indicator.code) : undefined;
  if (indicator.source === 'BUILT_IN' && !builtIn)
    throw new HttpError(409, 'CONFLICT', 'Встроенный показатель не поддерживается этой версией');
  const points = builtIn ? await builtInSeries(prisma, actor, builtIn, q) : await customSeries(prisma, actor, indicator, q);
  const named = await labelled(prisma, cut, points);
  return { indicator, periodicity: q.periodicity, cut: cut ?? null, points: await withTargets(prisma, actor, indicator, q, named) };
}
