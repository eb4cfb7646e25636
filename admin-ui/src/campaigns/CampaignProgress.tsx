import { Box, Chip, LinearProgress, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { Campaign } from './campaignTypes';

const STATUS_COLOR = { RUNNING: 'primary', PAUSED: 'warning', COMPLETED: 'success', CANCELLED: 'default' } as const;

export function CampaignStatusChip({ status }: { status: Campaign['status'] }) {
  const translate = useTranslate();
  return <Chip size="small" color={STATUS_COLOR[status]} label={translate(`app.campaigns.status.${status}`)} />;
}

/** Households handled out of those selected at the start, as a bar and in numbers. */
export function CampaignProgress({ campaign }: { campaign: Pick<Campaign, 'processed' | 'total'> }) {
  const translate = useTranslate();
  const percent = campaign.total > 0 ? Math.round((campaign.processed / campaign.total) * 100) : 100;
  const label = translate('app.campaigns.progress', { processed: campaign.processed, total: campaign.total });
  return (
    <Box sx={{ minWidth: 160 }}>
      <LinearProgress variant="determinate" value={percent} aria-label={label} />
      <Typography variant="caption">{label}</Typography>
    </Box>
  );
}
