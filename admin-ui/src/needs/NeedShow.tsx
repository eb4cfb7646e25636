import { ArrayField, Datagrid, DateField, FunctionField, Labeled, Show, SimpleShowLayout, TextField } from 'react-admin';
import { ActionBar } from './ActionBar';
import { CaseHistory } from './CaseHistory';
import { DeadlineBadge } from './DeadlineBadge';
import { StatusField } from './StatusField';

type PersonName = { person: { lastName: string; firstName: string; middleName: string | null } };

/** A case: the person and measure, the deadline, the documents, and the actions of its state. */
export function NeedShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <ActionBar />
        <StatusField source="status" />
        <TextField source="measure.name" />
        <FunctionField<PersonName>
          source="person"
          render={(r) => `${r.person.lastName} ${r.person.firstName} ${r.person.middleName ?? ''}`.trim()}
        />
        <Labeled source="activeDueAt">
          <DeadlineBadge />
        </Labeled>
        <DateField source="registeredAt" showTime />
        <TextField source="description" />
        <TextField source="report" emptyText="—" />
        <ArrayField source="documents">
          <Datagrid bulkActionButtons={false} empty={<span>—</span>}>
            <TextField source="kind" />
            <TextField source="fileName" />
            <TextField source="sha256" />
          </Datagrid>
        </ArrayField>
        <CaseHistory />
      </SimpleShowLayout>
    </Show>
  );
}
