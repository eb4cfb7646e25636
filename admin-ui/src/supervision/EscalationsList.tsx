import { Typography } from '@mui/material';
import { Datagrid, FunctionField, List, TextField, usePermissions, useTranslate } from 'react-admin';
import { BulkCaseButtons } from '../needs/BulkCaseButtons';
import { DeadlineBadge } from '../needs/DeadlineBadge';
import { StatusField } from '../needs/StatusField';

type PersonName = { person: { lastName: string; firstName: string } };

/** Cases escalated to the signed-in supervisor or coordinator, longest overdue first; reassign in bulk. */
export function EscalationsList() {
  const translate = useTranslate();
  const { permissions } = usePermissions<string>();
  return (
    <section aria-labelledby="escalations-title">
      <Typography id="escalations-title" variant="h6">
        {translate('app.supervision.escalations')}
      </Typography>
      <List
        resource="supervision/escalations"
        title={false}
        actions={false}
        disableSyncWithLocation
        perPage={10}
        sort={{ field: 'activeDueAt', order: 'ASC' }}
        exporter={false}
        storeKey="escalations"
        empty={<Typography>{translate('app.supervision.noEscalations')}</Typography>}
        sx={{ '& .RaList-main': { mt: 0 } }}
      >
        <Datagrid
          rowClick={(id) => `/needs/${id}/show`}
          bulkActionButtons={permissions === 'SUPERVISOR' ? <BulkCaseButtons /> : false}
          data-testid="escalations"
        >
          <StatusField source="status" label="resources.needs.fields.status" />
          <TextField source="measure.name" label="resources.needs.fields.measure.name" sortable={false} />
          <FunctionField<PersonName>
            label="resources.needs.fields.person"
            render={(r) => `${r.person.lastName} ${r.person.firstName}`}
            sortable={false}
          />
          <TextField source="municipality.name" label="resources.needs.fields.municipality.name" sortable={false} />
          <DeadlineBadge label="resources.needs.fields.activeDueAt" />
        </Datagrid>
      </List>
    </section>
  );
}
