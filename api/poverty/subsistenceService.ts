import { Prisma } from '../../prisma/client';
import type { PrismaClient } from '../../prisma/client';

type SubsistenceMinimum = Prisma.SubsistenceMinimumGetPayload<object>;
import type { z } from '../../shared/schemas/zod';
import type {
  SubsistenceMinimumView,
  subsistenceMinimumCreateSchema,
  subsistenceMinimumFilterSchema,
  subsistenceMinimumUpdateSchema,
} from '../../shared/schemas/poverty';
import { subsistenceRowOf } from '../../activities/poverty/householdInputs';
import { conflict, notFound } from '../http/errors';

const asDay = (iso: string) => new Date(`${iso}T00:00:00Z`);

export function subsistenceView(r: SubsistenceMinimum): SubsistenceMinimumView {
  return { ...subsistenceRowOf(r), id: r.id, year: r.year, note: r.note, updatedAt: r.updatedAt.toISOString() };
}

const DUPLICATE = 'Значение для этого региона, группы и даты вступления в силу уже есть';

/** Marks every household of the region changed, in the caller's transaction: the table's change re-assesses them. */
const markRegionChanged = (tx: Prisma.TransactionClient, region: string) => tx.$executeRaw`
  UPDATE "Household" h SET "povertyStaleSince" = now()
    FROM "Municipality" m WHERE h."municipalityId" = m.id AND m.region = ${region}`;

/** The subsistence-minimum table: public law, edited by admins and coordinators. */
export function createSubsistenceService(prisma: PrismaClient) {
  async function get(id: string) {
    const row = await prisma.subsistenceMinimum.findUnique({ where: { id } });
    if (!row) throw notFound('Величина прожиточного минимума');
    return row;
  }
  const isDuplicate = (err: unknown) => err instanceof Prisma.PrismaClientKnownRequestError && err.code === 'P2002';

  return {
    async list(filter: z.infer<typeof subsistenceMinimumFilterSchema>, page: { skip: number; take: number }) {
      const where = { region: filter.region, year: filter.year, group: filter.group, confirmed: filter.confirmed };
      const [rows, total] = await Promise.all([
        prisma.subsistenceMinimum.findMany({
          where,
          orderBy: [{ region: 'asc' }, { effectiveFrom: 'desc' }, { group: 'asc' }],
          ...page,
        }),
        prisma.subsistenceMinimum.count({ where }),
      ]);
      return { rows: rows.map(subsistenceView), total };
    },

    get: async (id: string) => subsistenceView(await get(id)),

    async create(input: z.infer<typeof subsistenceMinimumCreateSchema>) {
      try {
        const row = await prisma.$transaction(async (tx) => {
          const created = await tx.subsistenceMinimum.create({
            data: { ...input, effectiveFrom: asDay(input.effectiveFrom), actDate: input.actDate ? asDay(input.actDate) : null },
          });
          await markRegionChanged(tx, created.region);
          return created;
        });
        return subsistenceView(row);
      } catch (err) {
        if (isDuplicate(err)) throw conflict(DUPLICATE);
        throw err;
      }
    },

    async update(id: string, input: z.infer<typeof subsistenceMinimumUpdateSchema>) {
      const before = subsistenceView(await get(id));
      const { effectiveFrom, actDate, ...fields } = input;
      try {
        const row = await prisma.$transaction(async (tx) => {
          const updated = await tx.subsistenceMinimum.update({
            where: { id },
            data: {
              ...fields,
              ...(effectiveFrom ? { effectiveFrom: asDay(effectiveFrom) } : {}),
              ...(actDate !== undefined ? { actDate: actDate ? asDay(actDate) : null } : {}),
            },
          });
          await markRegionChanged(tx, updated.region);
          return updated;
        });
        return { before, after: subsistenceView(row) };
      } catch (err) {
        if (isDuplicate(err)) throw conflict(DUPLICATE);
        throw err;
      }
    },
  };
}
