import { Button, Checkbox, Dialog, DialogActions, DialogContent, DialogTitle, FormControlLabel, TextField } from '@mui/material';
import { useState } from 'react';
import { useListContext, useTranslate } from 'react-admin';
import { SendButton } from '../common/SendButton';
import { textProblems } from '../common/textRules';
import { useSend } from '../common/useSend';
import { httpClient } from '../providers/httpClient';

/** Names the queue's current filters and saves them on the server, for the user alone or for their organisation. */
export function SaveQueryDialog({ open, onClose, onSaved }: { open: boolean; onClose: () => void; onSaved: () => void }) {
  const translate = useTranslate();
  const { filterValues, displayedFilters, sort, perPage } = useListContext();
  const [label, setLabel] = useState('');
  const [shared, setShared] = useState(false);
  const send = useSend(
    (body: { label: string; shared: boolean }) =>
      httpClient('/api/queue/saved-queries', {
        method: 'POST',
        body: JSON.stringify({ ...body, value: { filter: filterValues, displayedFilters, sort, perPage } }),
      }),
    {
      done: (_result, body) => ['app.workday.savedQueries.saved', { label: body.label }],
      fields: ['label', 'shared'],
      check: ({ label: typed }) => textProblems({ label: [typed, 'line'] }),
      onSuccess: () => {
        setLabel('');
        setShared(false);
        onSaved();
        onClose();
      },
    },
  );
  const error = send.fieldErrors.label ?? send.fieldErrors.shared;
  return (
    <Dialog open={open} onClose={() => !send.isPending && onClose()} fullWidth maxWidth="xs">
      <DialogTitle>{translate('app.workday.savedQueries.dialogTitle')}</DialogTitle>
      <DialogContent>
        <TextField
          id="saved-query-label"
          autoFocus
          fullWidth
          margin="dense"
          label={translate('app.workday.savedQueries.label')}
          value={label}
          onChange={(e) => setLabel(e.target.value)}
          error={Boolean(error)}
          helperText={error}
        />
        <FormControlLabel
          control={<Checkbox checked={shared} onChange={(e) => setShared(e.target.checked)} />}
          label={translate('app.workday.savedQueries.share')}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={send.isPending}>
          {translate('ra.action.cancel')}
        </Button>
        <SendButton
          variant="contained"
          pending={send.isPending}
          onClick={() => send.submit({ label, shared })}
          data-testid="save-query-submit"
        >
          {translate('ra.action.save')}
        </SendButton>
      </DialogActions>
    </Dialog>
  );
}
