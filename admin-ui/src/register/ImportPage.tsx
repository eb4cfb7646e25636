import DownloadIcon from '@mui/icons-material/Download';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  LinearProgress,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { Title, useTranslate } from 'react-admin';
import { ProgressBar } from '../common/ProgressBar';
import { SendButton } from '../common/SendButton';
import { useApi } from '../common/useApi';
import { useSend } from '../common/useSend';
import { downloadFile } from '../providers/download';
import { httpClient } from '../providers/httpClient';
import { uploadWithProgress } from '../providers/upload';
import type { ImportBatch, ImportDryRun, ImportRow } from './types';

const REPORT_ROWS = 200;

function TemplateLinks() {
  const translate = useTranslate();
  const download = useSend((format: 'csv' | 'xlsx') => downloadFile(`/api/imports/template.${format}`, `shablon-importa.${format}`));
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
      <Typography variant="body2">{translate('app.register.import.template')}</Typography>
      {(['xlsx', 'csv'] as const).map((format) => (
        <SendButton
          key={format}
          size="small"
          startIcon={<DownloadIcon />}
          pending={download.isPending}
          onClick={() => download.submit(format)}
        >
          {format.toUpperCase()}
        </SendButton>
      ))}
    </Stack>
  );
}

/** The validation report: one line per problem, with the row and the column as the file names them. */
function ValidationReport({ batch }: { batch: ImportBatch }) {
  const translate = useTranslate();
  const filter = encodeURIComponent(JSON.stringify({ errors: 'true' }));
  const { data: rows = [] } = useApi<ImportRow[]>(`/api/imports/${batch.id}/rows?filter=${filter}&range=[0,${REPORT_ROWS - 1}]`, {
    enabled: batch.errorRows > 0,
  });
  if (batch.errorRows === 0) return <Alert severity="success">{translate('app.register.import.noErrors')}</Alert>;
  return (
    <Box>
      <Typography variant="subtitle1">
        {translate('app.register.import.report', { count: batch.errorRows, shown: Math.min(batch.errorRows, REPORT_ROWS) })}
      </Typography>
      <Table size="small" aria-label={translate('app.register.import.reportLabel')}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('app.register.import.row')}</TableCell>
            <TableCell>{translate('app.register.import.column')}</TableCell>
            <TableCell>{translate('app.register.import.problem')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.flatMap((row) =>
            row.errors.map((error) => (
              <TableRow key={`${row.rowNumber}-${error.field}`}>
                <TableCell>{row.rowNumber}</TableCell>
                <TableCell>{error.column}</TableCell>
                <TableCell>{error.message}</TableCell>
              </TableRow>
            )),
          )}
        </TableBody>
      </Table>
    </Box>
  );
}

function DryRun({ batchId }: { batchId: string }) {
  const translate = useTranslate();
  const { data } = useApi<ImportDryRun>(`/api/imports/${batchId}/dry-run`);
  if (!data) return null;
  return <Alert severity="info">{translate('app.register.import.dryRun', { ...data })}</Alert>;
}

/** A batch: its counts, the dry run, the report, and the import's progress with pause and resume. */
function BatchPanel({ id }: { id: string }) {
  const translate = useTranslate();
  const url = `/api/imports/${id}`;
  // Progress comes from the batch row, which each chunk's transaction updates.
  const { data: batch, refetch } = useApi<ImportBatch>(url, { refetchWhile: (b) => b.status === 'RUNNING' });
  const [dryRun, setDryRun] = useState(false);
  const command = useSend(async (name: 'start' | 'pause' | 'resume') => (await httpClient(`${url}/${name}`, { method: 'POST' })).json, {
    onSuccess: () => void refetch(),
  });
  if (!batch) return <LinearProgress />;
  return (
    <Card>
      <CardContent>
        <Stack spacing={2}>
          <Typography variant="h6">{batch.fileName}</Typography>
          {batch.repeated && <Alert severity="warning">{translate('app.register.import.repeated')}</Alert>}
          <Typography>{translate('app.register.import.counts', { ...batch })}</Typography>
          <Typography aria-label={translate('app.register.import.statusLabel')}>
            {translate(`app.register.import.status.${batch.status}`)}
          </Typography>
          {batch.status !== 'VALIDATED' && (
            <ProgressBar
              percent={batch.percent}
              label={translate('app.register.import.progress')}
              text={translate('app.register.import.progressText', { ...batch })}
            />
          )}
          <Stack direction="row" spacing={1}>
            {batch.status === 'VALIDATED' && (
              <>
                <Button variant="outlined" onClick={() => setDryRun(true)}>
                  {translate('app.register.import.dryRunButton')}
                </Button>
                <SendButton
                  variant="contained"
                  pending={command.isPending}
                  disabled={batch.validRows === 0}
                  onClick={() => command.submit('start')}
                >
                  {translate('app.register.import.start', { count: batch.validRows })}
                </SendButton>
              </>
            )}
            {batch.status === 'RUNNING' && (
              <SendButton variant="outlined" pending={command.isPending} onClick={() => command.submit('pause')}>
                {translate('app.register.import.pause')}
              </SendButton>
            )}
            {batch.status === 'PAUSED' && (
              <SendButton variant="contained" pending={command.isPending} onClick={() => command.submit('resume')}>
                {translate('app.register.import.resume')}
              </SendButton>
            )}
          </Stack>
          {dryRun && batch.status === 'VALIDATED' && <DryRun batchId={batch.id} />}
          <ValidationReport batch={batch} />
        </Stack>
      </CardContent>
    </Card>
  );
}

/** Bulk import of households from CSV or XLSX in the template: upload, check, dry run, import. */
export function ImportPage() {
  const translate = useTranslate();
  const [file, setFile] = useState<File | null>(null);
  const [sent, setSent] = useState(0);
  const [batchId, setBatchId] = useState<string | null>(null);
  const upload = useSend(
    async (chosen: File) => {
      const form = new FormData();
      form.append('file', chosen);
      return (await uploadWithProgress('/api/imports', form, setSent)) as ImportBatch;
    },
    { onSuccess: (batch) => setBatchId(batch.id) },
  );
  return (
    <Box sx={{ p: 2, maxWidth: 1200 }}>
      <Title title="app.register.import.title" />
      <Stack spacing={2}>
        <TemplateLinks />
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
          <Button component="label" variant="outlined" startIcon={<UploadFileIcon />}>
            {translate('app.register.import.choose')}
            <input
              hidden
              type="file"
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              aria-label={translate('app.register.import.fileLabel')}
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            />
          </Button>
          <Typography>{file?.name ?? translate('app.register.import.noFile')}</Typography>
          <SendButton variant="contained" pending={upload.isPending} disabled={!file} onClick={() => file && upload.submit(file)}>
            {translate('app.register.import.upload')}
          </SendButton>
          {upload.isPending && <LinearProgress sx={{ width: 160 }} variant="determinate" value={sent * 100} />}
        </Stack>
        {batchId && <BatchPanel key={batchId} id={batchId} />}
      </Stack>
    </Box>
  );
}
