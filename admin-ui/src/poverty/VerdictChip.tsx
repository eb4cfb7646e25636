import { Chip } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { PovertyVerdict } from '../../../shared/domain';

const COLORS: Record<PovertyVerdict, 'error' | 'warning' | 'success'> = { BELOW: 'error', NEAR: 'warning', ABOVE: 'success' };

/** Below the subsistence minimum, near it, or above the near-poverty band. */
export function VerdictChip({ verdict, size = 'small' }: { verdict: PovertyVerdict; size?: 'small' | 'medium' }) {
  const translate = useTranslate();
  return (
    <Chip
      size={size}
      color={COLORS[verdict]}
      label={translate(`app.poverty.verdict.${verdict}`)}
      data-testid="verdict"
      data-verdict={verdict}
    />
  );
}
