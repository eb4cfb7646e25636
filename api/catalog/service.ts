import type { Prisma, PrismaClient } from '../../prisma/client';
import type { UserRole } from '../../shared/needCase';
import { notFound } from '../http/errors';

const measureSelect = {
  id: true,
  code: true,
  name: true,
  kind: true,
  description: true,
  acceptWorkingDays: true,
  resolveWorkingDays: true,
  reminderWorkingDaysBefore: true,
  requiredDocuments: true,
  relevantPassportSections: true,
  organisationId: true,
  active: true,
  version: true,
  organisation: { select: { id: true, name: true, shortName: true } },
} satisfies Prisma.SupportMeasureSelect;

const userSelect = {
  id: true,
  username: true,
  fullName: true,
  role: true,
  organisationId: true,
  municipalityId: true,
  active: true,
} satisfies Prisma.UserSelect;

type Sort<K extends string> = [K, 'ASC' | 'DESC'] | undefined;
const orderBy = <K extends string>(sort: Sort<K>, fallback: K) => ({ [sort?.[0] ?? fallback]: sort?.[1] === 'DESC' ? 'desc' : 'asc' });

/** Reference data everyone with an account may read: bodies, municipalities, measures, staff. */
export function createCatalogService(prisma: PrismaClient) {
  return {
    organisations: () => prisma.organisation.findMany({ orderBy: { name: 'asc' }, omit: { createdAt: true } }),
    municipalities: () => prisma.municipality.findMany({ orderBy: [{ kind: 'desc' }, { name: 'asc' }] }),

    async measures(
      filter: { kind?: string; organisationId?: string; q?: string; includeInactive?: boolean },
      sort: Sort<'name' | 'code' | 'kind'>,
      page: { skip: number; take: number },
    ) {
      const where: Prisma.SupportMeasureWhereInput = {
        ...(filter.includeInactive ? {} : { active: true }),
        kind: filter.kind,
        organisationId: filter.organisationId,
        ...(filter.q ? { name: { contains: filter.q, mode: 'insensitive' } } : {}),
      };
      const [rows, total] = await Promise.all([
        prisma.supportMeasure.findMany({ where, select: measureSelect, orderBy: orderBy(sort, 'name'), ...page }),
        prisma.supportMeasure.count({ where }),
      ]);
      return { rows, total };
    },

    async measure(id: string) {
      const row = await prisma.supportMeasure.findUnique({ where: { id }, select: measureSelect });
      if (!row) throw notFound('Мера поддержки');
      return row;
    },

    async users(
      filter: { organisationId?: string; role?: string; id?: string[]; q?: string; municipalityId?: string; active?: boolean },
      sort: Sort<'fullName' | 'username' | 'role'>,
      page: { skip: number; take: number },
    ) {
      const where: Prisma.UserWhereInput = {
        organisationId: filter.organisationId,
        role: filter.role as UserRole | undefined,
        ...(filter.id ? { id: { in: filter.id } } : {}),
        ...(filter.municipalityId ? { municipalityId: filter.municipalityId } : {}),
        ...(filter.active === undefined ? {} : { active: filter.active }),
        ...(filter.q
          ? {
              OR: [
                { username: { contains: filter.q.trim(), mode: 'insensitive' as const } },
                { fullName: { contains: filter.q.trim(), mode: 'insensitive' as const } },
              ],
            }
          : {}),
      };
      const [rows, total] = await Promise.all([
        prisma.user.findMany({ where, select: userSelect, orderBy: orderBy(sort, 'fullName'), ...page }),
        prisma.user.count({ where }),
      ]);
      return { rows, total };
    },
  };
}
