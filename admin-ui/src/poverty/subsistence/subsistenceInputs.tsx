import { BooleanInput, DateInput, NumberInput, SelectInput, TextInput, required } from 'react-admin';
import { SUBSISTENCE_GROUPS } from '../../../../shared/domain';
import { parseRoubles, roublesText } from '../roublesInput';
import { useApi } from '../../common/useApi';

export const GROUP_CHOICES = SUBSISTENCE_GROUPS.map((id) => ({ id, name: `app.poverty.group.${id}` }));

const shown = (kopecks: unknown) => (typeof kopecks === 'number' ? roublesText(kopecks) : ((kopecks as string) ?? ''));
/** What was typed stays text until it reads as roubles, so the validator can say what is wrong. */
const kopecksOf = (text: string) => parseRoubles(text ?? '') ?? text;
const wholeKopecks = (value: unknown) => (typeof value === 'number' && value > 0 ? undefined : 'app.poverty.subsistence.amountInvalid');

/** The regions whose rules the API knows (the table's region codes). */
export function RegionInput({ disabled }: { disabled?: boolean }) {
  const { data = [] } = useApi<{ code: string; name: string }[]>('/api/poverty/regions');
  const choices = data.map((r) => ({ id: r.code, name: `${r.name} (${r.code})` }));
  return <SelectInput source="region" choices={choices} validate={required()} disabled={disabled} />;
}

/** The fields of one row of the table; region and group are fixed once the row exists. */
export function SubsistenceInputs({ existing }: { existing?: boolean }) {
  return (
    <>
      <RegionInput disabled={existing} />
      <SelectInput source="group" choices={GROUP_CHOICES} validate={required()} disabled={existing} />
      <NumberInput source="year" validate={required()} min={2000} max={2100} />
      <DateInput source="effectiveFrom" validate={required()} />
      <TextInput source="amountKopecks" format={shown} parse={kopecksOf} validate={[required(), wholeKopecks]} inputMode="decimal" />
      <TextInput source="actTitle" validate={required()} fullWidth multiline />
      <TextInput source="actNumber" />
      <DateInput source="actDate" />
      <BooleanInput source="confirmed" />
      <TextInput source="note" fullWidth multiline />
    </>
  );
}
