import { useQuery } from '@tanstack/react-query';
import { httpClient } from '../providers/httpClient';

/** A read-only JSON resource of the API that is not a react-admin list (boards, chart series). */
export function useApi<T>(url: string, { enabled = true, refetchInterval }: { enabled?: boolean; refetchInterval?: number } = {}) {
  return useQuery<T>({ queryKey: ['api', url], queryFn: async () => (await httpClient(url)).json as T, enabled, refetchInterval });
}
