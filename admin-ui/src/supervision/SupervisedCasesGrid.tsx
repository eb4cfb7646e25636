import type { ReactElement } from 'react';
import { Datagrid, FunctionField, ReferenceField, TextField } from 'react-admin';
import { DeadlineBadge } from '../needs/DeadlineBadge';
import { StatusField } from '../needs/StatusField';

type PersonName = { person: { lastName: string; firstName: string } };

/** How the control room's case lists page and sort: ten at a time, longest overdue first, beside the other panels. */
export const PANEL_LIST_PROPS = {
  title: false,
  actions: false,
  disableSyncWithLocation: true,
  perPage: 10,
  sort: { field: 'activeDueAt', order: 'ASC' },
  exporter: false,
  sx: { '& .RaList-main': { mt: 0 } },
} as const;

/** The cases of a control-room panel: status, measure, person, where, and the deadline badge; a row opens the case. */
export function SupervisedCasesGrid({
  bulkActionButtons,
  showOrganisation = false,
  testId,
}: {
  bulkActionButtons: ReactElement | false;
  showOrganisation?: boolean;
  testId?: string;
}) {
  return (
    <Datagrid rowClick={(id) => `/needs/${id}/show`} bulkActionButtons={bulkActionButtons} data-testid={testId}>
      <StatusField source="status" label="resources.needs.fields.status" />
      <TextField source="measure.name" label="resources.needs.fields.measure.name" sortable={false} />
      <FunctionField<PersonName>
        label="resources.needs.fields.person"
        render={(r) => `${r.person.lastName} ${r.person.firstName}`}
        sortable={false}
      />
      {showOrganisation && (
        <ReferenceField
          source="organisationId"
          reference="organisations"
          link={false}
          label="resources.needs.fields.organisation.shortName"
          sortable={false}
        >
          <TextField source="shortName" />
        </ReferenceField>
      )}
      <TextField source="municipality.name" label="resources.needs.fields.municipality.name" sortable={false} />
      <DeadlineBadge label="resources.needs.fields.activeDueAt" />
    </Datagrid>
  );
}
