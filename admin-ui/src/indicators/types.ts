/** An indicator as the API describes it (GET /api/indicators/:id). */
export interface IndicatorRecord {
  id: string;
  code: string;
  name: string;
  unit: string;
  periodicity: 'DAY' | 'WEEK' | 'MONTH' | 'QUARTER' | 'YEAR';
  cuts: string[];
  goodDirection: 'UP' | 'DOWN';
  source: 'BUILT_IN' | 'CUSTOM';
}

export interface Municipality {
  id: string;
  name: string;
}

/** Who loads custom values and sets targets (PUT …/targets, POST /indicator-imports). */
export const TARGET_EDITORS = ['ADMIN', 'COORDINATOR'];
/** Who reads fact against plan (GET …/values): the roles that work with cases. */
export const FACT_READERS = ['OPERATOR', 'EXECUTOR', 'SUPERVISOR', 'COORDINATOR', 'AUDITOR'];
