import { Box, Stack, Table, TableBody, TableCell, TableRow, Typography } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Confirm, Show, usePermissions, useRecordContext, useTranslate } from 'react-admin';
import { samaraDateTime } from '../common/samaraTime';
import { SendButton } from '../common/SendButton';
import { useSend } from '../common/useSend';
import { httpClient } from '../providers/httpClient';
import { CampaignProgress, CampaignStatusChip } from './CampaignProgress';
import type { Campaign, CampaignReport } from './campaignTypes';
import { COMMANDS_OF, isLive } from './campaignTypes';
import { CAMPAIGN_RUNNERS } from './roles';

/** How often a running campaign's page asks for its progress. */
const POLL_MS = 1000;

/** Pause, resume and cancel: only those the campaign's state allows, for those who steer campaigns. */
function CampaignCommands({ campaign }: { campaign: Campaign }) {
  const translate = useTranslate();
  const queryClient = useQueryClient();
  const { permissions } = usePermissions<string>();
  const [confirming, setConfirming] = useState(false);
  const command = useSend(
    async (name: string) => (await httpClient(`/api/campaigns/${campaign.id}/${name}`, { method: 'POST', body: '{}' })).json,
    { onSuccess: () => void queryClient.invalidateQueries() },
  );
  if (!CAMPAIGN_RUNNERS.includes(permissions ?? '')) return null;
  const allowed = COMMANDS_OF[campaign.status];
  if (allowed.length === 0) return null;
  return (
    <Stack direction="row" spacing={1}>
      {allowed.map((name) => (
        <SendButton
          key={name}
          variant={name === 'cancel' ? 'outlined' : 'contained'}
          color={name === 'cancel' ? 'error' : 'primary'}
          pending={command.isPending}
          onClick={() => (name === 'cancel' ? setConfirming(true) : command.submit(name))}
        >
          {translate(`app.campaigns.command.${name}`)}
        </SendButton>
      ))}
      <Confirm
        isOpen={confirming}
        title="app.campaigns.cancelTitle"
        content="app.campaigns.cancelContent"
        onConfirm={() => {
          setConfirming(false);
          command.submit('cancel');
        }}
        onClose={() => setConfirming(false)}
      />
    </Stack>
  );
}

/** Families reached by message, needs registered, and how those needs stand now. */
function CampaignReportTable({ campaign }: { campaign: Campaign }) {
  const translate = useTranslate();
  const url = `/api/campaigns/${campaign.id}/report`;
  const { data } = useQuery<CampaignReport>({
    // Asked again whenever the campaign moves, so the last batch and the finish are never missed.
    queryKey: ['api', url, campaign.status, campaign.processed, campaign.messaged],
    queryFn: async () => (await httpClient(url)).json as CampaignReport,
    refetchInterval: isLive(campaign.status) ? POLL_MS : false,
  });
  if (!data) return null;
  const rows = ['reached', 'registered', 'resolved', 'refused', 'open'] as const;
  return (
    <Box component="section" aria-label={translate('app.campaigns.report.title')}>
      <Typography variant="h6">{translate('app.campaigns.report.title')}</Typography>
      <Table size="small" sx={{ maxWidth: 480 }}>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row}>
              <TableCell>{translate(`app.campaigns.report.${row}`)}</TableCell>
              <TableCell align="right" data-report={row}>
                {data[row]}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
}

function CampaignBody() {
  const campaign = useRecordContext<Campaign>();
  const translate = useTranslate();
  const t = (key: string, options?: object) => translate(`app.campaigns.${key}`, options);
  if (!campaign) return null;
  return (
    <Stack spacing={2} sx={{ p: 2 }}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <Typography variant="h6">{campaign.title}</Typography>
        <CampaignStatusChip status={campaign.status} />
      </Stack>
      <Typography>
        {campaign.measure.name} · {campaign.municipality.name}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {t('launchedBy', { who: campaign.createdBy.fullName, when: samaraDateTime.format(new Date(campaign.createdAt)) })}
        {campaign.finishedAt && ` · ${t('finishedAt', { when: samaraDateTime.format(new Date(campaign.finishedAt)) })}`}
      </Typography>
      <Box sx={{ maxWidth: 480 }}>
        <CampaignProgress campaign={campaign} />
      </Box>
      <Typography variant="body2">{t('counts', { registered: campaign.registered, messaged: campaign.messaged })}</Typography>
      <CampaignCommands campaign={campaign} />
      <CampaignReportTable campaign={campaign} />
    </Stack>
  );
}

export function CampaignShow() {
  return (
    <Show
      actions={false}
      queryOptions={{
        // A running or paused campaign is followed live; a finished one stays as it is.
        refetchInterval: (query: { state: { data?: Campaign } }) =>
          query.state.data && !isLive(query.state.data.status) ? false : POLL_MS,
      }}
    >
      <CampaignBody />
    </Show>
  );
}
