import { ArrayField, Datagrid, DateField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { RegisterNeedButton } from './RegisterNeedButton';

/** A family's passport: its members with their needs. */
export function PassportShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="address" />
        <TextField source="municipality.name" />
        <ArrayField source="persons">
          <Datagrid bulkActionButtons={false} rowClick={false}>
            <TextField source="lastName" />
            <TextField source="firstName" />
            <TextField source="middleName" />
            <DateField source="birthDate" />
            <TextField source="snils" />
            <RegisterNeedButton />
          </Datagrid>
        </ArrayField>
      </SimpleShowLayout>
    </Show>
  );
}
