import type { PrismaClient } from '../../prisma/client';
import type { Indicator } from '../../prisma/generated/client';
import { BUILT_IN_INDICATORS } from '../../shared/indicators/catalog';
import type { Cut, GoodDirection, IndicatorSource, Periodicity } from '../../shared/indicators/catalog';
import type { indicatorCreateSchema, indicatorFilterSchema, indicatorUpdateSchema } from '../../shared/schemas/indicators';
import type { z } from '../../shared/schemas/zod';
import { conflict, notFound } from '../http/errors';

const WHAT = 'Показатель';

export function indicatorView(row: Indicator) {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    unit: row.unit,
    periodicity: row.periodicity as Periodicity,
    cuts: row.cuts as Cut[],
    goodDirection: row.goodDirection as GoodDirection,
    cumulative: row.cumulative,
    source: row.source as IndicatorSource,
    description: row.description,
    baseValue: row.baseValue === null ? null : Number(row.baseValue),
    baseYear: row.baseYear,
    active: row.active,
  };
}
export type IndicatorView = ReturnType<typeof indicatorView>;

const ensured = new WeakMap<PrismaClient, Promise<unknown>>();

/** The built-in indicators exist in every database: added on first use, never overwritten (admins may rename them). */
export function ensureBuiltIns(prisma: PrismaClient): Promise<unknown> {
  let done = ensured.get(prisma);
  if (!done) {
    done = prisma.indicator.createMany({
      data: BUILT_IN_INDICATORS.map(({ computation: _computation, ...i }) => ({ ...i, source: 'BUILT_IN' })),
      skipDuplicates: true,
    });
    ensured.set(prisma, done);
  }
  return done;
}

export function createIndicatorCatalog(prisma: PrismaClient) {
  return {
    async list(filter: z.infer<typeof indicatorFilterSchema>, page: { skip: number; take: number }) {
      await ensureBuiltIns(prisma);
      const where = {
        ...(filter.source && { source: filter.source }),
        ...(filter.active !== undefined && { active: filter.active }),
        ...(filter.q && { name: { contains: filter.q, mode: 'insensitive' as const } }),
      };
      const [rows, total] = await Promise.all([
        prisma.indicator.findMany({ where, orderBy: [{ source: 'asc' }, { code: 'asc' }], skip: page.skip, take: page.take }),
        prisma.indicator.count({ where }),
      ]);
      return { rows: rows.map(indicatorView), total };
    },
    async get(id: string): Promise<IndicatorView> {
      await ensureBuiltIns(prisma);
      const row = await prisma.indicator.findUnique({ where: { id } });
      if (!row) throw notFound(WHAT);
      return indicatorView(row);
    },
    async byCode(code: string): Promise<IndicatorView | null> {
      await ensureBuiltIns(prisma);
      const row = await prisma.indicator.findUnique({ where: { code } });
      return row && indicatorView(row);
    },
    async create(input: z.infer<typeof indicatorCreateSchema>): Promise<IndicatorView> {
      await ensureBuiltIns(prisma);
      if (await prisma.indicator.findUnique({ where: { code: input.code } })) throw conflict(`Показатель с кодом ${input.code} уже есть`);
      const row = await prisma.indicator.create({ data: { ...input, description: input.description ?? '', source: 'CUSTOM' } });
      return indicatorView(row);
    },
    async update(id: string, input: z.infer<typeof indicatorUpdateSchema>) {
      const before = await this.get(id);
      const row = await prisma.indicator.update({ where: { id }, data: { ...input, description: input.description ?? '' } });
      return { before, after: indicatorView(row) };
    },
  };
}
