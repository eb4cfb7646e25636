import { ArrayField, Datagrid, DateField, EditButton, Show, TabbedShowLayout, TextField, usePermissions } from 'react-admin';
import { FamilyEntitlements } from '../entitlements/FamilyEntitlements';
import { FamilyPanel } from '../family/FamilyPanel';
import { PassportPoverty } from '../poverty/passport/PassportPoverty';
import { FamilyNeeds } from './FamilyNeeds';
import { FamilyAppeals } from '../appeals/FamilyAppeals';
import { PrintPassportButton } from './PrintPassportButton';
import { RegisterNeedButton } from './RegisterNeedButton';

/** A family's passport: the family map, the members, every need of the family, its income and what it is owed. */
export function PassportShow() {
  const { permissions } = usePermissions<string>();
  return (
    <Show actions={<PrintPassportButton />}>
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="app.family.tab">
          <TextField source="address" />
          <TextField source="municipality.name" />
          <FamilyPanel />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="resources.passports.fields.persons" path="persons">
          <ArrayField source="persons" label={false}>
            <Datagrid bulkActionButtons={false} rowClick={false}>
              <TextField source="lastName" />
              <TextField source="firstName" />
              <TextField source="middleName" />
              <DateField source="birthDate" />
              <TextField source="snils" />
              {permissions === 'OPERATOR' && <EditButton resource="persons" />}
              <RegisterNeedButton />
            </Datagrid>
          </ArrayField>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="app.family.needs" path="needs">
          <FamilyNeeds />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="app.appeal.tab" path="appeals">
          <FamilyAppeals />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="app.poverty.passport.tab" path="poverty">
          <PassportPoverty />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="app.entitlements.tab" path="entitlements">
          <FamilyEntitlements />
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </Show>
  );
}
