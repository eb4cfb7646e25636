import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

export function StatusField(_props: { source?: string; label?: string }) {
  const record = useRecordContext<{ status: string }>();
  const translate = useTranslate();
  return record ? <Chip size="small" label={translate(`app.status.${record.status}`)} /> : null;
}
