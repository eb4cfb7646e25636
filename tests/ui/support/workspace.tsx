import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { AdminContext, RecordContextProvider } from 'react-admin';
import { i18nProvider } from '../../../admin-ui/src/i18n/i18nProvider';
import { authProvider } from '../../../admin-ui/src/providers/authProvider';
import { dataProvider } from '../../../admin-ui/src/providers/dataProvider';
import { saveSession } from '../../../admin-ui/src/providers/session';

export const USER_ID = '00000000-0000-4000-8000-000000000001';

/** Signs a user of the role in, the way the login page leaves the browser. */
export function signInAs(role: string): void {
  saveSession({
    accessToken: 'token',
    user: { id: USER_ID, username: 'u', fullName: 'Проверочный Пользователь', role, organisationId: null, municipalityId: null },
  });
}

/** Renders a widget inside the workspace's own providers (Russian messages, session-based permissions). */
export function renderInWorkspace(ui: ReactNode, record?: object) {
  return render(
    <AdminContext i18nProvider={i18nProvider} authProvider={authProvider} dataProvider={dataProvider}>
      {record ? <RecordContextProvider value={record}>{ui}</RecordContextProvider> : ui}
    </AdminContext>,
  );
}
