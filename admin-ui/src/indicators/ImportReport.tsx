import { Alert, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { z } from 'zod';
import type { importReportSchema } from '../../../shared/schemas/indicators';

export type ImportReportData = z.infer<typeof importReportSchema>;

/** What the API found in the file: each problem by row and column, and the first valid values as they will be stored. */
export function ImportReport({ report }: { report: ImportReportData }) {
  const translate = useTranslate();
  return (
    <Stack spacing={2} component="section" aria-label={translate('app.indicators.import.report')}>
      <Typography>
        {translate('app.indicators.import.summary', { rows: report.rows, valid: report.valid, problems: report.problems.length })}
      </Typography>
      {report.alreadyImported && <Alert severity="warning">{translate('app.indicators.import.repeated')}</Alert>}
      {report.problems.length === 0 ? (
        <Alert severity="success">{translate('app.indicators.import.noErrors')}</Alert>
      ) : (
        <Table size="small" aria-label={translate('app.indicators.import.report')}>
          <TableHead>
            <TableRow>
              <TableCell>{translate('app.indicators.import.row')}</TableCell>
              <TableCell>{translate('app.indicators.import.column')}</TableCell>
              <TableCell>{translate('app.indicators.import.problem')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {report.problems.map((p) => (
              <TableRow key={`${p.rowNumber}-${p.column}-${p.message}`}>
                <TableCell>{p.rowNumber}</TableCell>
                <TableCell>{p.column}</TableCell>
                <TableCell>{p.message}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {report.preview.length > 0 && (
        <Table size="small" aria-label={translate('app.indicators.import.preview')}>
          <TableHead>
            <TableRow>
              <TableCell>{translate('app.indicators.import.row')}</TableCell>
              <TableCell>{translate('app.indicators.import.indicator')}</TableCell>
              <TableCell>{translate('app.indicators.territory')}</TableCell>
              <TableCell>{translate('app.indicators.import.period')}</TableCell>
              <TableCell>{translate('app.indicators.import.value')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {report.preview.map((v) => (
              <TableRow key={v.rowNumber}>
                <TableCell>{v.rowNumber}</TableCell>
                <TableCell>{v.indicator}</TableCell>
                <TableCell>{v.territory}</TableCell>
                <TableCell>{v.period}</TableCell>
                <TableCell>{v.value.toLocaleString('ru-RU')}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Stack>
  );
}
