import { Create, PasswordInput, SimpleForm, TextInput, required } from 'react-admin';
import { userInputs } from './userInputs';

/** A new account; the API checks the password policy and the placement of the role. */
export function UserCreate() {
  return (
    <Create redirect="list">
      <SimpleForm>
        <TextInput source="username" validate={required()} helperText="app.user.usernameHint" />
        <PasswordInput source="password" validate={required()} helperText="app.user.passwordHint" />
        {userInputs}
      </SimpleForm>
    </Create>
  );
}
