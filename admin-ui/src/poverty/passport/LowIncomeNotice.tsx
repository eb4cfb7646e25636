import { Alert } from '@mui/material';
import { useShowContext, useTranslate } from 'react-admin';
import { formatRoubles } from '../../../../shared/poverty/money';
import { useAssessments } from './useAssessments';

const SEVERITY = { BELOW: 'warning', NEAR: 'info', ABOVE: 'success' } as const;

/** At registration of a need: whether the family (the passport being shown) is low-income, by its current assessment. */
export function LowIncomeNotice() {
  const { record } = useShowContext<{ id: string }>();
  const translate = useTranslate();
  const { current, isPending } = useAssessments(record?.id);
  if (!record || isPending) return null;
  if (!current)
    return (
      <Alert severity="info" sx={{ mb: 1 }} data-testid="low-income-notice">
        {translate('app.poverty.need.unknown')}
      </Alert>
    );
  return (
    <Alert severity={SEVERITY[current.verdict]} sx={{ mb: 1 }} data-testid="low-income-notice" data-verdict={current.verdict}>
      {translate(`app.poverty.need.${current.verdict}`, {
        income: formatRoubles(current.perCapitaIncomeKopecks),
        threshold: formatRoubles(current.thresholdKopecks),
      })}
    </Alert>
  );
}
