import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import KeyIcon from '@mui/icons-material/Key';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Confirm, Title, useNotify, useTranslate } from 'react-admin';
import type { z } from 'zod';
import type { systemKeyCreatedSchema, systemKeySchema } from '../../../shared/schemas/indicators';
import { samaraDateTime } from '../common/samaraTime';
import { SendButton } from '../common/SendButton';
import { textProblems } from '../common/textRules';
import { useApi } from '../common/useApi';
import { useSend } from '../common/useSend';
import { httpClient } from '../providers/httpClient';

type SystemKey = z.infer<typeof systemKeySchema>;
type CreatedKey = z.infer<typeof systemKeyCreatedSchema>;
const URL = '/api/system-keys';

/** The key just created, shown this once with a copy button: the server keeps only its hash. */
function CreatedKeyDialog({ created, onClose }: { created: CreatedKey; onClose: () => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const copy = () =>
    navigator.clipboard
      .writeText(created.key)
      .then(() => notify('app.systemKeys.copied', { type: 'success' }))
      .catch(() => notify('app.systemKeys.copyFailed', { type: 'warning' }));
  return (
    <Dialog open onClose={onClose} aria-labelledby="created-key-title" maxWidth="md">
      <DialogTitle id="created-key-title">
        {translate('app.systemKeys.created')}: {created.name}
      </DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <Alert severity="warning">{translate('app.systemKeys.once')}</Alert>
          <TextField
            label={translate('app.systemKeys.key')}
            value={created.key}
            fullWidth
            slotProps={{ htmlInput: { readOnly: true, style: { fontFamily: 'monospace' } } }}
            onFocus={(e) => e.target.select()}
          />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button startIcon={<ContentCopyIcon />} onClick={() => void copy()}>
          {translate('app.systemKeys.copy')}
        </Button>
        <Button variant="contained" onClick={onClose}>
          {translate('app.systemKeys.close')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

function CreateKeyForm({ onCreated }: { onCreated: (key: CreatedKey) => void }) {
  const translate = useTranslate();
  const [name, setName] = useState('');
  const create = useSend(
    async (text: string) => (await httpClient(URL, { method: 'POST', body: JSON.stringify({ name: text }) })).json as CreatedKey,
    {
      fields: ['name'],
      check: (text) => textProblems({ name: [text, 'line'] }),
      onSuccess: (key) => {
        setName('');
        onCreated(key);
      },
    },
  );
  return (
    <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
      <TextField
        size="small"
        sx={{ width: 360 }}
        label={translate('app.systemKeys.name')}
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={!!create.fieldErrors.name}
        helperText={create.fieldErrors.name}
      />
      <SendButton
        variant="contained"
        sx={{ whiteSpace: 'nowrap', flexShrink: 0 }}
        startIcon={<KeyIcon />}
        pending={create.isPending}
        disabled={name.trim() === ''}
        onClick={() => create.submit(name)}
      >
        {translate('app.systemKeys.create')}
      </SendButton>
    </Stack>
  );
}

function RevokeButton({ systemKey, onRevoked }: { systemKey: SystemKey; onRevoked: () => void }) {
  const translate = useTranslate();
  const [asking, setAsking] = useState(false);
  const revoke = useSend(async () => (await httpClient(`${URL}/${systemKey.id}`, { method: 'DELETE' })).json, {
    done: 'app.systemKeys.revokedDone',
    onSuccess: onRevoked,
  });
  return (
    <>
      <SendButton color="error" size="small" pending={revoke.isPending} onClick={() => setAsking(true)}>
        {translate('app.systemKeys.revoke')}
      </SendButton>
      <Confirm
        isOpen={asking}
        title="app.systemKeys.revokeTitle"
        titleTranslateOptions={{ name: systemKey.name }}
        content="app.systemKeys.revokeContent"
        onConfirm={() => {
          setAsking(false);
          revoke.submit(undefined);
        }}
        onClose={() => setAsking(false)}
      />
    </>
  );
}

/** Admins' page of the keys external systems push indicator values with: list, create (shown once), revoke. */
export function SystemKeysPage() {
  const translate = useTranslate();
  const queryClient = useQueryClient();
  const { data: keys = [] } = useApi<SystemKey[]>(URL);
  const [created, setCreated] = useState<CreatedKey | null>(null);
  const reload = () => void queryClient.invalidateQueries({ queryKey: ['api', URL] });
  return (
    <Box sx={{ p: 2, maxWidth: 1100 }}>
      <Title title="app.systemKeys.title" />
      <Card>
        <CardContent>
          <Stack spacing={2}>
            <CreateKeyForm
              onCreated={(key) => {
                setCreated(key);
                reload();
              }}
            />
            {keys.length === 0 ? (
              <Typography color="text.secondary">{translate('app.systemKeys.empty')}</Typography>
            ) : (
              <Table size="small" aria-label={translate('app.systemKeys.label')}>
                <TableHead>
                  <TableRow>
                    <TableCell>{translate('app.systemKeys.name')}</TableCell>
                    <TableCell>{translate('app.systemKeys.prefix')}</TableCell>
                    <TableCell>{translate('app.systemKeys.createdAt')}</TableCell>
                    <TableCell>{translate('app.systemKeys.state')}</TableCell>
                    <TableCell />
                  </TableRow>
                </TableHead>
                <TableBody>
                  {keys.map((k) => (
                    <TableRow key={k.id}>
                      <TableCell>{k.name}</TableCell>
                      <TableCell sx={{ fontFamily: 'monospace' }}>spk_{k.prefix}_…</TableCell>
                      <TableCell>{samaraDateTime.format(new Date(k.createdAt))}</TableCell>
                      <TableCell>
                        {k.revokedAt
                          ? translate('app.systemKeys.revoked', { date: samaraDateTime.format(new Date(k.revokedAt)) })
                          : translate('app.systemKeys.active')}
                      </TableCell>
                      <TableCell align="right">{!k.revokedAt && <RevokeButton systemKey={k} onRevoked={reload} />}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            )}
          </Stack>
        </CardContent>
      </Card>
      {created && <CreatedKeyDialog created={created} onClose={() => setCreated(null)} />}
    </Box>
  );
}
