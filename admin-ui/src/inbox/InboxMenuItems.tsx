import MarkEmailUnreadIcon from '@mui/icons-material/MarkEmailUnread';
import PriorityHighIcon from '@mui/icons-material/PriorityHigh';
import { Badge } from '@mui/material';
import type { ReactElement } from 'react';
import { Menu, usePermissions, useTranslate } from 'react-admin';
import { useInboxCounts } from './useInboxCounts';

/** Who has which inbox: operators answer information requests, supervisors and the coordinator take escalations. */
export const WAITING_ROLES = ['OPERATOR'];
export const ESCALATION_ROLES = ['SUPERVISOR', 'COORDINATOR'];

/** The inboxes in the menu, each with how many items wait in it. */
export function InboxMenuItems() {
  const { permissions } = usePermissions<string>();
  const translate = useTranslate();
  const role = permissions ?? '';
  const enabled = WAITING_ROLES.includes(role) || ESCALATION_ROLES.includes(role);
  const { data } = useInboxCounts(enabled);
  const counted = (icon: ReactElement, n: number | undefined, testId: string) => (
    <Badge badgeContent={n ?? 0} color="error" max={99} data-testid={testId}>
      {icon}
    </Badge>
  );
  return (
    <>
      {WAITING_ROLES.includes(role) && (
        <Menu.Item
          to="/waiting"
          primaryText={translate('app.workday.inbox.waiting')}
          leftIcon={counted(<MarkEmailUnreadIcon />, data?.waiting, 'count-waiting')}
        />
      )}
      {ESCALATION_ROLES.includes(role) && (
        <Menu.Item
          to="/escalations"
          primaryText={translate('app.workday.inbox.escalations')}
          leftIcon={counted(<PriorityHighIcon />, data?.escalations, 'count-escalations')}
        />
      )}
    </>
  );
}
