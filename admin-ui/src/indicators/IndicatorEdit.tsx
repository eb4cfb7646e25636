import { Create, Edit, SimpleForm, TextInput, required } from 'react-admin';
import { editableFields, indicatorInputs } from './indicatorInputs';

export function IndicatorEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="list" transform={editableFields}>
      <SimpleForm>{indicatorInputs}</SimpleForm>
    </Edit>
  );
}

/** A custom indicator; its values come from files (POST /api/indicator-imports) or external systems. */
export function IndicatorCreate() {
  return (
    <Create redirect="list" transform={(data: Record<string, unknown>) => ({ code: data.code, ...editableFields(data) })}>
      <SimpleForm defaultValues={{ periodicity: 'MONTH', goodDirection: 'UP', cuts: ['municipality'], cumulative: false, active: true }}>
        <TextInput source="code" validate={required()} />
        {indicatorInputs}
      </SimpleForm>
    </Create>
  );
}
