import { Datagrid, DateField, FunctionField, List, TextField, TextInput } from 'react-admin';

type Passport = { persons: { lastName: string; firstName: string }[] };

/** Find a passport fast: by name (ё and е alike), SNILS or birth date. */
export function PassportList() {
  const filters = [<TextInput key="q" source="q" alwaysOn resettable />];
  return (
    <List filters={filters} sort={{ field: 'createdAt', order: 'DESC' }} exporter={false}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <FunctionField<Passport>
          source="persons"
          sortable={false}
          render={(r) => r.persons.map((p) => `${p.lastName} ${p.firstName}`).join(', ')}
        />
        <TextField source="address" />
        <TextField source="municipality.name" sortable={false} />
        <DateField source="createdAt" />
      </Datagrid>
    </List>
  );
}
