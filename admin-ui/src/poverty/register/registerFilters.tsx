import { AutocompleteInput, BooleanInput, ReferenceInput, SelectInput, TextInput } from 'react-admin';
import { AGE_GROUP_NAMES, DEPTH_BAND_NAMES, SEXES } from '../../../../shared/domain';

const choices = (names: readonly string[], prefix: string) => names.map((id) => ({ id, name: `${prefix}.${id}` }));
const label = (key: string) => `app.poverty.register.${key}`;
const composition = (key: string) => `app.poverty.composition.${key}`;

/** The register's filters: where, how deep, which composition; age group and sex come from the dashboards' drill-down. */
export const REGISTER_FILTERS = [
  <TextInput key="q" source="q" label={label('q')} alwaysOn resettable />,
  <ReferenceInput key="municipalityId" source="municipalityId" reference="municipalities" alwaysOn>
    <AutocompleteInput label={label('municipality')} optionText="name" sx={{ minWidth: 240 }} />
  </ReferenceInput>,
  <SelectInput
    key="verdict"
    source="verdict"
    label={label('verdict')}
    choices={choices(['BELOW', 'NEAR'], 'app.poverty.verdict')}
    alwaysOn
  />,
  <SelectInput
    key="depthBand"
    source="depthBand"
    label={label('depthBand')}
    choices={choices(DEPTH_BAND_NAMES, 'app.poverty.depthBand')}
    alwaysOn
  />,
  <BooleanInput key="withChildren" source="withChildren" label={composition('withChildren')} defaultValue />,
  <BooleanInput key="largeFamily" source="largeFamily" label={composition('largeFamily')} defaultValue />,
  <BooleanInput key="singleParent" source="singleParent" label={composition('singleParent')} defaultValue />,
  <BooleanInput key="withPensioners" source="withPensioners" label={composition('withPensioners')} defaultValue />,
  <BooleanInput key="withDisabled" source="withDisabled" label={composition('withDisabled')} defaultValue />,
  <SelectInput key="ageGroup" source="ageGroup" label={label('ageGroup')} choices={choices(AGE_GROUP_NAMES, 'app.poverty.ageGroup')} />,
  <SelectInput key="sex" source="sex" label={label('sex')} choices={choices(SEXES, 'app.sex')} />,
];
