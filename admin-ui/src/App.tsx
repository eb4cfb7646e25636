import { Admin, Resource } from 'react-admin';
import audit from './audit';
import { i18nProvider } from './i18n/i18nProvider';
import needs from './needs';
import passports from './passports';
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
        role === 'AUDITOR' && <Resource key="audit" name="audit" {...audit} />,
        <Resource key="municipalities" name="municipalities" recordRepresentation="name" />,
        <Resource key="support-measures" name="support-measures" recordRepresentation="name" />,
      ]}
    </Admin>
  );
}
