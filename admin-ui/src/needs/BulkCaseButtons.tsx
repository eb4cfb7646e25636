import AssignmentIndIcon from '@mui/icons-material/AssignmentInd';
import PanToolIcon from '@mui/icons-material/PanTool';
import { Button, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { useState } from 'react';
import { useGetIdentity, useListContext, useNotify, usePermissions, useRefresh, useTranslate, useUnselectAll } from 'react-admin';
import { ActionField } from './ActionField';
import { bulkCaseAction, summarise } from './bulkActions';

/** Bulk actions of the queue: claim the selected cases; a supervisor also assigns them to an executor. */
export function BulkCaseButtons() {
  const { selectedIds, resource } = useListContext();
  const { permissions } = usePermissions<string>();
  const { identity } = useGetIdentity();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const unselectAll = useUnselectAll(resource);
  const [assigning, setAssigning] = useState(false);
  const [assigneeId, setAssigneeId] = useState('');
  const [busy, setBusy] = useState(false);

  const run = async (action: 'claim' | 'assign', body: object = {}) => {
    setBusy(true);
    try {
      const { done, refused, firstReason } = summarise(await bulkCaseAction(action, selectedIds as string[], body));
      notify(refused === 0 ? 'app.bulk.done' : 'app.bulk.partly', {
        type: refused === 0 ? 'success' : 'warning',
        messageArgs: { done, refused, reason: firstReason ?? '' },
        multiLine: true,
      });
      unselectAll();
      refresh();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
      setAssigning(false);
    }
  };

  return (
    <>
      {(permissions === 'EXECUTOR' || permissions === 'SUPERVISOR') && (
        <Button startIcon={<PanToolIcon />} disabled={busy} onClick={() => void run('claim')} data-testid="bulk-claim">
          {translate('app.bulk.claim')}
        </Button>
      )}
      {permissions === 'SUPERVISOR' && (
        <Button startIcon={<AssignmentIndIcon />} disabled={busy} onClick={() => setAssigning(true)} data-testid="bulk-assign">
          {translate('app.bulk.assign')}
        </Button>
      )}
      <Dialog open={assigning} onClose={() => setAssigning(false)} fullWidth>
        <DialogTitle>{translate('app.bulk.assignTitle', { count: selectedIds.length })}</DialogTitle>
        <DialogContent>
          <ActionField
            field={{ name: 'assigneeId', kind: 'assignee' }}
            organisationId={(identity?.organisationId as string | undefined) ?? ''}
            value={assigneeId}
            onChange={setAssigneeId}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setAssigning(false)}>{translate('ra.action.cancel')}</Button>
          <Button
            variant="contained"
            disabled={!assigneeId || busy}
            onClick={() => void run('assign', { assigneeId })}
            data-testid="bulk-assign-submit"
          >
            {translate('app.bulk.assign')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
