import CloudUploadIcon from '@mui/icons-material/CloudUpload';
import { Alert, Box, LinearProgress, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useDropzone } from 'react-dropzone';
import { useNotify, useTranslate } from 'react-admin';
import { useSend } from '../common/useSend';
import { uploadWithProgress } from '../providers/upload';

export interface DocumentKind {
  code: string;
  name: string;
}

/** Kinds offered for any case besides the measure's required ones. */
const GENERAL_KINDS: DocumentKind[] = [{ code: 'other', name: 'Иной документ' }];

/**
 * Drop a file (or press Enter/Space to pick one) to attach it to the case as the chosen kind of
 * document, or as a new version of an existing document; shows the upload's progress.
 */
export function DocumentDropzone({
  needId,
  kinds,
  replaces,
  onUploaded,
}: {
  needId: string;
  kinds: DocumentKind[];
  replaces?: { id: string; kind: string };
  onUploaded: () => void;
}) {
  const translate = useTranslate();
  const notify = useNotify();
  const choices = [...kinds, ...GENERAL_KINDS.filter((g) => !kinds.some((k) => k.code === g.code))];
  const [kind, setKind] = useState(replaces?.kind ?? choices[0]?.code ?? 'other');
  const [progress, setProgress] = useState(0);
  const upload = useSend(
    async (file: File) => {
      const form = new FormData();
      form.append('kind', kind);
      if (replaces) form.append('replaces', replaces.id);
      form.append('file', file);
      setProgress(0);
      await uploadWithProgress(`/api/needs/${needId}/documents`, form, setProgress);
      return file.name;
    },
    {
      fields: ['file', 'kind', 'replaces'],
      onSuccess: (name) => {
        notify('app.documents.uploaded', { type: 'success', messageArgs: { name } });
        onUploaded();
      },
    },
  );
  const error = Object.values(upload.fieldErrors)[0];
  const { getRootProps, getInputProps, isDragActive } = useDropzone({
    multiple: false,
    disabled: upload.isPending,
    onDropAccepted: ([file]) => upload.submit(file),
  });

  return (
    <Stack spacing={1} data-testid="document-dropzone">
      {!replaces && (
        <TextField select size="small" label={translate('app.documents.kind')} value={kind} onChange={(e) => setKind(e.target.value)}>
          {choices.map((k) => (
            <MenuItem key={k.code} value={k.code}>
              {k.name}
            </MenuItem>
          ))}
        </TextField>
      )}
      <Box
        {...getRootProps({ role: 'button', 'aria-label': translate(replaces ? 'app.documents.dropVersion' : 'app.documents.drop') })}
        sx={{
          p: 2,
          border: 2,
          borderStyle: 'dashed',
          borderRadius: 1,
          borderColor: isDragActive ? 'primary.main' : 'divider',
          textAlign: 'center',
          cursor: 'pointer',
          '&:focus-visible': { outline: 2, outlineColor: 'primary.main' },
        }}
      >
        <input {...getInputProps()} data-testid="document-file-input" />
        <CloudUploadIcon color="action" />
        <Typography variant="body2">{translate(replaces ? 'app.documents.dropVersion' : 'app.documents.drop')}</Typography>
        <Typography variant="caption">{translate('app.documents.accepted')}</Typography>
      </Box>
      {upload.isPending && (
        <LinearProgress variant="determinate" value={Math.round(progress * 100)} aria-label={translate('app.documents.progress')} />
      )}
      {error && <Alert severity="error">{error}</Alert>}
    </Stack>
  );
}
