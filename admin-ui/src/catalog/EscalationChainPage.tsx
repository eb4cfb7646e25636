import { ArrayInput, NumberInput, SelectInput, SimpleFormIterator, TextInput, required, useTranslate } from 'react-admin';
import { ESCALATION_TARGETS } from '../../../shared/domain';
import { CatalogEdit } from './CatalogEdit';

const TARGET_CHOICES = ESCALATION_TARGETS.map((id) => ({ id, name: `app.catalog.target.${id}` }));

/** The escalation chain new cases start with; running cases keep the chain they started with. */
export function EscalationChainPage() {
  const translate = useTranslate();
  return (
    <CatalogEdit
      resource="escalation-chain"
      id="region"
      entity="EscalationChain"
      entityId="region"
      title={translate('app.catalog.chain.title')}
    >
      <ArrayInput source="levels" label="app.catalog.chain.levels">
        <SimpleFormIterator inline>
          <SelectInput source="target" choices={TARGET_CHOICES} validate={required()} helperText={false} />
          <NumberInput source="afterWorkingDays" min={0} validate={required()} helperText={false} />
          <TextInput source="title" validate={required()} helperText={false} />
        </SimpleFormIterator>
      </ArrayInput>
    </CatalogEdit>
  );
}
