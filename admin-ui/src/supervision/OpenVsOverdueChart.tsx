import { Typography } from '@mui/material';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslate } from 'react-admin';
import { useApi } from '../common/useApi';

interface WeekPoint {
  weekStart: string;
  open: number;
  overdue: number;
}

const weekLabel = (day: string) => day.slice(5).split('-').reverse().join('.');

/** Open and overdue cases at the end of each of the last twelve weeks. */
export function OpenVsOverdueChart() {
  const translate = useTranslate();
  const { data = [] } = useApi<WeekPoint[]>('/api/analytics/open-vs-overdue?weeks=12');
  return (
    <section aria-labelledby="open-vs-overdue-title" data-testid="chart-open-vs-overdue">
      <Typography id="open-vs-overdue-title" variant="h6">
        {translate('app.supervision.openVsOverdue')}
      </Typography>
      <ResponsiveContainer width="100%" height={260}>
        <LineChart data={data.map((p) => ({ ...p, week: weekLabel(p.weekStart) }))}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="week" />
          <YAxis allowDecimals={false} />
          <Tooltip />
          <Legend />
          <Line type="monotone" dataKey="open" name={translate('app.supervision.open')} stroke="#1976d2" />
          <Line type="monotone" dataKey="overdue" name={translate('app.supervision.overdue')} stroke="#d32f2f" />
        </LineChart>
      </ResponsiveContainer>
    </section>
  );
}
