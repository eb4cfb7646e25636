import { Chip, Stack } from '@mui/material';
import { useEffect, useState } from 'react';
import { useListContext, useTranslate } from 'react-admin';
import { httpClient } from '../providers/httpClient';

const SHOWN = ['ASSIGNED', 'IN_PROGRESS', 'WAITING_INFO', 'RESOLVED', 'REJECTED', 'CANCELLED'];

/** Cases per status (and overdue) for the list's current filters; a click filters by that status. */
export function QueueCounts() {
  const { filterValues, setFilters, displayedFilters } = useListContext();
  const translate = useTranslate();
  const [counts, setCounts] = useState<Record<string, number>>({});
  const { status: _status, ...others } = filterValues as Record<string, unknown>;
  const key = JSON.stringify(others);

  useEffect(() => {
    void httpClient(`/api/queue/counts?filter=${encodeURIComponent(key)}`).then(({ json }) => setCounts(json));
  }, [key]);

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
