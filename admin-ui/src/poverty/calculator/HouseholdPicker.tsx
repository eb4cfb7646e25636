import { Autocomplete, TextField } from '@mui/material';
import { useState } from 'react';
import { useGetList, useTranslate } from 'react-admin';
import { useDebounced } from '../useDebounced';

export interface HouseholdOption {
  id: string;
  address: string;
  persons: { id: string; lastName: string; firstName: string; middleName: string | null }[];
}

const familyLabel = (h: HouseholdOption) => `${h.persons.map((p) => `${p.lastName} ${p.firstName}`).join(', ')} — ${h.address}`;

/** Finds a family of the passport by a member's name or SNILS, as the passport list does. */
export function HouseholdPicker({ value, onChange }: { value: HouseholdOption | null; onChange: (h: HouseholdOption | null) => void }) {
  const translate = useTranslate();
  const [text, setText] = useState('');
  const [typed, setTyped] = useState('');
  const q = useDebounced(typed.trim());
  const { data = [], isFetching } = useGetList<HouseholdOption>(
    'passports',
    { filter: { q }, pagination: { page: 1, perPage: 10 }, sort: { field: 'createdAt', order: 'DESC' } },
    { enabled: q.length >= 2 },
  );
  return (
    <Autocomplete
      id="poverty-household"
      options={q.length >= 2 ? data : []}
      loading={isFetching}
      value={value}
      onChange={(_, h) => onChange(h)}
      inputValue={text}
      onInputChange={(_, t, reason) => {
        setText(t);
        // Choosing an option writes its label into the field: that is not a new search.
        if (reason === 'input') setTyped(t);
      }}
      filterOptions={(options) => options}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      getOptionLabel={familyLabel}
      noOptionsText={translate('ra.navigation.no_results')}
      renderInput={(params) => <TextField {...params} label={translate('app.poverty.calculator.household')} />}
    />
  );
}
