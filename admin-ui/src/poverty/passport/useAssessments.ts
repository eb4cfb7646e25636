import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { storedAssessmentSchema } from '../../../../shared/schemas/poverty';
import { httpClient } from '../../providers/httpClient';

export type StoredAssessment = z.infer<typeof storedAssessmentSchema>;

/** A family's assessments, oldest first, and the current one. */
export function useAssessments(householdId: string | undefined) {
  const url = `/api/households/${householdId}/assessments`;
  const { data = [], isPending } = useQuery<StoredAssessment[]>({
    queryKey: ['api', url],
    enabled: Boolean(householdId),
    queryFn: async () => (await httpClient(url)).json as StoredAssessment[],
  });
  const history = [...data].sort((a, b) => a.assessedOn.localeCompare(b.assessedOn) || a.createdAt.localeCompare(b.createdAt));
  return { history, current: history.find((a) => a.current) ?? history[history.length - 1], isPending: Boolean(householdId) && isPending };
}
