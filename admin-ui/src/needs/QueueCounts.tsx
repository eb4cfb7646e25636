import { Chip, Stack } from '@mui/material';
import { useListContext, useTranslate } from 'react-admin';
import { useApi } from '../common/useApi';

const SHOWN = ['ASSIGNED', 'IN_PROGRESS', 'WAITING_INFO', 'RESOLVED', 'REJECTED', 'CANCELLED'];

/** Cases per status (and overdue) for the list's current filters; a click filters by that status. */
export function QueueCounts() {
  const { filterValues, setFilters, displayedFilters } = useListContext();
  const translate = useTranslate();
  const { status: _status, ...others } = filterValues as Record<string, unknown>;
  const { data: counts = {} } = useApi<Record<string, number>>(`/api/queue/counts?filter=${encodeURIComponent(JSON.stringify(others))}`);

  return (
    <Stack direction="row" spacing={1} useFlexGap sx={{ p: 1, flexWrap: 'wrap' }} data-testid="queue-counts">
      <Chip label={`${translate('app.counts.total')}: ${counts.total ?? 0}`} onClick={() => setFilters(others, displayedFilters)} />
      {SHOWN.map((status) => (
        <Chip
          key={status}
          variant={filterValues.status === status ? 'filled' : 'outlined'}
          label={`${translate(`app.status.${status}`)}: ${counts[status] ?? 0}`}
          onClick={() => setFilters({ ...others, status }, displayedFilters)}
        />
      ))}
      <Chip color="error" variant="outlined" label={`${translate('app.counts.overdue')}: ${counts.overdue ?? 0}`} />
    </Stack>
  );
}
