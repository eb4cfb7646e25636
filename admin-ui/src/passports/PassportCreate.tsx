import {
  ArrayInput,
  Create,
  DateInput,
  ReferenceInput,
  SelectInput,
  SimpleForm,
  SimpleFormIterator,
  TextInput,
  required,
  useGetIdentity,
} from 'react-admin';
import { optionalName, requiredLine, requiredName } from '../common/textRules';
import { EntryDuplicates } from '../register/EntryDuplicates';

const label = (field: string) => `resources.passports.fields.${field}`;

const SEXES = [
  { id: 'FEMALE', name: 'app.sex.FEMALE' },
  { id: 'MALE', name: 'app.sex.MALE' },
];

/** Each person gets a key the relatives map can refer to; the form numbers them. */
const withKeys = (data: { persons?: object[] }) => ({ ...data, persons: (data.persons ?? []).map((p, i) => ({ ...p, key: `p${i + 1}` })) });

/** A new family passport in the operator's municipality: address and members. */
export function PassportCreate() {
  const { identity } = useGetIdentity();
  return (
    <Create transform={withKeys} redirect="show">
      <SimpleForm defaultValues={{ household: { municipalityId: identity?.municipalityId }, persons: [{}] }}>
        <ReferenceInput source="household.municipalityId" reference="municipalities">
          <SelectInput optionText="name" validate={required()} label={label('municipality.name')} />
        </ReferenceInput>
        <TextInput source="household.address" validate={requiredLine} fullWidth label={label('address')} />
        <ArrayInput source="persons" label={label('persons')}>
          <SimpleFormIterator inline>
            <TextInput source="lastName" label={label('lastName')} validate={requiredName} />
            <TextInput source="firstName" label={label('firstName')} validate={requiredName} />
            <TextInput source="middleName" label={label('middleName')} validate={optionalName} />
            <DateInput source="birthDate" label={label('birthDate')} validate={required()} />
            <SelectInput source="sex" label={label('sex')} choices={SEXES} validate={required()} />
            <TextInput source="snils" label={label('snils')} validate={required()} />
            <EntryDuplicates />
          </SimpleFormIterator>
        </ArrayInput>
      </SimpleForm>
    </Create>
  );
}
