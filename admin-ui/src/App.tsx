import { Route } from 'react-router-dom';
import { Admin, CustomRoutes, Resource } from 'react-admin';
import audit from './audit';
import { i18nProvider } from './i18n/i18nProvider';
import needs from './needs';
import passports from './passports';
import persons from './persons';
import users from './users';
import mail from './mail';
import { NotificationSettings } from './settings/NotificationSettings';
import { SUPERVISION_ROLES } from './layout/WorkspaceMenu';
import { WorkspaceLayout } from './layout/WorkspaceLayout';
import { SupervisionPage } from './supervision/SupervisionPage';
import { povertyRoutes } from './poverty';
import { authProvider } from './providers/authProvider';
import { dataProvider } from './providers/dataProvider';

const QUEUE_ROLES = ['EXECUTOR', 'SUPERVISOR', 'COORDINATOR', 'AUDITOR'];
const PASSPORT_ROLES = ['OPERATOR', 'COORDINATOR', 'AUDITOR'];

/** One workspace for every role: the menu shows only what the role may use. */
export function App() {
  return (
    <Admin
      dataProvider={dataProvider}
      authProvider={authProvider}
      i18nProvider={i18nProvider}
      title="app.title"
      requireAuth
      layout={WorkspaceLayout}
      disableTelemetry
    >
      {(role: string) => [
        QUEUE_ROLES.includes(role) ? (
          <Resource key="needs" name="needs" {...needs} />
        ) : (
          <Resource key="needs" name="needs" show={needs.show} recordRepresentation={needs.recordRepresentation} />
        ),
        PASSPORT_ROLES.includes(role) && (
          <Resource key="passports" name="passports" {...passports} create={role === 'OPERATOR' ? passports.create : undefined} />
        ),
        PASSPORT_ROLES.includes(role) && (
          <Resource
            key="persons"
            name="persons"
            recordRepresentation={persons.recordRepresentation}
            edit={role === 'OPERATOR' ? persons.edit : undefined}
          />
        ),
        role === 'AUDITOR' && <Resource key="audit" name="audit" {...audit} />,
        role === 'ADMIN' && <Resource key="mail" name="mail" {...mail} />,
        <CustomRoutes key="settings">
          <Route path="/notification-settings" element={<NotificationSettings />} />
        </CustomRoutes>,
        role === 'ADMIN' ? (
          <Resource key="users" name="users" {...users} />
        ) : (
          <Resource key="users" name="users" recordRepresentation="fullName" />
        ),
        <Resource key="municipalities" name="municipalities" recordRepresentation="name" />,
        <Resource key="support-measures" name="support-measures" recordRepresentation="name" />,
        <Resource key="organisations" name="organisations" recordRepresentation="shortName" />,
        SUPERVISION_ROLES.includes(role) && (
          <CustomRoutes key="supervision">
            <Route path="/supervision" element={<SupervisionPage />} />
          </CustomRoutes>
        ),
        ...povertyRoutes(role),
      ]}
    </Admin>
  );
}
