import { Route } from 'react-router-dom';
import { CustomRoutes } from 'react-admin';
import { EscalationsPage } from './EscalationsPage';
import { ESCALATION_ROLES, WAITING_ROLES } from './InboxMenuItems';
import { WaitingList } from './WaitingList';

export { InboxMenuItems } from './InboxMenuItems';

/** The inboxes' pages, for the roles that have them. */
export function inboxRoutes(role: string) {
  return [
    WAITING_ROLES.includes(role) && (
      <CustomRoutes key="inbox-waiting">
        <Route path="/waiting" element={<WaitingList />} />
      </CustomRoutes>
    ),
    ESCALATION_ROLES.includes(role) && (
      <CustomRoutes key="inbox-escalations">
        <Route path="/escalations" element={<EscalationsPage />} />
      </CustomRoutes>
    ),
  ];
}
