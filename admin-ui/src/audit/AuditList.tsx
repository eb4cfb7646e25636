import { Box } from '@mui/material';
import {
  AutocompleteInput,
  Datagrid,
  DateInput,
  FunctionField,
  List,
  ReferenceField,
  ReferenceInput,
  SelectInput,
  TextField,
  TextInput,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { samaraDateTime } from '../common/samaraTime';

const ACTIONS = ['CREATE', 'UPDATE', 'DELETE', 'READ', 'SEARCH', 'PRINT', 'DOWNLOAD', 'LOGIN', 'LOGIN_FAILED', 'LOGOUT'];
const ENTITIES = ['Household', 'Person', 'Relation', 'Need', 'NeedEvent', 'Document', 'WorkflowHistory', 'User', 'AuditLog'];

const filters = [
  <SelectInput key="action" source="action" choices={ACTIONS.map((id) => ({ id, name: `app.audit.action.${id}` }))} alwaysOn />,
  <SelectInput key="entity" source="entity" choices={ENTITIES.map((id) => ({ id, name: `app.audit.entity.${id}` }))} alwaysOn />,
  <ReferenceInput key="actorId" source="actorId" reference="users" sort={{ field: 'fullName', order: 'ASC' }} perPage={100} alwaysOn>
    <AutocompleteInput optionText="fullName" label="resources.audit.fields.actorId" />
  </ReferenceInput>,
  <DateInput key="from" source="from" label="app.audit.from" />,
  <DateInput key="to" source="to" label="app.audit.to" />,
  <TextInput key="entityId" source="entityId" />,
];

/** What changed (before → after) or what was read, as recorded. */
function AuditChanges() {
  const entry = useRecordContext<{ changes: unknown }>();
  return (
    <Box component="pre" sx={{ m: 0, fontSize: 12, whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
      {JSON.stringify(entry?.changes ?? {}, null, 2)}
    </Box>
  );
}

/** The audit log, read-only, newest first; a row unfolds to show what changed. */
export function AuditList() {
  const translate = useTranslate();
  return (
    <List filters={filters} sort={{ field: 'at', order: 'DESC' }} perPage={50} exporter={false}>
      <Datagrid bulkActionButtons={false} rowClick="expand" expand={<AuditChanges />}>
        <FunctionField<{ at: string }> source="at" render={(r) => samaraDateTime.format(new Date(r.at))} />
        <FunctionField<{ actorRole: string | null }>
          source="actorRole"
          render={(r) => (r.actorRole ? translate(`app.role.${r.actorRole}`) : '')}
        />
        <ReferenceField source="actorId" reference="users" link={false} emptyText="—">
          <TextField source="fullName" />
        </ReferenceField>
        <TextField source="ip" />
        <FunctionField<{ action: string }> source="action" render={(r) => translate(`app.audit.action.${r.action}`, { _: r.action })} />
        <FunctionField<{ entity: string }> source="entity" render={(r) => translate(`app.audit.entity.${r.entity}`, { _: r.entity })} />
        <TextField source="entityId" />
      </Datagrid>
    </List>
  );
}
