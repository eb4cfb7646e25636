import type { PovertyVerdict } from '../../../../shared/domain';
import type { DashboardRow } from './types';

/** The register, filtered to the households behind a number of the dashboards. */
export const registerLink = (row: DashboardRow, verdict: PovertyVerdict) =>
  `/poverty/register?${new URLSearchParams({ filter: JSON.stringify({ ...row.filter, verdict }) }).toString()}`;
