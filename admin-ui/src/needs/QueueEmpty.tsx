import { Box, Button, Typography } from '@mui/material';
import { useListContext, useTranslate } from 'react-admin';

/**
 * What an empty queue says: when filters hide every case, which filters they are and a way to drop them,
 * so the queue never looks empty without saying why.
 */
export function QueueEmpty() {
  const { filterValues, setFilters } = useListContext();
  const translate = useTranslate();
  const active = Object.keys(filterValues ?? {});
  if (active.length === 0) {
    return (
      <Box sx={{ p: 2 }} data-testid="queue-empty">
        <Typography>{translate('ra.navigation.no_results')}</Typography>
      </Box>
    );
  }
  const names = active.map((f) => translate(`app.workday.filterName.${f}`, { _: f })).join(', ');
  return (
    <Box sx={{ p: 2 }} data-testid="queue-empty">
      <Typography>{translate('app.workday.filteredEmpty')}</Typography>
      <Typography variant="body2" color="text.secondary">
        {translate('app.workday.activeFilters', { filters: names })}
      </Typography>
      <Button variant="outlined" size="small" sx={{ mt: 1 }} onClick={() => setFilters({}, [])}>
        {translate('app.workday.clearFilters')}
      </Button>
    </Box>
  );
}
