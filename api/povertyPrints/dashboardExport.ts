import type { Actor } from '../../shared/needCase';
import type { DASHBOARD_DIMENSIONS } from '../../shared/schemas/poverty';
import type { PovertyDashboardExport } from '../../templates/xlsx/povertyDashboard';
import type { ApiContext } from '../context';
import { dashboardRows } from './povertyData';

type Dimension = (typeof DASHBOARD_DIMENSIONS)[number];
const SHEETS: { dimension: Dimension; title: string; column: string }[] = [
  { dimension: 'municipality', title: 'По муниципалитетам', column: 'Муниципалитет' },
  { dimension: 'ageGroup', title: 'По возрастным группам', column: 'Возрастная группа' },
  { dimension: 'sex', title: 'По полу', column: 'Пол' },
];

/** The three breakdowns of the dashboards as the user sees them, with the filters named in words. */
export async function dashboardExport(ctx: ApiContext, actor: Actor, municipalityId: string | undefined): Promise<PovertyDashboardExport> {
  const [user, municipality] = await Promise.all([
    ctx.prisma.user.findUniqueOrThrow({ where: { id: actor.userId }, include: { municipality: true } }),
    municipalityId ? ctx.prisma.municipality.findUnique({ where: { id: municipalityId } }) : null,
  ]);
  const filters: [string, string][] = [];
  if (municipality) filters.push(['Муниципалитет', municipality.name]);
  // Operators read their own municipality only (api/access/scopes.ts); the file says so.
  if (actor.role === 'OPERATOR' && user.municipality) filters.push(['Доступ пользователя', user.municipality.name]);
  return {
    generatedAt: new Date(),
    generatedBy: user.fullName,
    filters,
    sheets: await Promise.all(
      SHEETS.map(async (s) => ({
        title: s.title,
        dimension: s.column,
        rows: await dashboardRows(ctx, actor, s.dimension, municipalityId),
      })),
    ),
  };
}
