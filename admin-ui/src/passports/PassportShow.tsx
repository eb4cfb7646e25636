import { ArrayField, Datagrid, DateField, Show, SimpleShowLayout, TextField } from 'react-admin';

/** A family's passport: its members with their needs. */
export function PassportShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="address" />
        <TextField source="municipality.name" />
        <ArrayField source="persons">
          <Datagrid bulkActionButtons={false}>
            <TextField source="lastName" />
            <TextField source="firstName" />
            <TextField source="middleName" />
            <DateField source="birthDate" />
            <TextField source="snils" />
          </Datagrid>
        </ArrayField>
      </SimpleShowLayout>
    </Show>
  );
}
