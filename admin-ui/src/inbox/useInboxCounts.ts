import { useApi } from '../common/useApi';

/** The menu's counts of what waits for the signed-in user; asked again every minute and after each answer. */
export function useInboxCounts(enabled = true) {
  return useApi<{ waiting: number; escalations: number }>('/api/inbox/counts', { enabled, refetchInterval: 60_000 });
}
