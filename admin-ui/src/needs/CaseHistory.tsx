import { Accordion, AccordionDetails, AccordionSummary, Box, Typography } from '@mui/material';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { useEffect, useState } from 'react';
import { usePermissions, useRecordContext, useTranslate } from 'react-admin';
import { httpClient } from '../providers/httpClient';

interface CaseEvent {
  seq: number;
  type: string;
  actorName: string | null;
  at: string;
  data: Record<string, unknown>;
}

const samaraTime = new Intl.DateTimeFormat('ru-RU', { timeZone: 'Europe/Samara', dateStyle: 'short', timeStyle: 'short' });
const RAW_HISTORY_ROLES = ['SUPERVISOR', 'COORDINATOR', 'AUDITOR'];

/** The case's timeline in business words, and beside it (for those who may) the raw Temporal history. */
export function CaseHistory() {
  const record = useRecordContext<{ id: string }>();
  const { permissions } = usePermissions<string>();
  const translate = useTranslate();
  const [events, setEvents] = useState<CaseEvent[]>([]);
  const [raw, setRaw] = useState<{ events: { eventId: string; eventType: string }[] } | null>(null);
  const showRaw = RAW_HISTORY_ROLES.includes(permissions ?? '');

  useEffect(() => {
    if (!record) return;
    void httpClient(`/api/needs/${record.id}/events`).then(({ json }) => setEvents(json));
    if (showRaw) void httpClient(`/api/needs/${record.id}/workflow-history`).then(({ json }) => setRaw(json));
  }, [record, showRaw]);

  return (
    <Box sx={{ mt: 2 }} data-testid="case-history">
      <Typography variant="h6">{translate('app.history.title')}</Typography>
      {events.map((e) => (
        <Typography key={e.seq} variant="body2" data-testid="case-event">
          {samaraTime.format(new Date(e.at))} — {translate(`app.history.event.${e.type}`)}
          {e.actorName ? ` — ${e.actorName}` : ''}
        </Typography>
      ))}
      {showRaw && raw && (
        <Accordion sx={{ mt: 2 }}>
          <AccordionSummary expandIcon={<ExpandMoreIcon />}>{translate('app.history.raw', { count: raw.events.length })}</AccordionSummary>
          <AccordionDetails>
            <Box component="pre" sx={{ fontSize: 12, overflow: 'auto', maxHeight: 400 }}>
              {raw.events.map((e) => `${e.eventId}  ${e.eventType.replace('EVENT_TYPE_', '')}`).join('\n')}
            </Box>
          </AccordionDetails>
        </Accordion>
      )}
    </Box>
  );
}
