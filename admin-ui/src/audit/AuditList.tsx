import { Datagrid, DateField, List, TextField, TextInput } from 'react-admin';

/** The audit log, read-only, newest first. */
export function AuditList() {
  const filters = [<TextInput key="entity" source="entity" alwaysOn />, <TextInput key="action" source="action" alwaysOn />];
  return (
    <List filters={filters} sort={{ field: 'at', order: 'DESC' }} perPage={50} exporter={false}>
      <Datagrid bulkActionButtons={false} rowClick={false}>
        <DateField source="at" showTime />
        <TextField source="actorRole" />
        <TextField source="actorId" />
        <TextField source="ip" />
        <TextField source="action" />
        <TextField source="entity" />
        <TextField source="entityId" />
      </Datagrid>
    </List>
  );
}
