import { Button, Dialog, DialogActions, DialogContent, DialogTitle, Tab, Tabs } from '@mui/material';
import { useState } from 'react';
import { DateInput, Form, SaveButton, SelectInput, TextInput, required, useNotify, useRefresh, useTranslate } from 'react-admin';
import { optionalName, requiredName } from '../common/textRules';
import type { FieldValues } from 'react-hook-form';
import { httpClient } from '../providers/httpClient';
import type { FamilyPerson } from './familyLayout';
import { relationChoices } from './relationChoices';

const SEXES = [
  { id: 'FEMALE', name: 'app.sex.FEMALE' },
  { id: 'MALE', name: 'app.sex.MALE' },
];
const label = (field: string) => `resources.passports.fields.${field}`;

/** Field errors of a refused request, for the form to show beside the fields. */
async function submitted(request: () => Promise<unknown>): Promise<Record<string, string> | undefined> {
  try {
    await request();
    return undefined;
  } catch (error) {
    const { body, message } = error as { body?: { errors?: Record<string, string> }; message: string };
    return body?.errors && Object.keys(body.errors).length > 0 ? body.errors : { root: message };
  }
}

/**
 * Adds a relative of the selected person from the family map: a new family member, or a link to a
 * member already in the passport. The kind says what the other person is to the selected one.
 */
export function AddRelativeDialog({
  passportId,
  person,
  members,
  onClose,
}: {
  passportId: string;
  person: FamilyPerson;
  members: FamilyPerson[];
  onClose: () => void;
}) {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [mode, setMode] = useState<'new' | 'member'>('new');
  const others = members.filter((m) => m.id !== person.id).map((m) => ({ id: m.id, name: `${m.lastName} ${m.firstName}` }));

  const done = () => {
    notify('app.family.linked', { type: 'success' });
    refresh();
    onClose();
  };
  const addNew = async ({ kind, ...fields }: FieldValues) => {
    const errors = await submitted(() =>
      httpClient(`/api/passports/${passportId}/persons`, {
        method: 'POST',
        body: JSON.stringify({ ...fields, relations: [{ toPersonId: person.id, kind }] }),
      }),
    );
    if (!errors) done();
    return errors;
  };
  const linkMember = async ({ fromPersonId, kind }: FieldValues) => {
    const errors = await submitted(() =>
      httpClient('/api/relations', { method: 'POST', body: JSON.stringify({ fromPersonId, toPersonId: person.id, kind }) }),
    );
    if (!errors) done();
    return errors;
  };

  return (
    <Dialog
      open
      onClose={onClose}
      fullWidth
      maxWidth="sm"
      // The form sits between the paper and its content: as a shrinking column the fields scroll and the buttons stay in view.
      sx={{ '& form': { display: 'flex', flexDirection: 'column', minHeight: 0 }, '& form .MuiDialogContent-root': { overflowY: 'auto' } }}
    >
      <DialogTitle>{translate('app.family.addRelativeOf', { name: `${person.lastName} ${person.firstName}` })}</DialogTitle>
      <Tabs value={mode} onChange={(_, value) => setMode(value)} sx={{ px: 3 }}>
        <Tab value="new" label={translate('app.family.newPerson')} />
        <Tab value="member" label={translate('app.family.existingMember')} disabled={others.length === 0} />
      </Tabs>
      {mode === 'new' ? (
        <Form onSubmit={addNew} key="new">
          <DialogContent>
            <SelectInput source="kind" label="app.family.kind" choices={relationChoices} validate={required()} fullWidth />
            <TextInput source="lastName" label={label('lastName')} validate={requiredName} fullWidth />
            <TextInput source="firstName" label={label('firstName')} validate={requiredName} fullWidth />
            <TextInput source="middleName" label={label('middleName')} validate={optionalName} fullWidth />
            <DateInput source="birthDate" label={label('birthDate')} validate={required()} />
            <SelectInput source="sex" label={label('sex')} choices={SEXES} validate={required()} />
            <TextInput source="snils" label={label('snils')} validate={required()} fullWidth />
          </DialogContent>
          <DialogActions>
            <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
            <SaveButton label="app.family.add" />
          </DialogActions>
        </Form>
      ) : (
        <Form onSubmit={linkMember} key="member">
          <DialogContent>
            <SelectInput source="fromPersonId" label="app.family.member" choices={others} validate={required()} fullWidth />
            <SelectInput source="kind" label="app.family.kind" choices={relationChoices} validate={required()} fullWidth />
          </DialogContent>
          <DialogActions>
            <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
            <SaveButton label="app.family.link" />
          </DialogActions>
        </Form>
      )}
    </Dialog>
  );
}
