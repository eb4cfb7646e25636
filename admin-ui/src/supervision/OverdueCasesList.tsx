import CloseIcon from '@mui/icons-material/Close';
import { IconButton, Stack, Typography } from '@mui/material';
import { Datagrid, FunctionField, List, ReferenceField, TextField, useTranslate } from 'react-admin';
import { DeadlineBadge } from '../needs/DeadlineBadge';
import { StatusField } from '../needs/StatusField';

/** One cell of the overdue board: a group, and a bucket of working days late unless the row's total was chosen. */
export interface BoardCell {
  groupBy: 'organisation' | 'municipality';
  groupId: string;
  groupName: string;
  bucket?: string;
}

type PersonName = { person: { lastName: string; firstName: string } };

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
        title={false}
        actions={false}
        disableSyncWithLocation
        perPage={10}
        sort={{ field: 'activeDueAt', order: 'ASC' }}
        exporter={false}
        storeKey={false}
        sx={{ '& .RaList-main': { mt: 0 } }}
      >
        <Datagrid rowClick={(id) => `/needs/${id}/show`} bulkActionButtons={false}>
          <StatusField source="status" label="resources.needs.fields.status" />
          <TextField source="measure.name" label="resources.needs.fields.measure.name" sortable={false} />
          <FunctionField<PersonName>
            label="resources.needs.fields.person"
            render={(r) => `${r.person.lastName} ${r.person.firstName}`}
            sortable={false}
          />
          <ReferenceField
            source="organisationId"
            reference="organisations"
            link={false}
            label="resources.needs.fields.organisation.shortName"
            sortable={false}
          >
            <TextField source="shortName" />
          </ReferenceField>
          <TextField source="municipality.name" label="resources.needs.fields.municipality.name" sortable={false} />
          <DeadlineBadge label="resources.needs.fields.activeDueAt" />
        </Datagrid>
      </List>
    </section>
  );
}
