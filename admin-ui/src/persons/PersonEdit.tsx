import {
  ArrayInput,
  DateInput,
  Edit,
  NumberInput,
  SelectInput,
  SimpleFormIterator,
  TabbedForm,
  TextInput,
  SaveButton,
  Toolbar,
  required,
  useRecordContext,
} from 'react-admin';
import { optionalName, requiredLine, requiredName } from '../common/textRules';
import { DuplicatesPanel } from '../register/DuplicatesPanel';

const choices = (group: string, ids: readonly string[]) => ids.map((id) => ({ id, name: `app.${group}.${id}` }));
const CONTACT_KINDS = choices('contactKind', ['PHONE', 'EMAIL', 'OTHER']);
const DEBT_KINDS = choices('debtKind', ['UTILITIES', 'LOAN', 'TAX', 'ALIMONY', 'FINE', 'OTHER']);
const INCOME_SOURCES = choices('incomeSource', ['SALARY', 'PENSION', 'BENEFIT', 'ALIMONY', 'SELF_EMPLOYMENT', 'OTHER']);
const SEXES = choices('sex', ['FEMALE', 'MALE']);

/** People are never deleted from a passport here: the record of who was helped stays. */
function SaveOnlyToolbar() {
  return (
    <Toolbar>
      <SaveButton />
    </Toolbar>
  );
}

function PersonTitle() {
  const person = useRecordContext<{ lastName: string; firstName: string }>();
  return <span>{person ? `${person.lastName} ${person.firstName}` : ''}</span>;
}

/** A family member's data: identity, contacts, debts and incomes; each list is saved as a whole. */
export function PersonEdit() {
  return (
    <Edit
      title={<PersonTitle />}
      aside={<DuplicatesPanel />}
      mutationMode="pessimistic"
      redirect={(_, __, data) => `passports/${data?.householdId}/show`}
    >
      <TabbedForm toolbar={<SaveOnlyToolbar />}>
        <TabbedForm.Tab label="app.person.tab.main">
          <TextInput source="lastName" validate={requiredName} />
          <TextInput source="firstName" validate={requiredName} />
          <TextInput source="middleName" validate={optionalName} />
          <DateInput source="birthDate" validate={required()} />
          <SelectInput source="sex" choices={SEXES} validate={required()} />
          <TextInput source="snils" disabled />
          <TextInput source="address" validate={requiredLine} fullWidth />
        </TabbedForm.Tab>
        <TabbedForm.Tab label="app.person.tab.contacts" path="contacts">
          <ArrayInput source="contacts">
            <SimpleFormIterator inline>
              <SelectInput source="kind" choices={CONTACT_KINDS} validate={required()} />
              <TextInput source="value" validate={requiredLine} />
            </SimpleFormIterator>
          </ArrayInput>
        </TabbedForm.Tab>
        <TabbedForm.Tab label="app.person.tab.debts" path="debts">
          <ArrayInput source="debts">
            <SimpleFormIterator inline>
              <SelectInput source="kind" choices={DEBT_KINDS} validate={required()} />
              <TextInput source="creditor" validate={requiredLine} />
              <NumberInput source="amount" validate={required()} step={0.01} />
              <DateInput source="since" validate={required()} />
            </SimpleFormIterator>
          </ArrayInput>
        </TabbedForm.Tab>
        <TabbedForm.Tab label="app.person.tab.incomes" path="incomes">
          <ArrayInput source="incomes">
            <SimpleFormIterator inline>
              <SelectInput source="source" choices={INCOME_SOURCES} validate={required()} />
              <NumberInput source="amount" validate={required()} step={0.01} />
              <TextInput source="period" validate={required()} helperText="app.person.periodHint" />
            </SimpleFormIterator>
          </ArrayInput>
        </TabbedForm.Tab>
      </TabbedForm>
    </Edit>
  );
}
