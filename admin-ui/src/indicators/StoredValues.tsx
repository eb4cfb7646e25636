import { LinearProgress, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useTranslate } from 'react-admin';
import type { z } from 'zod';
import type { storedValueSchema } from '../../../shared/schemas/indicators';
import { samaraDateTime } from '../common/samaraTime';
import { httpClient } from '../providers/httpClient';
import type { IndicatorRecord } from './types';

type StoredValue = z.infer<typeof storedValueSchema>;
const SHOWN = 100;

/** The stored values of a custom indicator, each with its provenance: file, SHA-256 and row, or the system; who and when. */
export function StoredValues({ indicator }: { indicator: IndicatorRecord }) {
  const translate = useTranslate();
  const url = `/api/indicators/${indicator.id}/stored-values?range=${encodeURIComponent(JSON.stringify([0, SHOWN - 1]))}`;
  const { data } = useQuery({
    queryKey: ['api', url],
    queryFn: async () => {
      const { json, headers } = await httpClient(url);
      return { values: json as StoredValue[], total: Number(headers.get('Content-Range')?.split('/')[1] ?? 0) };
    },
  });
  if (!data) return <LinearProgress />;
  if (data.values.length === 0) return <Typography color="text.secondary">{translate('app.indicators.stored.empty')}</Typography>;
  return (
    <Stack spacing={1}>
      <Typography variant="body2">{translate('app.indicators.stored.total', { shown: data.values.length, total: data.total })}</Typography>
      <Table size="small" aria-label={translate('app.indicators.stored.label')}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('app.indicators.import.period')}</TableCell>
            <TableCell>{translate('app.indicators.territory')}</TableCell>
            <TableCell>{translate('app.indicators.import.value')}</TableCell>
            <TableCell>{translate('app.indicators.stored.source')}</TableCell>
            <TableCell>{translate('app.indicators.stored.sha')}</TableCell>
            <TableCell>{translate('app.indicators.stored.who')}</TableCell>
            <TableCell>{translate('app.indicators.stored.when')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {data.values.map((v) => (
            <TableRow key={v.id}>
              <TableCell>{v.period}</TableCell>
              <TableCell>{v.territory}</TableCell>
              <TableCell>{v.value.toLocaleString('ru-RU')}</TableCell>
              <TableCell>
                {v.origin === 'FILE'
                  ? translate('app.indicators.stored.file', { name: v.fileName ?? '', row: v.rowNumber ?? '' })
                  : translate('app.indicators.stored.push', { name: v.systemKey ?? '' })}
              </TableCell>
              <TableCell title={v.fileSha256 ?? undefined} sx={{ fontFamily: 'monospace' }}>
                {v.fileSha256 ? `${v.fileSha256.slice(0, 12)}…` : '—'}
              </TableCell>
              <TableCell>{v.loadedBy ?? v.systemKey ?? '—'}</TableCell>
              <TableCell>{samaraDateTime.format(new Date(v.loadedAt))}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Stack>
  );
}
