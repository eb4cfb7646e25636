import { Box, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { URGENCIES, URGENCY_STYLE } from './urgency';

/** What the deadline colours mean: overdue, due today, due within two working days. */
export function UrgencyLegend() {
  const translate = useTranslate();
  return (
    <Stack direction="row" spacing={1.5} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }} data-testid="urgency-legend">
      <Typography variant="caption">{translate('app.workday.urgency.title')}:</Typography>
      {URGENCIES.map((u) => (
        <Stack key={u} direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
          <Box component="span" sx={{ width: 12, height: 12, borderRadius: '50%', display: 'inline-block', ...URGENCY_STYLE[u] }} />
          <Typography variant="caption">{translate(`app.workday.urgency.${u}`)}</Typography>
        </Stack>
      ))}
    </Stack>
  );
}
