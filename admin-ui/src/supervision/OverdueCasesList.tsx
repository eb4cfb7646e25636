import CloseIcon from '@mui/icons-material/Close';
import { IconButton, Stack, Typography } from '@mui/material';
import { List, useTranslate } from 'react-admin';
import { PANEL_LIST_PROPS, SupervisedCasesGrid } from './SupervisedCasesGrid';

/** One cell of the overdue board: a group, and a bucket of working days late unless the row's total was chosen. */
export interface BoardCell {
  groupBy: 'organisation' | 'municipality';
  groupId: string;
  groupName: string;
  bucket?: string;
}

/** The cases behind a cell of the overdue board, longest overdue first; a row opens the case. */
export function OverdueCasesList({ cell, onClose }: { cell: BoardCell; onClose: () => void }) {
  const translate = useTranslate();
  const title = cell.bucket
    ? translate('app.supervision.cellCases', { group: cell.groupName, days: cell.bucket })
    : translate('app.supervision.groupCases', { group: cell.groupName });
  return (
    <section aria-labelledby="overdue-cases-title" data-testid="overdue-cases">
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
        <Typography id="overdue-cases-title" variant="h6">
          {title}
        </Typography>
        <IconButton aria-label={translate('app.supervision.closeCases')} onClick={onClose}>
          <CloseIcon />
        </IconButton>
      </Stack>
      <List
        // A new cell is a new list: its page and selection start over.
        key={`${cell.groupBy}:${cell.groupId}:${cell.bucket ?? ''}`}
        resource="supervision/overdue-cases"
        filter={{ groupBy: cell.groupBy, groupId: cell.groupId, ...(cell.bucket ? { bucket: cell.bucket } : {}) }}
        {...PANEL_LIST_PROPS}
        storeKey={false}
      >
        <SupervisedCasesGrid bulkActionButtons={false} showOrganisation />
      </List>
    </section>
  );
}
