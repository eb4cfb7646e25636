import { Create, PasswordInput, SimpleForm, TextInput, required } from 'react-admin';
import type { RaRecord } from 'react-admin';

/** After saving, the list opens filtered to the new account, so it is in view whatever the list's order. */
const toNewUser = (_resource?: string, _id?: unknown, data?: Partial<RaRecord>) =>
  `users?filter=${encodeURIComponent(JSON.stringify({ q: String(data?.username ?? '') }))}`;
import { userInputs } from './userInputs';

/** A new account; the API checks the password policy and the placement of the role. */
export function UserCreate() {
  return (
    <Create redirect={toNewUser} title="app.workday.users.new">
      <SimpleForm>
        <TextInput source="username" validate={required()} helperText="app.user.usernameHint" />
        <PasswordInput source="password" validate={required()} helperText="app.user.passwordHint" />
        {userInputs}
      </SimpleForm>
    </Create>
  );
}
