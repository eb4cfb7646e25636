import { Chip, Stack } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { samaraDate } from '../common/samaraTime';

interface CaseTiming {
  status: string;
  activeDueAt: string | null;
  workingDaysLeft: number | null;
  overdue: boolean;
  escalationLevel: number;
}

/** The case's active deadline in Samara time and working days left: red when overdue, with the escalation level reached. */
export function DeadlineBadge(_props: { source?: string; label?: string }) {
  const record = useRecordContext<CaseTiming & { id: string }>();
  const translate = useTranslate();
  if (!record) return null;
  if (!record.activeDueAt) {
    return <span>{translate(record.status === 'WAITING_INFO' ? 'app.deadline.paused' : 'app.deadline.none')}</span>;
  }
  const due = new Date(record.activeDueAt);
  const days = record.workingDaysLeft ?? 0;
  // The deadline is the midnight that ends its day, so the day shown is the one before it.
  const label = `${samaraDate.format(new Date(due.getTime() - 1))} · ${
    record.overdue
      ? translate('app.deadline.overdue', { days: Math.max(1, -days) })
      : days === 0
        ? translate('app.deadline.today')
        : translate('app.deadline.left', { days })
  }`;
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
      <Chip
        size="small"
        color={record.overdue ? 'error' : days <= 1 ? 'warning' : 'default'}
        label={label}
        data-testid="deadline-badge"
        sx={{ height: 'auto', '& .MuiChip-label': { whiteSpace: 'normal', py: 0.25 } }}
      />
      {record.escalationLevel > 0 && (
        <Chip
          size="small"
          color="error"
          variant="outlined"
          label={translate('app.deadline.escalated', { level: record.escalationLevel })}
        />
      )}
    </Stack>
  );
}
