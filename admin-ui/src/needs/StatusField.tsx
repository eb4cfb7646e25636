import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

interface StatusRecord {
  status: string;
  assigneeId?: string | null;
}

/** A case in the organisation's queue is «Не взято» until somebody takes it, «Взято в работу» after: as people say it. */
export const statusKey = (record: StatusRecord) =>
  record.status === 'ASSIGNED' ? (record.assigneeId ? 'app.workday.claimed' : 'app.workday.unclaimed') : `app.status.${record.status}`;

export function StatusField(_props: { source?: string; label?: string }) {
  const record = useRecordContext<StatusRecord>();
  const translate = useTranslate();
  if (!record) return null;
  const label = translate(statusKey(record));
  return <Chip size="small" label={label} title={label} sx={{ maxWidth: 140 }} data-testid="case-status" />;
}
