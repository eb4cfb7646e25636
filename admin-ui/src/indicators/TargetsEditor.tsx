import AddIcon from '@mui/icons-material/Add';
import CloseIcon from '@mui/icons-material/Close';
import SaveIcon from '@mui/icons-material/Save';
import {
  Box,
  Button,
  IconButton,
  LinearProgress,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useGetList, useTranslate } from 'react-admin';
import { SendButton } from '../common/SendButton';
import { useApi } from '../common/useApi';
import { useSend } from '../common/useSend';
import { httpClient } from '../providers/httpClient';
import type { Targets, TargetsGrid } from './targetsGrid';
import { bodyOf, cellKey, gridOf, placeErrors, REGION } from './targetsGrid';
import type { IndicatorRecord, Municipality } from './types';

/** Base value and year, and the plan per territory (rows) and period (columns), saved whole with PUT. */
export function TargetsEditor({ indicator }: { indicator: IndicatorRecord }) {
  const url = `/api/indicators/${indicator.id}/targets`;
  const { data } = useApi<Targets>(url);
  const { data: municipalities } = useGetList<Municipality>('municipalities', {
    pagination: { page: 1, perPage: 500 },
    sort: { field: 'name', order: 'ASC' },
  });
  if (!data || !municipalities) return <LinearProgress />;
  return <TargetsTable url={url} initial={gridOf(data)} municipalities={municipalities} />;
}

function TargetsTable({ url, initial, municipalities }: { url: string; initial: TargetsGrid; municipalities: Municipality[] }) {
  const translate = useTranslate();
  const queryClient = useQueryClient();
  const [grid, setGrid] = useState(initial);
  const [newPeriod, setNewPeriod] = useState('');
  const territories = municipalities.map((m) => m.id);
  const { body, sent } = bodyOf(grid, territories);
  const lastSent = useRef(sent);
  const save = useSend(async () => (await httpClient(url, { method: 'PUT', body: JSON.stringify(body) })).json as Targets, {
    done: 'app.indicators.targets.saved',
    fields: ['baseValue', 'baseYear', ...sent.flatMap((_, i) => ['period', 'value', 'municipalityId'].map((f) => `targets.${i}.${f}`))],
    onSuccess: (saved) => {
      setGrid(gridOf(saved));
      void queryClient.invalidateQueries({ queryKey: ['api'] });
    },
  });
  const errors = placeErrors(save.fieldErrors, lastSent.current);
  const setCell = (key: string, text: string) => setGrid((g) => ({ ...g, cells: { ...g.cells, [key]: text } }));
  const addPeriod = () => {
    const period = newPeriod.trim();
    if (period && !grid.periods.includes(period)) setGrid((g) => ({ ...g, periods: [...g.periods, period].sort() }));
    setNewPeriod('');
  };
  const rows = [{ id: REGION, name: translate('app.indicators.region') }, ...municipalities];
  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={2}>
        {(['baseValue', 'baseYear'] as const).map((field) => (
          <TextField
            key={field}
            size="small"
            sx={{ width: 200 }}
            label={translate(`resources.indicators.fields.${field}`)}
            value={grid[field]}
            onChange={(e) => setGrid((g) => ({ ...g, [field]: e.target.value }))}
            error={!!errors.base[field]}
            helperText={errors.base[field]}
          />
        ))}
      </Stack>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
        <TextField
          size="small"
          sx={{ width: 360 }}
          label={translate('app.indicators.targets.newPeriod')}
          helperText={translate('app.indicators.targets.newPeriodHint')}
          value={newPeriod}
          onChange={(e) => setNewPeriod(e.target.value)}
          onKeyDown={(e) => e.key === 'Enter' && addPeriod()}
        />
        <Button startIcon={<AddIcon />} onClick={addPeriod} disabled={newPeriod.trim() === ''}>
          {translate('app.indicators.targets.addPeriod')}
        </Button>
      </Stack>
      {grid.periods.length === 0 ? (
        <Typography color="text.secondary">{translate('app.indicators.targets.noPeriods')}</Typography>
      ) : (
        <Box sx={{ overflowX: 'auto' }}>
          <Table size="small" aria-label={translate('app.indicators.targets.label')}>
            <TableHead>
              <TableRow>
                <TableCell>{translate('app.indicators.territory')}</TableCell>
                {grid.periods.map((period) => (
                  <TableCell key={period} data-period={period}>
                    <Stack direction="row" sx={{ alignItems: 'center' }}>
                      {period}
                      <IconButton
                        size="small"
                        aria-label={translate('app.indicators.targets.removePeriod', { period })}
                        onClick={() => setGrid((g) => ({ ...g, periods: g.periods.filter((p) => p !== period) }))}
                      >
                        <CloseIcon fontSize="small" />
                      </IconButton>
                    </Stack>
                    {errors.periods[period] && (
                      <Typography variant="caption" color="error" role="alert">
                        {errors.periods[period]}
                      </Typography>
                    )}
                  </TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((row) => (
                <TableRow key={row.id || 'region'}>
                  <TableCell component="th" scope="row">
                    {row.name}
                  </TableCell>
                  {grid.periods.map((period) => {
                    const key = cellKey(period, row.id);
                    return (
                      <TableCell key={key}>
                        <TextField
                          size="small"
                          sx={{ width: 110 }}
                          slotProps={{
                            htmlInput: { 'aria-label': translate('app.indicators.targets.cellLabel', { territory: row.name, period }) },
                          }}
                          value={grid.cells[key] ?? ''}
                          onChange={(e) => setCell(key, e.target.value)}
                          error={!!errors.cells[key]}
                          helperText={errors.cells[key]}
                        />
                      </TableCell>
                    );
                  })}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      )}
      <Box>
        <SendButton
          variant="contained"
          startIcon={<SaveIcon />}
          pending={save.isPending}
          onClick={() => {
            lastSent.current = sent;
            save.submit(undefined);
          }}
        >
          {translate('app.indicators.targets.save')}
        </SendButton>
      </Box>
    </Stack>
  );
}
