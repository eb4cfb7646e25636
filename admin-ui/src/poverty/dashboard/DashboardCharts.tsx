import { Grid, Typography } from '@mui/material';
import { useNavigate } from 'react-router-dom';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslate } from 'react-admin';
import { registerLink } from './drillDown';
import type { DashboardRow } from './types';

const CHART_ROWS = 12;
const shortLabel = (label: string) => label.replace(/^городской округ /, 'г. о. ').replace(/^муниципальный район /, 'м. р. ');

/** People below the ПМ and near it, and the share below, per row; a bar opens the households behind it. */
export function DashboardCharts({ rows }: { rows: DashboardRow[] }) {
  const translate = useTranslate();
  const navigate = useNavigate();
  const t = (key: string) => translate(`app.poverty.dashboard.${key}`);
  // The charts show the groups where anyone lives, the most affected first; the table keeps every row.
  const data = rows
    .filter((r) => r.peopleInPassport > 0)
    .sort((a, b) => b.peopleBelow + b.peopleNear - (a.peopleBelow + a.peopleNear))
    .slice(0, CHART_ROWS)
    .map((r) => ({ ...r, short: shortLabel(r.label), share: r.shareBelowBasisPoints / 100 }));
  const open = (verdict: 'BELOW' | 'NEAR') => (entry: unknown) => {
    const row = (entry as { payload?: DashboardRow }).payload;
    if (row) void navigate(registerLink(row, verdict));
  };
  return (
    <Grid container spacing={2}>
      <Grid size={{ xs: 12, lg: 7 }} data-testid="chart-poverty-people">
        <Typography variant="subtitle1">{t('chartPeople')}</Typography>
        <ResponsiveContainer width="100%" height={300}>
          <BarChart data={data}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="short" interval={0} angle={-20} textAnchor="end" height={70} tick={{ fontSize: 11 }} />
            <YAxis allowDecimals={false} />
            <Tooltip />
            <Legend />
            <Bar dataKey="peopleBelow" name={t('peopleBelow')} fill="#d32f2f" cursor="pointer" onClick={open('BELOW')} />
            <Bar dataKey="peopleNear" name={t('peopleNear')} fill="#ed6c02" cursor="pointer" onClick={open('NEAR')} />
          </BarChart>
        </ResponsiveContainer>
      </Grid>
      <Grid size={{ xs: 12, lg: 5 }} data-testid="chart-poverty-share">
        <Typography variant="subtitle1">{t('chartShare')}</Typography>
        <ResponsiveContainer width="100%" height={300}>
          <BarChart data={data} layout="vertical">
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis type="number" unit=" %" />
            <YAxis type="category" dataKey="short" width={150} tick={{ fontSize: 11 }} />
            <Tooltip formatter={(v) => `${String(v).replace('.', ',')} %`} />
            <Bar dataKey="share" name={t('shareBelow')} fill="#1976d2" cursor="pointer" onClick={open('BELOW')} />
          </BarChart>
        </ResponsiveContainer>
      </Grid>
    </Grid>
  );
}
