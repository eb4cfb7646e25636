import { Alert, Stack } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslate } from 'react-admin';
import type { z } from 'zod';
import type { indicatorImportSchema } from '../../../shared/schemas/indicators';
import { ProgressBar } from '../common/ProgressBar';
import { useApi } from '../common/useApi';

export type IndicatorImportData = z.infer<typeof indicatorImportSchema>;

/** A committed file being written by its workflow: the progress bar while it runs, then what was written. */
export function ImportProgress({ started }: { started: IndicatorImportData }) {
  const translate = useTranslate();
  const queryClient = useQueryClient();
  const { data = started } = useApi<IndicatorImportData>(`/api/indicator-imports/${started.id}`, {
    refetchWhile: (i) => i.status === 'RUNNING',
  });
  const completed = data.status === 'COMPLETED';
  // The stored values and the charts change once the last chunk is written.
  useEffect(() => {
    if (completed) void queryClient.invalidateQueries({ queryKey: ['api'] });
  }, [completed, queryClient]);
  return (
    <Stack spacing={2} component="section" aria-label={translate('app.indicators.import.progress')}>
      {started.repeated && <Alert severity="warning">{translate('app.indicators.import.repeatedCommit')}</Alert>}
      {!completed && (
        <ProgressBar
          percent={data.percent}
          label={translate('app.indicators.import.progress')}
          text={translate('app.indicators.import.progressText', { ...data })}
        />
      )}
      {completed && !started.repeated && (
        <Alert severity="success" role="status">
          {translate('app.indicators.import.result', { written: data.writtenRows, unchanged: data.unchangedRows })}
        </Alert>
      )}
    </Stack>
  );
}
