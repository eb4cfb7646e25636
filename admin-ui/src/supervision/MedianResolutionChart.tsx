import { Typography } from '@mui/material';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslate } from 'react-admin';
import { useApi } from '../common/useApi';

interface MeasureMedian {
  measureId: string;
  measureName: string;
  resolved: number;
  medianDays: number;
}

/** Median days from registration to support given, per measure, over the last 90 days. */
export function MedianResolutionChart() {
  const translate = useTranslate();
  const { data = [] } = useApi<MeasureMedian[]>('/api/analytics/median-resolution?days=90');
  const rows = [...data].sort((a, b) => b.medianDays - a.medianDays).slice(0, 12);
  return (
    <section aria-labelledby="median-resolution-title" data-testid="chart-median-resolution">
      <Typography id="median-resolution-title" variant="h6">
        {translate('app.supervision.medianResolution')}
      </Typography>
      {rows.length === 0 ? (
        <Typography variant="body2">{translate('app.supervision.noResolved')}</Typography>
      ) : (
        <ResponsiveContainer width="100%" height={Math.max(160, rows.length * 28 + 40)}>
          <BarChart data={rows} layout="vertical" margin={{ left: 16 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis type="number" unit={` ${translate('app.supervision.days')}`} />
            <YAxis type="category" dataKey="measureName" width={220} tick={{ fontSize: 12 }} />
            <Tooltip formatter={(value) => [`${value} ${translate('app.supervision.days')}`, translate('app.supervision.median')]} />
            <Bar dataKey="medianDays" fill="#1976d2" />
          </BarChart>
        </ResponsiveContainer>
      )}
    </section>
  );
}
