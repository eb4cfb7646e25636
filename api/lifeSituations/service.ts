import { Prisma } from '../../prisma/client';
import type { PrismaClient } from '../../prisma/client';
import type {
  LifeSituationView,
  lifeSituationCreateSchema,
  lifeSituationFilterSchema,
  lifeSituationUpdateSchema,
} from '../../shared/schemas/lifeSituation';
import type { z } from '../../shared/schemas/zod';
import { conflict, notFound, unprocessable } from '../http/errors';

type Row = Prisma.LifeSituationGetPayload<object>;
type Input = z.infer<typeof lifeSituationUpdateSchema>;

export function lifeSituationView(r: Row): LifeSituationView {
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    description: r.description,
    subject: r.subject,
    rule: r.rule as unknown as LifeSituationView['rule'],
    measureCodes: r.measureCodes,
    active: r.active,
    position: r.position,
    updatedAt: r.updatedAt.toISOString(),
  };
}

const WHAT = 'Жизненная ситуация';

/** Life situations and their eligibility rules: data that admins and coordinators edit. */
export function createLifeSituationService(prisma: PrismaClient) {
  async function get(id: string) {
    const row = await prisma.lifeSituation.findUnique({ where: { id } });
    if (!row) throw notFound(WHAT);
    return row;
  }

  /** A situation may only lead to measures the catalog has. */
  async function checkMeasures(codes: string[]) {
    const known = await prisma.supportMeasure.findMany({ where: { code: { in: codes } }, select: { code: true } });
    const missing = codes.filter((c) => !known.some((k) => k.code === c));
    if (missing.length > 0) throw unprocessable({ measureCodes: `Нет таких мер поддержки: ${missing.join(', ')}` });
  }

  const data = (input: Input) => ({
    ...input,
    description: input.description ?? '',
    rule: input.rule as unknown as Prisma.InputJsonObject,
  });

  return {
    async list(filter: z.infer<typeof lifeSituationFilterSchema>, page: { skip: number; take: number }) {
      const where = { active: filter.active, subject: filter.subject };
      const [rows, total] = await Promise.all([
        prisma.lifeSituation.findMany({ where, orderBy: [{ position: 'asc' }, { code: 'asc' }], ...page }),
        prisma.lifeSituation.count({ where }),
      ]);
      return { rows: rows.map(lifeSituationView), total };
    },

    get: async (id: string) => lifeSituationView(await get(id)),

    async create(input: z.infer<typeof lifeSituationCreateSchema>) {
      await checkMeasures(input.measureCodes);
      try {
        return lifeSituationView(await prisma.lifeSituation.create({ data: { ...data(input), code: input.code } }));
      } catch (err) {
        if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === 'P2002') throw conflict('Ситуация с таким кодом уже есть');
        throw err;
      }
    },

    async update(id: string, input: Input) {
      const before = lifeSituationView(await get(id));
      await checkMeasures(input.measureCodes);
      const after = lifeSituationView(await prisma.lifeSituation.update({ where: { id }, data: data(input) }));
      return { before, after };
    },
  };
}
