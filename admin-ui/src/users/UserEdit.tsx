import { BooleanInput, Edit, PasswordInput, SaveButton, SimpleForm, Toolbar } from 'react-admin';
import { userInputs } from './userInputs';

/** Change the role or placement, or deactivate the account (its sessions end at once). Accounts are never deleted. */
export function UserEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="list">
      <SimpleForm
        toolbar={
          <Toolbar>
            <SaveButton />
          </Toolbar>
        }
      >
        {userInputs}
        <BooleanInput source="active" />
        <PasswordInput source="password" label="app.workday.users.newPassword" helperText="app.workday.users.newPasswordHint" />
      </SimpleForm>
    </Edit>
  );
}
