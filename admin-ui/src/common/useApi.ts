import { useQuery } from '@tanstack/react-query';
import { httpClient } from '../providers/httpClient';

interface ApiOptions<T> {
  enabled?: boolean;
  refetchInterval?: number;
  /** Read again every second while this holds: the progress of a workflow that its database row records. */
  refetchWhile?: (data: T) => boolean;
}

/** A read-only JSON resource of the API that is not a react-admin list (boards, chart series, progress). */
export function useApi<T>(url: string, { enabled = true, refetchInterval, refetchWhile }: ApiOptions<T> = {}) {
  return useQuery<T>({
    queryKey: ['api', url],
    queryFn: async () => (await httpClient(url)).json as T,
    enabled,
    refetchInterval: refetchWhile ? (query) => (query.state.data && refetchWhile(query.state.data) ? 1000 : false) : refetchInterval,
  });
}
