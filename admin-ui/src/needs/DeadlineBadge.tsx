import { Chip, Stack } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { deadlineDay } from '../common/samaraTime';
import { URGENCY_STYLE, urgencyOf } from './urgency';

interface CaseTiming {
  status: string;
  activeDueAt: string | null;
  workingDaysLeft: number | null;
  overdue: boolean;
  escalationLevel: number;
}

/** Which of the two deadlines the case is measured against now: to accept it while it waits in the queue, to resolve it after. */
export const activeDeadline = (status: string) => (status === 'ASSIGNED' || status === 'NEW' ? 'accept' : 'resolve');

/**
 * The case's active deadline, named (to accept or to resolve), in Samara time with working days left,
 * coloured by urgency, with the escalation level reached.
 */
export function DeadlineBadge({ short = false }: { source?: string; label?: string; short?: boolean }) {
  const record = useRecordContext<CaseTiming & { id: string }>();
  const translate = useTranslate();
  if (!record) return null;
  if (!record.activeDueAt) {
    return <span>{translate(record.status === 'WAITING_INFO' ? 'app.deadline.paused' : 'app.deadline.none')}</span>;
  }
  const days = record.workingDaysLeft ?? 0;
  const urgency = urgencyOf(record);
  // In the queue's row the short form: «Принять до 02.12 · осталось 1 р. д.»; the full one in its title.
  const texts = short ? 'app.workday.short' : 'app.deadline';
  const day = deadlineDay(record.activeDueAt);
  const label = `${translate(`${texts}.${activeDeadline(record.status)}By`, { date: short ? day.slice(0, 5) : day })} · ${
    record.overdue
      ? translate(`${texts}.overdue`, { days: Math.max(1, -days) })
      : days === 0
        ? translate(`${texts}.today`)
        : translate(`${texts}.left`, { days })
  }`;
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ alignItems: 'center', flexWrap: short ? { xs: 'wrap', lg: 'nowrap' } : 'wrap' }}>
      <Chip
        size="small"
        label={label}
        title={short ? `${translate(`app.deadline.${activeDeadline(record.status)}By`, { date: day })}` : undefined}
        data-testid="deadline-badge"
        data-urgency={urgency}
        sx={{
          height: 'auto',
          '& .MuiChip-label': { whiteSpace: short ? { xs: 'normal', lg: 'nowrap' } : 'normal', py: 0.25 },
          ...URGENCY_STYLE[urgency],
        }}
      />
      {record.escalationLevel > 0 && (
        <Chip
          size="small"
          color="error"
          variant="outlined"
          label={translate(short ? 'app.workday.short.escalated' : 'app.deadline.escalated', { level: record.escalationLevel })}
          title={translate('app.deadline.escalated', { level: record.escalationLevel })}
        />
      )}
    </Stack>
  );
}
