import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useRecordContext, useTranslate } from 'react-admin';
import { formatBasisPoints, formatRoubles } from '../../../../shared/poverty/money';
import { AssessmentView } from '../AssessmentView';
import { dayText } from '../dates';
import { VerdictChip } from '../VerdictChip';
import { useAssessments } from './useAssessments';

/** The family's current assessment with its arithmetic, and how income and threshold have moved over the assessments. */
export function PassportPoverty() {
  const household = useRecordContext<{ id: string }>();
  const translate = useTranslate();
  const t = (key: string) => translate(`app.poverty.passport.${key}`);
  const r = (key: string) => translate(`app.poverty.result.${key}`);
  const { history, current, isPending } = useAssessments(household?.id);
  if (isPending) return null;
  if (!current) return <Typography color="text.secondary">{t('none')}</Typography>;
  const points = history.map((a) => ({
    day: dayText(a.assessedOn),
    perCapita: a.perCapitaIncomeKopecks / 100,
    threshold: a.thresholdKopecks / 100,
  }));
  return (
    <section data-testid="passport-poverty">
      <Typography variant="h6">
        {t('current')}: {dayText(current.assessedOn)}
      </Typography>
      <AssessmentView assessment={current} />
      <Typography variant="h6" sx={{ mt: 3 }}>
        {t('history')}
      </Typography>
      {history.length > 1 && (
        <ResponsiveContainer width="100%" height={220}>
          <LineChart data={points}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="day" />
            <YAxis />
            <Tooltip formatter={(v) => formatRoubles(Math.round(Number(v) * 100))} />
            <Legend />
            <Line type="stepAfter" dataKey="perCapita" name={r('perCapita')} stroke="#1976d2" />
            <Line type="stepAfter" dataKey="threshold" name={r('threshold')} stroke="#d32f2f" strokeDasharray="5 3" />
          </LineChart>
        </ResponsiveContainer>
      )}
      <Table size="small" data-testid="assessment-history">
        <TableHead>
          <TableRow>
            <TableCell>{t('assessedOn')}</TableCell>
            <TableCell>{translate('app.poverty.register.verdict')}</TableCell>
            <TableCell align="right">{r('perCapita')}</TableCell>
            <TableCell align="right">{r('threshold')}</TableCell>
            <TableCell align="right">{r('depth')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {[...history].reverse().map((a) => (
            <TableRow key={a.id} selected={a.current}>
              <TableCell>{dayText(a.assessedOn)}</TableCell>
              <TableCell>
                <VerdictChip verdict={a.verdict} />
              </TableCell>
              <TableCell align="right">{formatRoubles(a.perCapitaIncomeKopecks)}</TableCell>
              <TableCell align="right">{formatRoubles(a.thresholdKopecks)}</TableCell>
              <TableCell align="right">{a.verdict === 'BELOW' ? formatBasisPoints(a.depthBasisPoints) : '—'}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}
