import { BooleanInput, CheckboxGroupInput, NumberInput, SelectInput, TextInput, required } from 'react-admin';

const PERIODICITIES = ['DAY', 'WEEK', 'MONTH', 'QUARTER', 'YEAR'].map((id) => ({ id, name: `app.indicators.periodicity.${id}` }));
const CUTS = ['municipality', 'organisation', 'measure', 'measureKind', 'level'].map((id) => ({ id, name: `app.home.cuts.${id}` }));
const DIRECTIONS = ['UP', 'DOWN'].map((id) => ({ id, name: `app.indicators.direction.${id}` }));

/** The fields an admin edits; the code and the source are fixed once the indicator exists. */
export const indicatorInputs = [
  <TextInput key="name" source="name" validate={required()} fullWidth />,
  <TextInput key="unit" source="unit" validate={required()} />,
  <SelectInput key="periodicity" source="periodicity" choices={PERIODICITIES} validate={required()} />,
  <CheckboxGroupInput key="cuts" source="cuts" choices={CUTS} />,
  <SelectInput key="goodDirection" source="goodDirection" choices={DIRECTIONS} validate={required()} />,
  <BooleanInput key="cumulative" source="cumulative" />,
  <TextInput key="description" source="description" multiline fullWidth />,
  <NumberInput key="baseValue" source="baseValue" />,
  <NumberInput key="baseYear" source="baseYear" />,
  <BooleanInput key="active" source="active" />,
];

const EDITABLE = ['name', 'unit', 'periodicity', 'cuts', 'goodDirection', 'cumulative', 'description', 'baseValue', 'baseYear', 'active'];

/** Only what the API takes (PUT /indicators/:id is strict). */
export const editableFields = (data: Record<string, unknown>) =>
  Object.fromEntries(
    EDITABLE.map((f) => [
      f,
      data[f] === '' || data[f] === undefined ? (f === 'cuts' ? [] : f === 'cumulative' || f === 'active' ? false : null) : data[f],
    ]),
  );
