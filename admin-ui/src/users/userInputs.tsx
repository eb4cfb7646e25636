import { ReferenceInput, SelectInput, TextInput, email, required } from 'react-admin';

const ROLES = ['OPERATOR', 'EXECUTOR', 'SUPERVISOR', 'COORDINATOR', 'AUDITOR', 'ADMIN'].map((id) => ({ id, name: `app.role.${id}` }));

/** Who the person is and where they work: operators in a municipality, executors and supervisors in an organisation. */
export const userInputs = [
  <TextInput key="fullName" source="fullName" validate={required()} fullWidth />,
  <TextInput key="email" source="email" validate={email()} fullWidth />,
  <SelectInput key="role" source="role" choices={ROLES} validate={required()} />,
  <ReferenceInput key="organisationId" source="organisationId" reference="organisations" perPage={100}>
    <SelectInput optionText="shortName" emptyText="—" />
  </ReferenceInput>,
  <ReferenceInput key="municipalityId" source="municipalityId" reference="municipalities" perPage={100}>
    <SelectInput optionText="name" emptyText="—" />
  </ReferenceInput>,
];
