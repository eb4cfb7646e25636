import { BooleanField, Datagrid, FunctionField, List, ReferenceField, SelectInput, TextField, useTranslate } from 'react-admin';

const ROLES = ['OPERATOR', 'EXECUTOR', 'SUPERVISOR', 'COORDINATOR', 'AUDITOR', 'ADMIN'].map((id) => ({ id, name: `app.role.${id}` }));

/** The accounts of the system, for the administrator. */
export function UserList() {
  const translate = useTranslate();
  return (
    <List
      filters={[<SelectInput key="role" source="role" choices={ROLES} alwaysOn />]}
      sort={{ field: 'fullName', order: 'ASC' }}
      exporter={false}
    >
      <Datagrid rowClick="edit" bulkActionButtons={false}>
        <TextField source="username" />
        <TextField source="fullName" />
        <FunctionField<{ role: string }> source="role" render={(r) => translate(`app.role.${r.role}`)} />
        <ReferenceField source="organisationId" reference="organisations" link={false} emptyText="—">
          <TextField source="shortName" />
        </ReferenceField>
        <ReferenceField source="municipalityId" reference="municipalities" link={false} emptyText="—">
          <TextField source="name" />
        </ReferenceField>
        <BooleanField source="active" />
      </Datagrid>
    </List>
  );
}
