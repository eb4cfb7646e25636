import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { Accordion, AccordionDetails, AccordionSummary, Box, Stack, Typography } from '@mui/material';
import { useGetList, usePermissions, useRecordContext, useTranslate } from 'react-admin';
import { useApi } from '../common/useApi';
import { eventDetails } from './eventDetails';
import { eventAttributes } from './readablePayloads';
import { samaraDateTime } from '../common/samaraTime';

interface CaseEvent {
  seq: number;
  type: string;
  actorName: string | null;
  at: string;
  data: Record<string, unknown>;
}
type RawEvent = Record<string, unknown> & { eventId: string; eventType: string; eventTime: string };

const RAW_HISTORY_ROLES = ['SUPERVISOR', 'COORDINATOR', 'AUDITOR'];
const ALARMING = ['ESCALATED', 'REJECTED', 'REMINDER'];

/** The case's timeline in business words (who, what, when, why), and beside it (for those who may) the raw Temporal history. */
export function CaseHistory() {
  const record = useRecordContext<{ id: string }>();
  const { permissions } = usePermissions<string>();
  const translate = useTranslate();
  const showRaw = RAW_HISTORY_ROLES.includes(permissions ?? '');
  const { data: events = [] } = useApi<CaseEvent[]>(`/api/needs/${record?.id}/events`, { enabled: Boolean(record) });
  const raw =
    useApi<{ events: RawEvent[] }>(`/api/needs/${record?.id}/workflow-history`, { enabled: Boolean(record) && showRaw }).data?.events ??
    null;
  const { data: organisations = [] } = useGetList<{ id: string; shortName: string }>('organisations', {
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'shortName', order: 'ASC' },
  });
  const organisationName = (id: string) => organisations.find((o) => o.id === id)?.shortName ?? id;

  return (
    <Stack direction={{ xs: 'column', lg: 'row' }} spacing={2} sx={{ width: '100%' }} data-testid="case-history">
      <Box sx={{ flex: 1 }}>
        <Typography variant="h6">{translate('app.history.title')}</Typography>
        <Box component="ol" sx={{ listStyle: 'none', p: 0, m: 0 }}>
          {events.map((e) => (
            <Box
              component="li"
              key={e.seq}
              data-testid="case-event"
              sx={{ borderLeft: 3, borderColor: ALARMING.includes(e.type) ? 'error.main' : 'primary.main', pl: 1.5, py: 0.5, mb: 1 }}
            >
              <Typography variant="caption" component="div">
                {samaraDateTime.format(new Date(e.at))} · {e.actorName ?? translate('app.history.system')}
              </Typography>
              <Typography variant="body2" sx={{ fontWeight: 'bold' }}>
                {translate(`app.history.event.${e.type}`, { _: e.type })}
              </Typography>
              {eventDetails(e.data, translate, organisationName).map((line) => (
                <Typography key={line} variant="body2">
                  {line}
                </Typography>
              ))}
            </Box>
          ))}
        </Box>
      </Box>
      {showRaw && raw && (
        <Box sx={{ flex: 1, minWidth: 0 }}>
          <Accordion defaultExpanded={false}>
            <AccordionSummary expandIcon={<ExpandMoreIcon />}>{translate('app.history.raw', { count: raw.length })}</AccordionSummary>
            <AccordionDetails sx={{ maxHeight: 600, overflow: 'auto' }}>
              {raw.map((e) => (
                <Box key={e.eventId} component="details" sx={{ fontSize: 13, mb: 0.5 }} data-testid="raw-event">
                  <summary>
                    {e.eventId}. {e.eventType.replace('EVENT_TYPE_', '')} · {samaraDateTime.format(new Date(e.eventTime))}
                  </summary>
                  <Box component="pre" sx={{ fontSize: 12, whiteSpace: 'pre-wrap', wordBreak: 'break-word', m: 0, pl: 2 }}>
                    {JSON.stringify(eventAttributes(e), null, 2)}
                  </Box>
                </Box>
              ))}
            </AccordionDetails>
          </Accordion>
        </Box>
      )}
    </Stack>
  );
}
