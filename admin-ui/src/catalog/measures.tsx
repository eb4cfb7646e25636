import RuleIcon from '@mui/icons-material/Rule';
import {
  ArrayInput,
  BooleanField,
  BooleanInput,
  Create,
  Datagrid,
  FunctionField,
  List,
  NumberField,
  NumberInput,
  ReferenceField,
  ReferenceInput,
  SelectArrayInput,
  SelectInput,
  SimpleForm,
  SimpleFormIterator,
  TextField,
  TextInput,
  required,
  useTranslate,
} from 'react-admin';
import { SUPPORT_KINDS } from '../../../shared/domain';
import { PASSPORT_SECTIONS } from '../../../shared/schemas/catalogAdmin';
import { CatalogEdit } from './CatalogEdit';

const KIND_CHOICES = SUPPORT_KINDS.map((id) => ({ id, name: `app.catalog.kind.${id}` }));
const SECTION_CHOICES = PASSPORT_SECTIONS.map((id) => ({ id, name: `app.catalog.section.${id}` }));

export function MeasureList() {
  const translate = useTranslate();
  return (
    <List filter={{ includeInactive: true }} sort={{ field: 'name', order: 'ASC' }} exporter={false} perPage={50}>
      <Datagrid rowClick="edit" bulkActionButtons={false}>
        <TextField source="code" />
        <TextField source="name" />
        <FunctionField<{ kind: string }> source="kind" render={(r) => translate(`app.catalog.kind.${r.kind}`)} />
        <ReferenceField source="organisationId" reference="organisations" link={false}>
          <TextField source="shortName" />
        </ReferenceField>
        <NumberField source="acceptWorkingDays" sortable={false} />
        <NumberField source="resolveWorkingDays" sortable={false} />
        <NumberField source="version" sortable={false} />
        <BooleanField source="active" sortable={false} />
      </Datagrid>
    </List>
  );
}

const measureInputs = (
  <>
    <TextInput source="code" validate={required()} />
    <TextInput source="name" validate={required()} fullWidth />
    <SelectInput source="kind" choices={KIND_CHOICES} validate={required()} />
    <ReferenceInput source="organisationId" reference="organisations" perPage={200}>
      <SelectInput optionText="shortName" validate={required()} />
    </ReferenceInput>
    <TextInput source="description" multiline fullWidth />
    <NumberInput source="acceptWorkingDays" min={0} validate={required()} />
    <NumberInput source="resolveWorkingDays" min={1} validate={required()} />
    <NumberInput source="reminderWorkingDaysBefore" min={0} validate={required()} />
    <ArrayInput source="requiredDocuments">
      <SimpleFormIterator inline disableReordering>
        <TextInput source="code" validate={required()} helperText={false} />
        <TextInput source="name" validate={required()} helperText={false} />
      </SimpleFormIterator>
    </ArrayInput>
    <SelectArrayInput source="relevantPassportSections" choices={SECTION_CHOICES} />
    <BooleanInput source="active" />
  </>
);

export const MeasureEdit = () => <CatalogEdit entity="SupportMeasure">{measureInputs}</CatalogEdit>;

export const MeasureCreate = () => (
  <Create redirect="edit">
    <SimpleForm
      defaultValues={{ active: true, requiredDocuments: [], relevantPassportSections: ['CONTACTS'], reminderWorkingDaysBefore: 1 }}
    >
      {measureInputs}
    </SimpleForm>
  </Create>
);

export const measurePages = { list: MeasureList, edit: MeasureEdit, create: MeasureCreate, icon: RuleIcon };
