import { ArrayInput, Edit, NumberInput, SelectInput, SimpleForm, SimpleFormIterator, TextInput, required, useTranslate } from 'react-admin';
import { ESCALATION_TARGETS } from '../../../shared/domain';
import { CatalogHistory } from './CatalogHistory';

const TARGET_CHOICES = ESCALATION_TARGETS.map((id) => ({ id, name: `app.catalog.target.${id}` }));

/** The escalation chain new cases start with; running cases keep the chain they started with. */
export function EscalationChainPage() {
  const translate = useTranslate();
  return (
    <Edit resource="escalation-chain" id="region" mutationMode="pessimistic" redirect={false} title={translate('app.catalog.chain.title')}>
      <SimpleForm>
        <ArrayInput source="levels" label="app.catalog.chain.levels">
          <SimpleFormIterator inline>
            <SelectInput source="target" choices={TARGET_CHOICES} validate={required()} helperText={false} />
            <NumberInput source="afterWorkingDays" min={0} validate={required()} helperText={false} />
            <TextInput source="title" validate={required()} helperText={false} />
          </SimpleFormIterator>
        </ArrayInput>
      </SimpleForm>
      <CatalogHistory entity="EscalationChain" entityId="region" />
    </Edit>
  );
}
