import KeyIcon from '@mui/icons-material/Key';
import InsightsIcon from '@mui/icons-material/Insights';
import TrendingUpIcon from '@mui/icons-material/TrendingUp';
import PrintIcon from '@mui/icons-material/Print';
import { LIST_ROLES } from '../prints/PrintsPage';
import MailOutlineIcon from '@mui/icons-material/EmailOutlined';
import { Menu, usePermissions } from 'react-admin';
import { PovertyMenuItems } from '../poverty';
import { RegisterMenuItems } from '../register';
import { InboxMenuItems } from '../inbox';

export const SUPERVISION_ROLES = ['SUPERVISOR', 'COORDINATOR', 'AUDITOR'];

/** The menu: the role's resources, and the supervision board for those who oversee. */
export function WorkspaceMenu() {
  const { permissions } = usePermissions<string>();
  return (
    <Menu>
      <Menu.DashboardItem />
      <InboxMenuItems />
      {SUPERVISION_ROLES.includes(permissions ?? '') && (
        <Menu.Item to="/supervision" primaryText="app.supervision.title" leftIcon={<InsightsIcon />} />
      )}
      <PovertyMenuItems />
      <RegisterMenuItems />
      <Menu.ResourceItems />
      {LIST_ROLES.includes(permissions ?? '') && <Menu.Item to="/prints" primaryText="app.prints.title" leftIcon={<PrintIcon />} />}
      {permissions === 'ADMIN' && <Menu.Item to="/system-keys" primaryText="app.systemKeys.title" leftIcon={<KeyIcon />} />}
      {permissions === 'ADMIN' && <Menu.Item to="/escalation-chain" primaryText="app.catalog.chain.title" leftIcon={<TrendingUpIcon />} />}
      <Menu.Item to="/notification-settings" primaryText="app.settings.title" leftIcon={<MailOutlineIcon />} />
    </Menu>
  );
}
