import { lazy } from 'react';
import { Route } from 'react-router-dom';
import { Admin, CustomRoutes, Resource, memoryStore } from 'react-admin';
import audit from './audit';
import failures from './failures';
import indicators, { TARGET_EDITORS } from './indicators';
import { SystemKeysPage } from './systemKeys/SystemKeysPage';
import { i18nProvider } from './i18n/i18nProvider';
import needs from './needs';
import passports from './passports';
import persons from './persons';
import plans, { PLAN_ROLES } from './plans';
import users from './users';
import mail from './mail';
import campaigns, { CAMPAIGN_READERS, CAMPAIGN_RUNNERS } from './campaigns';
import messages from './messages';
import { NotificationSettings } from './settings/NotificationSettings';
import { SUPERVISION_ROLES } from './layout/WorkspaceMenu';
import { WorkspaceLayout } from './layout/WorkspaceLayout';
import { povertyRoutes } from './poverty';
import { registerRoutes } from './register';
import { authProvider } from './providers/authProvider';
import { dataProvider } from './providers/dataProvider';
import { PrintsPage, LIST_ROLES } from './prints/PrintsPage';
import {
  EscalationChainPage,
  egissoMappingPages,
  measurePages,
  municipalityPages,
  organisationPages,
  rejectionReasonPages,
} from './catalog';

/** Catalog administration pages (issue 13) for admins; others only read the catalog through references. */
const adminOnly = <T extends object>(role: string, pages: T): Partial<T> => (role === 'ADMIN' ? pages : {});
import { inboxRoutes } from './inbox';

const QUEUE_ROLES = ['EXECUTOR', 'SUPERVISOR', 'COORDINATOR', 'AUDITOR'];
const PASSPORT_ROLES = ['OPERATOR', 'COORDINATOR', 'AUDITOR'];

// Charts load when the supervision page is opened, not with the sign-in page.
const SupervisionPage = lazy(() => import('./supervision/SupervisionPage').then((m) => ({ default: m.SupervisionPage })));
// The home page on sign-in: each role's widgets from the indicator catalog (issue 12).
const HomePage = lazy(() => import('./home/HomePage').then((m) => ({ default: m.HomePage })));

/** Kept in memory, not localStorage: list filters hold names and SNILS, which must not outlive the tab. */
const store = memoryStore();

/**
 * One workspace for every role: the menu shows only what the role may use. No `requireAuth`: with it a
 * signed-out visit mounted react-admin's LogoutOnMount, whose logout clears the query cache and pushes
 * #/login again, over and over, for 12–21 s before the form appeared; each page checks the session itself.
 */
export function App() {
  return (
    <Admin
      dataProvider={dataProvider}
      authProvider={authProvider}
      i18nProvider={i18nProvider}
      store={store}
      title="app.title"
      layout={WorkspaceLayout}
      dashboard={HomePage}
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
        PLAN_ROLES.includes(role) && <Resource key="plans" name="plans" {...plans} options={{ label: 'app.plans.title' }} />,
        role === 'AUDITOR' && <Resource key="audit" name="audit" {...audit} />,
        role === 'ADMIN' && <Resource key="mail" name="mail" {...mail} />,
        CAMPAIGN_READERS.includes(role) && (
          <Resource
            key="campaigns"
            name="campaigns"
            {...campaigns}
            create={CAMPAIGN_RUNNERS.includes(role) ? campaigns.create : undefined}
            options={{ label: 'app.campaigns.title' }}
          />
        ),
        role === 'ADMIN' && <Resource key="messages" name="messages" {...messages} />,
        ['ADMIN', 'COORDINATOR'].includes(role) && <Resource key="failures" name="failures" {...failures} />,
        TARGET_EDITORS.includes(role) && (
          <Resource
            key="indicators"
            name="indicators"
            {...indicators}
            edit={role === 'ADMIN' ? indicators.edit : undefined}
            create={role === 'ADMIN' ? indicators.create : undefined}
          />
        ),
        role === 'ADMIN' && (
          <CustomRoutes key="system-keys">
            <Route path="/system-keys" element={<SystemKeysPage />} />
          </CustomRoutes>
        ),
        <CustomRoutes key="settings">
          <Route path="/notification-settings" element={<NotificationSettings />} />
        </CustomRoutes>,
        role === 'ADMIN' ? (
          <Resource key="users" name="users" {...users} />
        ) : (
          <Resource key="users" name="users" recordRepresentation="fullName" />
        ),
        <Resource key="municipalities" name="municipalities" recordRepresentation="name" {...adminOnly(role, municipalityPages)} />,
        <Resource key="support-measures" name="support-measures" recordRepresentation="name" {...adminOnly(role, measurePages)} />,
        <Resource key="organisations" name="organisations" recordRepresentation="shortName" {...adminOnly(role, organisationPages)} />,
        role === 'ADMIN' && <Resource key="rejection-reasons" name="rejection-reasons" {...rejectionReasonPages} />,
        role === 'ADMIN' && <Resource key="egisso-mappings" name="egisso-mappings" {...egissoMappingPages} />,
        LIST_ROLES.includes(role) && (
          <CustomRoutes key="prints">
            <Route path="/prints" element={<PrintsPage />} />
          </CustomRoutes>
        ),
        role === 'ADMIN' && (
          <CustomRoutes key="escalation-chain">
            <Route path="/escalation-chain" element={<EscalationChainPage />} />
          </CustomRoutes>
        ),
        SUPERVISION_ROLES.includes(role) && (
          <CustomRoutes key="supervision">
            <Route path="/supervision" element={<SupervisionPage />} />
          </CustomRoutes>
        ),
        ...povertyRoutes(role),
        ...registerRoutes(role),
        ...inboxRoutes(role),
      ]}
    </Admin>
  );
}
