import { Chip, Stack } from '@mui/material';
import { useListContext, useTranslate } from 'react-admin';
import { useApi } from '../common/useApi';
import { UrgencyLegend } from './UrgencyLegend';

const SHOWN = ['IN_PROGRESS', 'WAITING_INFO', 'RESOLVED', 'REJECTED', 'CANCELLED'];

/**
 * Cases per status (and overdue) for the list's current filters; a click filters by that status. The queue's
 * own cases are split as people say it: «Не взято» (nobody holds it) and «Взято в работу» (somebody does).
 */
export function QueueCounts() {
  const { filterValues, setFilters, displayedFilters } = useListContext();
  const translate = useTranslate();
  const { status: _status, ...others } = filterValues as Record<string, unknown>;
  const { data: counts = {} } = useApi<Record<string, number>>(`/api/queue/counts?filter=${encodeURIComponent(JSON.stringify(others))}`);
  const claimed = counts.claimed ?? 0;
  const queued = [
    { key: 'unclaimed', n: (counts.ASSIGNED ?? 0) - claimed, filter: { assigneeId: 'none' } },
    { key: 'claimed', n: claimed, filter: { assigneeId: 'any' } },
  ];
  const { assigneeId: _assignee, ...withoutAssignee } = others;

  return (
    <Stack
      direction="row"
      spacing={1}
      useFlexGap
      sx={{ px: 1, py: 0.5, flexWrap: 'wrap', alignItems: 'center' }}
      data-testid="queue-counts"
    >
      <Chip
        size="small"
        label={`${translate('app.counts.total')}: ${counts.total ?? 0}`}
        onClick={() => setFilters(others, displayedFilters)}
      />
      {queued.map(({ key, n, filter }) => (
        <Chip
          key={key}
          size="small"
          variant={filterValues.status === 'ASSIGNED' && filterValues.assigneeId === filter.assigneeId ? 'filled' : 'outlined'}
          label={`${translate(`app.workday.${key}`)}: ${n}`}
          onClick={() => setFilters({ ...withoutAssignee, status: 'ASSIGNED', ...filter }, displayedFilters)}
        />
      ))}
      {SHOWN.map((status) => (
        <Chip
          key={status}
          size="small"
          variant={filterValues.status === status ? 'filled' : 'outlined'}
          label={`${translate(`app.status.${status}`)}: ${counts[status] ?? 0}`}
          onClick={() => setFilters({ ...others, status }, displayedFilters)}
        />
      ))}
      <Chip size="small" color="error" variant="outlined" label={`${translate('app.counts.overdue')}: ${counts.overdue ?? 0}`} />
      <UrgencyLegend />
    </Stack>
  );
}
