import {
  BooleanField,
  Datagrid,
  FunctionField,
  List,
  NullableBooleanInput,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  SelectInput,
  TextField,
  useTranslate,
} from 'react-admin';

const ROLES = ['OPERATOR', 'EXECUTOR', 'SUPERVISOR', 'COORDINATOR', 'AUDITOR', 'ADMIN'].map((id) => ({ id, name: `app.role.${id}` }));

/** The accounts of the system, for the administrator. */
export function UserList() {
  const translate = useTranslate();
  return (
    <List
      filters={[
        <SearchInput key="q" source="q" placeholder="app.workday.users.search" alwaysOn />,
        <SelectInput key="role" source="role" choices={ROLES} alwaysOn />,
        <ReferenceInput key="organisationId" source="organisationId" reference="organisations" perPage={100}>
          <SelectInput optionText="shortName" />
        </ReferenceInput>,
        <ReferenceInput key="municipalityId" source="municipalityId" reference="municipalities" perPage={100}>
          <SelectInput optionText="name" />
        </ReferenceInput>,
        <NullableBooleanInput key="active" source="active" />,
      ]}
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
