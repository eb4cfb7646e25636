import DeleteIcon from '@mui/icons-material/Delete';
import DownloadIcon from '@mui/icons-material/Download';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { IconButton, Stack, Table, TableBody, TableCell, TableHead, TableRow, Tooltip, Typography } from '@mui/material';
import { useState } from 'react';
import { Confirm, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { useSend } from '../common/useSend';
import { downloadFile } from '../providers/download';
import { httpClient } from '../providers/httpClient';
import { DocumentDropzone } from './DocumentDropzone';
import type { DocumentKind } from './DocumentDropzone';
import { RequiredDocuments } from './RequiredDocuments';
import { samaraDateTime } from '../common/samaraTime';

export interface CaseDocument {
  id: string;
  kind: string;
  fileName: string;
  mimeType: string;
  size: number;
  sha256: string;
  uploadedAt: string;
  version?: number;
  seriesId?: string;
  deletedAt?: string | null;
}

interface CaseRecord {
  id: string;
  requiredDocuments: DocumentKind[];
  documents: CaseDocument[];
  allowedActions?: string[];
}

const kilobytes = (size: number) => `${Math.max(1, Math.round(size / 1024))} КБ`;

/** The case's documents: the checklist, every version with download, upload by drag and drop, soft delete. */
export function CaseDocuments() {
  const record = useRecordContext<CaseRecord>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [newVersionOf, setNewVersionOf] = useState<CaseDocument>();
  const [deleting, setDeleting] = useState<CaseDocument>();
  const removal = useSend((doc: CaseDocument) => httpClient(`/api/needs/${record?.id}/documents/${doc.id}`, { method: 'DELETE' }), {
    onSuccess: () => {
      setDeleting(undefined);
      notify('app.documents.deleted', { type: 'info' });
      refresh();
    },
  });
  if (!record) return null;
  // Attaching and removing documents follow one rule of the API.
  const canChange = record.allowedActions?.includes('attachDocument') ?? false;
  const kindName = (code: string) => record.requiredDocuments.find((k) => k.code === code)?.name ?? code;
  const live = record.documents.filter((d) => !d.deletedAt);

  const download = (doc: CaseDocument) =>
    downloadFile(`/api/needs/${record.id}/documents/${doc.id}/content`, doc.fileName).catch((e: Error) =>
      notify(e.message, { type: 'error' }),
    );

  return (
    <Stack spacing={2} sx={{ width: '100%' }}>
      <RequiredDocuments required={record.requiredDocuments} attachedKinds={live.map((d) => d.kind)} />
      {record.documents.length === 0 ? (
        <Typography variant="body2">{translate('app.documents.none')}</Typography>
      ) : (
        <Table size="small" aria-label={translate('resources.needs.fields.documents')}>
          <TableHead>
            <TableRow>
              <TableCell>{translate('app.documents.kind')}</TableCell>
              <TableCell>{translate('app.documents.fileName')}</TableCell>
              <TableCell>{translate('app.documents.version')}</TableCell>
              <TableCell>{translate('app.documents.uploadedAt')}</TableCell>
              <TableCell>{translate('app.documents.size')}</TableCell>
              <TableCell>SHA-256</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {record.documents.map((doc) => (
              <TableRow key={doc.id} sx={doc.deletedAt ? { opacity: 0.5, textDecoration: 'line-through' } : undefined}>
                <TableCell>{kindName(doc.kind)}</TableCell>
                <TableCell>{doc.fileName}</TableCell>
                <TableCell>{doc.version ?? 1}</TableCell>
                <TableCell>{samaraDateTime.format(new Date(doc.uploadedAt))}</TableCell>
                <TableCell>{kilobytes(doc.size)}</TableCell>
                <TableCell>
                  <Tooltip title={doc.sha256}>
                    <span>{doc.sha256.slice(0, 12)}…</span>
                  </Tooltip>
                </TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  <IconButton aria-label={`${translate('app.documents.download')}: ${doc.fileName}`} onClick={() => void download(doc)}>
                    <DownloadIcon />
                  </IconButton>
                  {canChange && !doc.deletedAt && (
                    <>
                      <IconButton
                        aria-label={`${translate('app.documents.newVersion')}: ${doc.fileName}`}
                        onClick={() => setNewVersionOf(doc)}
                      >
                        <UploadFileIcon />
                      </IconButton>
                      <IconButton aria-label={`${translate('app.documents.delete')}: ${doc.fileName}`} onClick={() => setDeleting(doc)}>
                        <DeleteIcon />
                      </IconButton>
                    </>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {canChange && newVersionOf && (
        <Stack spacing={1}>
          <Typography variant="subtitle2">{translate('app.documents.newVersionOf', { name: newVersionOf.fileName })}</Typography>
          <DocumentDropzone
            needId={record.id}
            kinds={record.requiredDocuments}
            replaces={newVersionOf}
            onUploaded={() => {
              setNewVersionOf(undefined);
              refresh();
            }}
          />
        </Stack>
      )}
      {canChange && !newVersionOf && <DocumentDropzone needId={record.id} kinds={record.requiredDocuments} onUploaded={refresh} />}
      <Confirm
        isOpen={Boolean(deleting)}
        title="app.documents.delete"
        content={translate('app.documents.confirmDelete', { name: deleting?.fileName ?? '' })}
        loading={removal.isPending}
        onConfirm={() => deleting && removal.submit(deleting)}
        onClose={() => !removal.isPending && setDeleting(undefined)}
      />
    </Stack>
  );
}
