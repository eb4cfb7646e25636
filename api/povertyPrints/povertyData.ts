import type { Actor } from '../../shared/needCase';
import type { Assessment, CalculatorRequest, DASHBOARD_DIMENSIONS } from '../../shared/schemas/poverty';
import type { ApiContext } from '../context';
import { calculate } from '../poverty/calculator';
import { povertyDashboard } from '../poverty/dashboard';

/** The calculator's answer, computed by the same service as POST /api/poverty/calculator (scoped to the actor). */
export async function assess(ctx: ApiContext, actor: Actor, request: CalculatorRequest): Promise<Assessment> {
  return (await calculate(ctx.prisma, actor, request, ctx.config.POVERTY_NEAR_BAND_PERMILLE)).assessment;
}

/** One breakdown of the dashboards, as GET /api/poverty/dashboard answers it. */
export const dashboardRows = (ctx: ApiContext, actor: Actor, dimension: (typeof DASHBOARD_DIMENSIONS)[number], municipalityId?: string) =>
  povertyDashboard(ctx.prisma, actor, { dimension, ...(municipalityId ? { municipalityId } : {}) });
