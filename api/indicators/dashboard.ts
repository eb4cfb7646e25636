import type { Prisma, PrismaClient } from '../../prisma/client';
import type { dashboardSchema, widgetSchema } from '../../shared/schemas/indicators';
import type { z } from '../../shared/schemas/zod';
import type { UserRole } from '../../shared/needCase';

type Widget = z.infer<typeof widgetSchema>;

/** What each role sees on its home page until the user arranges it: the list per role. */
export const DEFAULT_WIDGETS: Record<UserRole, Widget[]> = {
  OPERATOR: [
    { indicator: 'families', kind: 'NUMBER' },
    { indicator: 'people', kind: 'NUMBER' },
    { indicator: 'needs_open', kind: 'NUMBER' },
    { indicator: 'needs_registered', kind: 'TREND' },
  ],
  EXECUTOR: [
    { indicator: 'needs_open', kind: 'NUMBER' },
    { indicator: 'needs_overdue', kind: 'NUMBER' },
    { indicator: 'needs_resolved', kind: 'TREND' },
    { indicator: 'needs_open', kind: 'BAR', cut: 'measure' },
  ],
  SUPERVISOR: [
    { indicator: 'needs_overdue', kind: 'NUMBER' },
    { indicator: 'overdue_rate', kind: 'NUMBER' },
    { indicator: 'resolution_days_median', kind: 'NUMBER' },
    { indicator: 'needs_resolved', kind: 'BAR', cut: 'measure' },
    { indicator: 'escalations', kind: 'BAR', cut: 'level' },
  ],
  COORDINATOR: [
    { indicator: 'needs_registered', kind: 'BAR', cut: 'municipality' },
    { indicator: 'needs_overdue', kind: 'BAR', cut: 'organisation' },
    { indicator: 'coverage', kind: 'NUMBER' },
    { indicator: 'poverty_households_below', kind: 'TABLE', cut: 'municipality' },
    { indicator: 'overdue_rate', kind: 'TREND' },
  ],
  AUDITOR: [
    { indicator: 'needs_registered', kind: 'TREND' },
    { indicator: 'needs_resolved', kind: 'TREND' },
    { indicator: 'escalations', kind: 'TABLE', cut: 'organisation' },
  ],
  ADMIN: [],
};

export async function readDashboard(prisma: PrismaClient, userId: string, role: UserRole): Promise<{ widgets: Widget[]; saved: boolean }> {
  const row = await prisma.userDashboard.findUnique({ where: { userId } });
  return row ? { widgets: row.widgets as Widget[], saved: true } : { widgets: DEFAULT_WIDGETS[role] ?? [], saved: false };
}

export async function saveDashboard(prisma: PrismaClient, userId: string, dashboard: z.infer<typeof dashboardSchema>) {
  const widgets = dashboard.widgets as unknown as Prisma.InputJsonArray;
  await prisma.userDashboard.upsert({ where: { userId }, create: { userId, widgets }, update: { widgets } });
  return { widgets: dashboard.widgets, saved: true };
}
