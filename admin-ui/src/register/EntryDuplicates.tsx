import { Typography } from '@mui/material';
import { useWatch } from 'react-hook-form';
import { useSimpleFormIteratorItem, useTranslate } from 'react-admin';
import { useApi } from '../common/useApi';
import { useDebounced } from '../poverty/useDebounced';
import { LIKELY_DUPLICATE_SCORE } from '../../../shared/register/names';
import type { LikelyDuplicate } from './types';

/** While a person is typed into a new passport: the register's likely duplicates of that name and birth date. */
export function EntryDuplicates() {
  const translate = useTranslate();
  const { index } = useSimpleFormIteratorItem();
  const [lastName, firstName, middleName, birthDate] = useWatch({
    name: [`persons.${index}.lastName`, `persons.${index}.firstName`, `persons.${index}.middleName`, `persons.${index}.birthDate`],
  }) as (string | undefined)[];
  // Debounced as a string: a new object each render would restart the timer for ever.
  const settled = useDebounced(JSON.stringify({ lastName, firstName, middleName, birthDate }), 500);
  const typed = JSON.parse(settled) as Record<'lastName' | 'firstName' | 'middleName' | 'birthDate', string | undefined>;
  const ready = Boolean(
    typed.lastName?.trim() && typed.firstName?.trim() && typed.birthDate && /^\d{4}-\d{2}-\d{2}$/.test(typed.birthDate),
  );
  const query = new URLSearchParams(
    Object.entries(typed).filter((entry): entry is [string, string] => Boolean(entry[1]?.trim())),
  ).toString();
  const { data: found = [] } = useApi<LikelyDuplicate[]>(`/api/duplicates?${query}`, { enabled: ready });
  const likely = found.filter((d) => d.score >= LIKELY_DUPLICATE_SCORE);
  if (!ready || likely.length === 0) return null;
  return (
    <Typography variant="body2" color="warning.main" role="status">
      {translate('app.register.duplicates.onEntry', {
        list: likely
          .map((d) => `${d.lastName} ${d.firstName} ${d.middleName ?? ''}, ${d.birthDate} (${d.score})`.replace(/ ,/, ','))
          .join('; '),
      })}
    </Typography>
  );
}
