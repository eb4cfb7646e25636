import { Typography } from '@mui/material';
import { List, usePermissions, useTranslate } from 'react-admin';
import { BulkCaseButtons } from '../needs/BulkCaseButtons';
import { PANEL_LIST_PROPS, SupervisedCasesGrid } from './SupervisedCasesGrid';

/** Cases escalated to the signed-in supervisor or coordinator, longest overdue first; reassign in bulk. */
export function EscalationsList() {
  const translate = useTranslate();
  const { permissions } = usePermissions<string>();
  return (
    <section aria-labelledby="escalations-title">
      <Typography id="escalations-title" variant="h6">
        {translate('app.supervision.escalations')}
      </Typography>
      <List
        resource="supervision/escalations"
        {...PANEL_LIST_PROPS}
        storeKey="escalations"
        empty={<Typography>{translate('app.supervision.noEscalations')}</Typography>}
      >
        <SupervisedCasesGrid bulkActionButtons={permissions === 'SUPERVISOR' ? <BulkCaseButtons /> : false} testId="escalations" />
      </List>
    </section>
  );
}
