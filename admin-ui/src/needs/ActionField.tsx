import { MenuItem, TextField } from '@mui/material';
import { useGetList, useTranslate } from 'react-admin';
import type { ActionField as Field } from './caseActions';

const WORKERS = ['EXECUTOR', 'SUPERVISOR'];

function useChoices(kind: Field['kind'], organisationId: string): { id: string; name: string }[] {
  const users = useGetList<{ id: string; fullName: string; role: string }>(
    'users',
    { pagination: { page: 1, perPage: 100 }, sort: { field: 'fullName', order: 'ASC' }, filter: { organisationId } },
    { enabled: kind === 'assignee' },
  );
  const organisations = useGetList<{ id: string; shortName: string }>(
    'organisations',
    { pagination: { page: 1, perPage: 100 }, sort: { field: 'shortName', order: 'ASC' } },
    { enabled: kind === 'organisation' },
  );
  const reasons = useGetList<{ id: string; code: string; name: string; active: boolean }>(
    'rejection-reasons',
    { pagination: { page: 1, perPage: 100 }, sort: { field: 'position', order: 'ASC' } },
    { enabled: kind === 'reason' },
  );
  // The reasons in use, named as admins keep them in the catalog (issue 13).
  if (kind === 'reason') return (reasons.data ?? []).filter((r) => r.active).map((r) => ({ id: r.code, name: r.name }));
  if (kind === 'assignee') return (users.data ?? []).filter((u) => WORKERS.includes(u.role)).map((u) => ({ id: u.id, name: u.fullName }));
  if (kind === 'organisation')
    return (organisations.data ?? []).filter((o) => o.id !== organisationId).map((o) => ({ id: o.id, name: o.shortName }));
  return [];
}

/** One input of a case action's dialog: free text, a date, or a choice from the catalogs. */
export function ActionField({
  field,
  organisationId,
  value,
  error,
  onChange,
}: {
  field: Field;
  organisationId: string;
  value: string;
  error?: string;
  onChange: (value: string) => void;
}) {
  const translate = useTranslate();
  const choices = useChoices(field.kind, organisationId);
  const isChoice = !['text', 'date'].includes(field.kind);
  return (
    <TextField
      id={`action-${field.name}`}
      name={field.name}
      label={translate(`app.field.${field.name}`)}
      type={field.kind === 'date' ? 'date' : 'text'}
      select={isChoice}
      multiline={field.kind === 'text'}
      fullWidth
      margin="dense"
      slotProps={{ inputLabel: { shrink: true } }}
      value={value}
      error={Boolean(error)}
      helperText={error}
      onChange={(e) => onChange(e.target.value)}
    >
      {choices.map((choice) => (
        <MenuItem key={choice.id} value={choice.id}>
          {choice.name}
        </MenuItem>
      ))}
    </TextField>
  );
}
