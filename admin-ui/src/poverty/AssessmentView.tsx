import { Alert, Box, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { formatBasisPoints, formatRoubles } from '../../../shared/poverty/money';
import type { Assessment } from '../../../shared/schemas/poverty';
import { dayText, monthText } from './dates';
import { VerdictChip } from './VerdictChip';

const sourceText = (s: Assessment['members'][number]['subsistenceSource']) =>
  [s.actTitle, s.actNumber && `№ ${s.actNumber}`, s.actDate && `от ${dayText(s.actDate)}`].filter(Boolean).join(' ');

const CLAMPED = { display: '-webkit-box', WebkitLineClamp: 2, WebkitBoxOrient: 'vertical', overflow: 'hidden', maxWidth: 280 } as const;

/**
 * An assessment with every input named: each member's group and ПМ with its act, their incomes by
 * month, then the API's own lines of the arithmetic, so a person can check it by hand.
 */
export function AssessmentView({ assessment }: { assessment: Assessment }) {
  const translate = useTranslate();
  const t = (key: string, options?: object) => translate(`app.poverty.result.${key}`, options);
  return (
    <Box data-testid="assessment">
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap', mb: 2 }}>
        <VerdictChip verdict={assessment.verdict} size="medium" />
        <Typography data-testid="per-capita">
          {t('perCapita')}: <b>{formatRoubles(assessment.perCapitaIncomeKopecks)}</b>
        </Typography>
        <Typography data-testid="threshold">
          {t('threshold')}: <b>{formatRoubles(assessment.thresholdKopecks)}</b>
        </Typography>
        {assessment.verdict === 'BELOW' && (
          <Typography data-testid="depth">
            {t('depth')}: <b>{formatRoubles(assessment.depthKopecks)}</b> ({formatBasisPoints(assessment.depthBasisPoints)}); {t('deficit')}
            : <b>{formatRoubles(assessment.deficitKopecks)}</b>
          </Typography>
        )}
      </Stack>
      {assessment.monthsWithoutIncome.length > 0 && (
        <Alert severity="warning" sx={{ mb: 2 }}>
          {t('monthsWithoutIncome', { months: assessment.monthsWithoutIncome.map(monthText).join(', ') })}
        </Alert>
      )}
      <Box sx={{ overflowX: 'auto' }}>
        <Table
          size="small"
          sx={{ '& td, & th': { verticalAlign: 'top' }, '& .money': { whiteSpace: 'nowrap' } }}
          aria-label={translate('app.poverty.calculator.members')}
        >
          <TableHead>
            <TableRow>
              <TableCell>{t('member')}</TableCell>
              <TableCell>{t('age')}</TableCell>
              <TableCell>{t('group')}</TableCell>
              <TableCell align="right">{t('pm')}</TableCell>
              <TableCell>{t('source')}</TableCell>
              {assessment.months.map((m) => (
                <TableCell key={m} align="right">
                  {monthText(m)}
                </TableCell>
              ))}
              <TableCell align="right">{t('incomeTotal')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {assessment.members.map((m) => (
              <TableRow key={m.key} data-testid="assessment-member">
                <TableCell>{m.name || '—'}</TableCell>
                <TableCell>{m.ageYears}</TableCell>
                <TableCell title={m.groupReason}>
                  {translate(`app.poverty.group.${m.group}`)}
                  <Typography variant="caption" component="div" color="text.secondary">
                    {m.groupReason}
                  </Typography>
                </TableCell>
                <TableCell align="right" className="money">
                  {formatRoubles(m.subsistenceKopecks)}
                </TableCell>
                <TableCell>
                  {/* A regional act's title runs long: two lines here, the whole of it on hover and in the PDF. */}
                  <Typography variant="caption" component="div" title={sourceText(m.subsistenceSource)} sx={CLAMPED}>
                    {sourceText(m.subsistenceSource)}
                  </Typography>
                  {!m.subsistenceSource.confirmed && (
                    <Typography variant="caption" component="div" color="warning.main">
                      {t('unconfirmed')}
                    </Typography>
                  )}
                </TableCell>
                {assessment.months.map((period) => {
                  const month = m.incomeByMonth.find((x) => x.period === period);
                  return (
                    <TableCell key={period} align="right" className="money">
                      {month ? formatRoubles(month.kopecks) : t('noIncome')}
                    </TableCell>
                  );
                })}
                <TableCell align="right" className="money">
                  {formatRoubles(m.incomeTotalKopecks)}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Box>
      <Typography variant="subtitle1" sx={{ mt: 2 }}>
        {t('lines')}
      </Typography>
      <Table size="small" data-testid="assessment-lines">
        <TableBody>
          {assessment.lines.map((line) => (
            <TableRow key={line.key} data-line={line.key}>
              <TableCell>{line.label}</TableCell>
              <TableCell align="right">{line.value}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
}
