import AccountBalanceIcon from '@mui/icons-material/AccountBalance';
import LocationCityIcon from '@mui/icons-material/LocationCity';
import {
  BooleanField,
  BooleanInput,
  Create,
  Datagrid,
  List,
  ReferenceArrayInput,
  ReferenceField,
  ReferenceInput,
  SelectArrayInput,
  SelectInput,
  SimpleForm,
  TextField,
  TextInput,
  email,
  required,
} from 'react-admin';
import { CatalogEdit } from './CatalogEdit';

const ORG_KINDS = ['MINISTRY', 'DEPARTMENT', 'REGIONAL_COORDINATOR'].map((id) => ({ id, name: `app.catalog.organisationKind.${id}` }));
const MUNICIPALITY_KINDS = ['URBAN_OKRUG', 'MUNICIPAL_RAION'].map((id) => ({ id, name: `app.catalog.municipalityKind.${id}` }));

export const OrganisationList = () => (
  <List exporter={false} pagination={false}>
    <Datagrid rowClick="edit" bulkActionButtons={false}>
      <TextField source="code" sortable={false} />
      <TextField source="shortName" sortable={false} />
      <TextField source="name" sortable={false} />
      <ReferenceField source="parentId" reference="organisations" link={false} emptyText="—" sortable={false}>
        <TextField source="shortName" />
      </ReferenceField>
      <BooleanField source="active" sortable={false} />
    </Datagrid>
  </List>
);

/** A subordinate organisation names its parent and the municipalities where it works the parent's cases. */
const organisationInputs = (
  <>
    <TextInput source="code" validate={required()} />
    <TextInput source="shortName" validate={required()} />
    <TextInput source="name" validate={required()} fullWidth />
    <SelectInput source="kind" choices={ORG_KINDS} validate={required()} />
    <TextInput source="email" validate={[required(), email()]} />
    <ReferenceInput source="parentId" reference="organisations" perPage={200}>
      <SelectInput optionText="shortName" emptyText="app.catalog.noParent" />
    </ReferenceInput>
    <ReferenceArrayInput source="scopeMunicipalityIds" reference="municipalities" perPage={200}>
      <SelectArrayInput optionText="name" />
    </ReferenceArrayInput>
    <BooleanInput source="active" />
  </>
);

export const OrganisationEdit = () => <CatalogEdit entity="Organisation">{organisationInputs}</CatalogEdit>;

export const OrganisationCreate = () => (
  <Create redirect="edit">
    <SimpleForm defaultValues={{ active: true, parentId: null, scopeMunicipalityIds: [] }}>{organisationInputs}</SimpleForm>
  </Create>
);

export const MunicipalityList = () => (
  <List exporter={false} pagination={false}>
    <Datagrid rowClick="edit" bulkActionButtons={false}>
      <TextField source="code" sortable={false} />
      <TextField source="name" sortable={false} />
      <TextField source="region" sortable={false} />
      <BooleanField source="active" sortable={false} />
    </Datagrid>
  </List>
);

const municipalityInputs = (
  <>
    <TextInput source="code" validate={required()} />
    <TextInput source="name" validate={required()} fullWidth />
    <SelectInput source="kind" choices={MUNICIPALITY_KINDS} validate={required()} />
    <TextInput source="region" validate={required()} />
    <BooleanInput source="active" />
  </>
);

export const MunicipalityEdit = () => <CatalogEdit entity="Municipality">{municipalityInputs}</CatalogEdit>;

export const MunicipalityCreate = () => (
  <Create redirect="edit">
    <SimpleForm defaultValues={{ active: true, region: 'RU-SAM' }}>{municipalityInputs}</SimpleForm>
  </Create>
);

export const organisationPages = { list: OrganisationList, edit: OrganisationEdit, create: OrganisationCreate, icon: AccountBalanceIcon };
export const municipalityPages = { list: MunicipalityList, edit: MunicipalityEdit, create: MunicipalityCreate, icon: LocationCityIcon };
