import { Button, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import { useDataProvider, useNotify, usePermissions, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { isOpen } from '../../../shared/domain';

const COMMENTERS = ['OPERATOR', 'EXECUTOR', 'SUPERVISOR', 'COORDINATOR'];

/** A comment on an open case, recorded in its history for everyone who works it. */
export function CaseComment() {
  const record = useRecordContext<{ id: string; status: string }>();
  const { permissions } = usePermissions<string>();
  const dataProvider = useDataProvider();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  if (!record || !isOpen(record.status) || !COMMENTERS.includes(permissions ?? '')) return null;

  const send = async () => {
    try {
      await dataProvider.caseAction(record.id, 'comment', { text });
      setText('');
      setError(undefined);
      notify('app.comment.saved', { type: 'success' });
      refresh();
    } catch (e) {
      const failure = e as { message: string; body?: { errors?: Record<string, string> } };
      setError(failure.body?.errors?.text ?? failure.message);
    }
  };
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start', width: '100%' }}>
      <TextField
        id="case-comment"
        label={translate('app.comment.label')}
        multiline
        minRows={2}
        fullWidth
        value={text}
        error={Boolean(error)}
        helperText={error}
        onChange={(e) => setText(e.target.value)}
      />
      <Button variant="outlined" onClick={() => void send()} disabled={text.trim() === ''}>
        {translate('app.comment.send')}
      </Button>
    </Stack>
  );
}
