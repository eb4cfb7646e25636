import AssignmentIndIcon from '@mui/icons-material/AssignmentInd';
import PanToolIcon from '@mui/icons-material/PanTool';
import { Button, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { SendButton } from '../common/SendButton';
import { useSend } from '../common/useSend';
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
  const bulk = useSend(
    ({ action, body = {} }: { action: 'claim' | 'assign'; body?: object }) => bulkCaseAction(action, selectedIds as string[], body),
    {
      onSuccess: (results) => {
        const { done, refused, firstReason } = summarise(results);
        notify(refused === 0 ? 'app.bulk.done' : 'app.bulk.partly', {
          type: refused === 0 ? 'success' : 'warning',
          messageArgs: { done, refused, reason: firstReason ?? '' },
          multiLine: true,
        });
        setAssigning(false);
        unselectAll();
        refresh();
      },
    },
  );

  return (
    <>
      {(permissions === 'EXECUTOR' || permissions === 'SUPERVISOR') && (
        <SendButton
          startIcon={<PanToolIcon />}
          pending={bulk.isPending}
          onClick={() => bulk.submit({ action: 'claim' })}
          data-testid="bulk-claim"
        >
          {translate('app.bulk.claim')}
        </SendButton>
      )}
      {permissions === 'SUPERVISOR' && (
        <Button startIcon={<AssignmentIndIcon />} disabled={bulk.isPending} onClick={() => setAssigning(true)} data-testid="bulk-assign">
          {translate('app.bulk.assign')}
        </Button>
      )}
      <Dialog open={assigning} onClose={() => !bulk.isPending && setAssigning(false)} fullWidth>
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
          <SendButton
            variant="contained"
            disabled={!assigneeId}
            pending={bulk.isPending}
            onClick={() => bulk.submit({ action: 'assign', body: { assigneeId } })}
            data-testid="bulk-assign-submit"
          >
            {translate('app.bulk.assign')}
          </SendButton>
        </DialogActions>
      </Dialog>
    </>
  );
}
