import { Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack } from '@mui/material';
import { useState } from 'react';
import { useDataProvider, useGetIdentity, useNotify, usePermissions, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import type { CaseActionName } from './caseActions';
import { ACTION_FIELDS, actionsFor } from './caseActions';
import { ActionField } from './ActionField';

/** The actions allowed in the case's current state only; each sends one case action to the API. */
export function ActionBar() {
  const record = useRecordContext<{ id: string; status: string; assigneeId: string | null; organisation: { id: string } }>();
  const { permissions, isPending } = usePermissions<string>();
  const { identity } = useGetIdentity();
  const dataProvider = useDataProvider();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState<CaseActionName | null>(null);
  const [values, setValues] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  if (!record || isPending) return null;

  const send = async (action: CaseActionName, body: Record<string, string>) => {
    try {
      await dataProvider.caseAction(record.id, action, body);
      notify('app.action.done', { type: 'success' });
      setOpen(null);
      setValues({});
      setErrors({});
      refresh();
    } catch (error) {
      const { message, body: details } = error as { message: string; body?: { errors?: Record<string, string> } };
      setErrors(details?.errors ?? {});
      notify(message, { type: 'error' });
    }
  };
  const start = (action: CaseActionName) => (ACTION_FIELDS[action].length === 0 ? send(action, {}) : setOpen(action));

  return (
    <Box sx={{ my: 2 }} data-testid="action-bar">
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
        {actionsFor(record.status, permissions, record.assigneeId, identity?.id as string | undefined).map((action) => (
          <Button key={action} variant="contained" onClick={() => void start(action)} data-testid={`action-${action}`}>
            {translate(`app.action.${action}`)}
          </Button>
        ))}
      </Stack>
      <Dialog open={open !== null} onClose={() => setOpen(null)} fullWidth>
        {open && (
          <>
            <DialogTitle>{translate(`app.action.${open}`)}</DialogTitle>
            <DialogContent>
              {ACTION_FIELDS[open].map((field) => (
                <ActionField
                  key={field.name}
                  field={field}
                  organisationId={record.organisation.id}
                  value={values[field.name] ?? ''}
                  error={errors[field.name]}
                  onChange={(value) => setValues({ ...values, [field.name]: value })}
                />
              ))}
            </DialogContent>
            <DialogActions>
              <Button onClick={() => setOpen(null)}>{translate('ra.action.cancel')}</Button>
              <Button variant="contained" onClick={() => void send(open, values)} data-testid="action-submit">
                {translate(`app.action.${open}`)}
              </Button>
            </DialogActions>
          </>
        )}
      </Dialog>
    </Box>
  );
}
