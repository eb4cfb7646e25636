import type { z } from 'zod';
import type { DASHBOARD_DIMENSIONS, dashboardRowSchema } from '../../../../shared/schemas/poverty';

export type DashboardRow = z.infer<typeof dashboardRowSchema>;
export type Dimension = (typeof DASHBOARD_DIMENSIONS)[number];
