import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Assessment, CalculatorRequest } from '../../../../shared/schemas/poverty';
import { httpClient } from '../../providers/httpClient';
import { useDebounced } from '../useDebounced';

/** The API's calculation for a request, recomputed once the inputs settle; the last answer stays while the next is computed. */
export function useCalculation(request: CalculatorRequest | null) {
  // Compared as text: a request rebuilt on every render with the same content is the same request.
  const settled = useDebounced(request && JSON.stringify(request), 350);
  return useQuery<Assessment>({
    queryKey: ['poverty-calculator', settled],
    enabled: settled !== null,
    placeholderData: keepPreviousData,
    retry: false,
    queryFn: async () => (await httpClient('/api/poverty/calculator', { method: 'POST', body: settled ?? '' })).json as Assessment,
  });
}
