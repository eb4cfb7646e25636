import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Alert, Box, Button, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { SendButton } from '../common/SendButton';
import { useSend } from '../common/useSend';
import { uploadWithProgress } from '../providers/upload';
import type { Mapping } from './fileHeaders';
import { fileHeaders, guessMapping } from './fileHeaders';
import type { ImportReportData } from './ImportReport';
import { ImportReport } from './ImportReport';
import type { IndicatorImportData } from './ImportProgress';
import { ImportProgress } from './ImportProgress';
import type { IndicatorRecord } from './types';

const COLUMNS = ['indicator', 'territory', 'period', 'value'] as const;
const FIELDS = ['file', ...COLUMNS.map((c) => `mapping.${c}`)];

/** Upload a CSV/XLSX of this indicator's values: map the columns, check (nothing written), then load. */
export function ValuesImport({ indicator }: { indicator: IndicatorRecord }) {
  const translate = useTranslate();
  const [file, setFile] = useState<File | null>(null);
  const [headers, setHeaders] = useState<string[]>([]);
  const [unreadable, setUnreadable] = useState(false);
  const [mapping, setMapping] = useState<Mapping>(guessMapping([]));
  const [report, setReport] = useState<ImportReportData | null>(null);
  const [started, setStarted] = useState<IndicatorImportData | null>(null);
  const send = useSend(
    async (commit: boolean) => {
      const form = new FormData();
      form.append('file', file as File);
      const chosen = Object.fromEntries(Object.entries(mapping).filter(([, title]) => title !== ''));
      form.append('mapping', JSON.stringify(chosen));
      form.append('indicatorCode', indicator.code);
      form.append('commit', String(commit));
      const answer = await uploadWithProgress('/api/indicator-imports', form, () => undefined);
      return commit ? { started: answer as IndicatorImportData } : { report: answer as ImportReportData };
    },
    {
      fields: FIELDS,
      onSuccess: (answer) => {
        setReport(answer.report ?? null);
        setStarted(answer.started ?? null);
      },
    },
  );
  const choose = async (chosen: File | null) => {
    setFile(chosen);
    setReport(null);
    setStarted(null);
    send.reset();
    if (!chosen) return;
    const found = await fileHeaders(chosen).catch(() => null);
    setUnreadable(found === null);
    setHeaders(found ?? []);
    setMapping(guessMapping(found ?? []));
  };
  const checked = report && report.problems.length === 0 && report.valid > 0;
  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <Button component="label" variant="outlined" startIcon={<UploadFileIcon />}>
          {translate('app.indicators.import.choose')}
          <input
            hidden
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-label={translate('app.indicators.import.fileLabel')}
            onChange={(e) => {
              void choose(e.target.files?.[0] ?? null);
              e.target.value = '';
            }}
          />
        </Button>
        <Typography>{file?.name ?? translate('app.indicators.import.noFile')}</Typography>
      </Stack>
      {send.fieldErrors.file && <Alert severity="error">{send.fieldErrors.file}</Alert>}
      {unreadable && <Alert severity="warning">{translate('app.indicators.import.unreadable')}</Alert>}
      {file && headers.length > 0 && (
        <Stack spacing={1}>
          <Typography variant="subtitle2">{translate('app.indicators.import.mapping')}</Typography>
          <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2 }}>
            {COLUMNS.map((column) => (
              <TextField
                key={column}
                select
                size="small"
                sx={{ width: 240 }}
                label={translate(`app.indicators.import.columns.${column}`)}
                value={mapping[column]}
                onChange={(e) => {
                  setMapping((m) => ({ ...m, [column]: e.target.value }));
                  setReport(null);
                }}
                error={!!send.fieldErrors[`mapping.${column}`]}
                helperText={send.fieldErrors[`mapping.${column}`]}
              >
                {column === 'indicator' && <MenuItem value="">{translate('app.indicators.import.thisIndicator')}</MenuItem>}
                {headers
                  .filter((h) => h !== '')
                  .map((h) => (
                    <MenuItem key={h} value={h}>
                      {h}
                    </MenuItem>
                  ))}
              </TextField>
            ))}
          </Box>
        </Stack>
      )}
      <Stack direction="row" spacing={1}>
        <SendButton variant="outlined" pending={send.isPending} disabled={!file} onClick={() => send.submit(false)}>
          {translate('app.indicators.import.check')}
        </SendButton>
        <SendButton variant="contained" pending={send.isPending} disabled={!checked} onClick={() => send.submit(true)}>
          {translate('app.indicators.import.commit')}
        </SendButton>
      </Stack>
      {report && <ImportReport report={report} />}
      {started && <ImportProgress key={started.id} started={started} />}
    </Stack>
  );
}
