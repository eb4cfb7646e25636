import { Box, LinearProgress, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { useApi } from '../common/useApi';
import type { Point } from '../home/widgetData';
import { samaraToday, verdictColour } from '../home/widgetData';
import type { IndicatorRecord } from './types';

/** Days and weeks are too many columns for a year: they are shown by month. */
const shownPeriodicity = (p: IndicatorRecord['periodicity']) => (p === 'DAY' || p === 'WEEK' ? 'MONTH' : p);

const format = (value: number | null, unit = '') => (value === null ? '—' : `${value.toLocaleString('ru-RU')}${unit ? ` ${unit}` : ''}`);

/** Fact against plan for a year: the region and, where the indicator has the cut, each municipality. */
export function FactPlan({ indicator }: { indicator: IndicatorRecord }) {
  const translate = useTranslate();
  const [year, setYear] = useState(samaraToday().slice(0, 4));
  const params = new URLSearchParams({ from: `${year}-01-01`, to: `${year}-12-31`, periodicity: shownPeriodicity(indicator.periodicity) });
  const valid = /^\d{4}$/.test(year);
  const base = `/api/indicators/${indicator.id}/values?${params}`;
  const region = useApi<{ points: Point[] }>(base, { enabled: valid });
  const byMunicipality = useApi<{ points: Point[] }>(`${base}&cut=municipality`, {
    enabled: valid && indicator.cuts.includes('municipality'),
  });
  const points = [
    ...(region.data?.points ?? []).map((p) => ({ ...p, label: translate('app.indicators.region') })),
    ...(byMunicipality.data?.points ?? []),
  ];
  const periods = [...new Set(points.map((p) => p.period))].sort();
  const rows = [...new Set(points.map((p) => p.label ?? ''))];
  const at = new Map(points.map((p) => [`${p.label ?? ''}|${p.period}`, p]));
  return (
    <Stack spacing={2}>
      <TextField
        size="small"
        sx={{ width: 120 }}
        label={translate('app.indicators.year')}
        value={year}
        onChange={(e) => setYear(e.target.value)}
      />
      {region.isPending && valid && <LinearProgress />}
      {points.every((p) => p.value === null && p.plan === null) ? (
        <Typography color="text.secondary">{translate('app.indicators.factPlan.empty')}</Typography>
      ) : (
        <Box sx={{ overflowX: 'auto' }}>
          <Table size="small" aria-label={translate('app.indicators.factPlan.label')}>
            <TableHead>
              <TableRow>
                <TableCell>{translate('app.indicators.territory')}</TableCell>
                {periods.map((period) => (
                  <TableCell key={period}>{period}</TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((row) => (
                <TableRow key={row}>
                  <TableCell component="th" scope="row">
                    {row}
                  </TableCell>
                  {periods.map((period) => (
                    <FactCell key={period} point={at.get(`${row}|${period}`)} unit={indicator.unit} />
                  ))}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      )}
    </Stack>
  );
}

function FactCell({ point, unit }: { point: Point | undefined; unit: string }) {
  const translate = useTranslate();
  if (!point || (point.value === null && point.plan === null)) return <TableCell>—</TableCell>;
  const verdict = point.verdict ? translate(`app.indicators.factPlan.${point.verdict === 'GOOD' ? 'good' : 'bad'}`) : '';
  return (
    <TableCell
      data-verdict={point.verdict ?? undefined}
      sx={{ color: verdictColour(point.verdict), fontWeight: point.verdict ? 600 : undefined, whiteSpace: 'nowrap' }}
    >
      {point.plan === null
        ? format(point.value, unit)
        : translate('app.indicators.factPlan.cell', { fact: format(point.value), plan: format(point.plan, unit) })}
      {verdict && (
        <Typography variant="caption" component="div">
          {verdict}
        </Typography>
      )}
    </TableCell>
  );
}
