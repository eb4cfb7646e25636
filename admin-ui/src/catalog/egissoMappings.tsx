import AssignmentTurnedInIcon from '@mui/icons-material/AssignmentTurnedIn';
import { Datagrid, List, SelectInput, TextField, TextInput, required } from 'react-admin';
import { EGISSO_FORMS } from '../../../shared/egisso/forms';
import { CatalogEdit } from './CatalogEdit';

const FORM_CHOICES = EGISSO_FORMS.map((id) => ({ id, name: `app.catalog.egissoForm.${id}` }));

export const EgissoMappingList = () => (
  <List exporter={false} pagination={false}>
    <Datagrid rowClick="edit" bulkActionButtons={false}>
      <TextField source="measureCode" sortable={false} />
      <TextField source="measureName" sortable={false} />
      <TextField source="egissoCode" sortable={false} emptyText="—" />
      <TextField source="form" sortable={false} emptyText="—" />
      <TextField source="amount" sortable={false} emptyText="—" />
      <TextField source="unitName" sortable={false} emptyText="—" />
    </Datagrid>
  </List>
);

/** How a measure is reported to EGISSO: the classifier code, the form and what one provision amounts to. */
export const EgissoMappingEdit = () => (
  <CatalogEdit entity="EgissoMeasureMapping">
    <TextInput source="measureName" disabled fullWidth />
    <TextInput source="egissoCode" validate={required()} />
    <SelectInput source="form" choices={FORM_CHOICES} validate={required()} />
    <TextInput source="amount" validate={required()} />
    <TextInput source="unitCode" validate={required()} />
    <TextInput source="unitName" validate={required()} />
  </CatalogEdit>
);

export const egissoMappingPages = { list: EgissoMappingList, edit: EgissoMappingEdit, icon: AssignmentTurnedInIcon };
