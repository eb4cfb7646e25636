import BlockIcon from '@mui/icons-material/Block';
import { BooleanField, BooleanInput, Datagrid, List, NumberField, NumberInput, TextField, TextInput, required } from 'react-admin';
import { CatalogEdit } from './CatalogEdit';

export const RejectionReasonList = () => (
  <List exporter={false} pagination={false}>
    <Datagrid rowClick="edit" bulkActionButtons={false}>
      <TextField source="code" sortable={false} />
      <TextField source="name" sortable={false} />
      <NumberField source="position" sortable={false} />
      <BooleanField source="active" sortable={false} />
    </Datagrid>
  </List>
);

/** The codes belong to the case contract; admins rename a reason, order it or take it out of use. */
export const RejectionReasonEdit = () => (
  <CatalogEdit entity="RejectionReason">
    <TextInput source="code" disabled />
    <TextInput source="name" validate={required()} fullWidth />
    <NumberInput source="position" min={0} />
    <BooleanInput source="active" />
  </CatalogEdit>
);

export const rejectionReasonPages = { list: RejectionReasonList, edit: RejectionReasonEdit, icon: BlockIcon };
