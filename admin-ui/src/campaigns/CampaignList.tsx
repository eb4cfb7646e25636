import { Datagrid, FunctionField, List, TextField, TopToolbar, CreateButton, usePermissions } from 'react-admin';
import { samaraDateTime } from '../common/samaraTime';
import { CAMPAIGN_RUNNERS } from './roles';
import { CampaignProgress, CampaignStatusChip } from './CampaignProgress';
import type { Campaign } from './campaignTypes';

function CampaignListActions() {
  const { permissions } = usePermissions<string>();
  return <TopToolbar>{CAMPAIGN_RUNNERS.includes(permissions ?? '') && <CreateButton label="app.campaigns.create" />}</TopToolbar>;
}

/** Campaigns, newest first, with their state and how far each has got. */
export function CampaignList() {
  return (
    <List
      title="app.campaigns.title"
      empty={false}
      exporter={false}
      sort={{ field: 'createdAt', order: 'DESC' }}
      actions={<CampaignListActions />}
    >
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="title" sortable={false} />
        <FunctionField<Campaign> source="status" sortable={false} render={(c) => <CampaignStatusChip status={c.status} />} />
        <FunctionField<Campaign> source="processed" sortable={false} render={(c) => <CampaignProgress campaign={c} />} />
        <TextField source="municipality.name" sortable={false} />
        <TextField source="measure.name" sortable={false} />
        <TextField source="createdBy.fullName" sortable={false} />
        <FunctionField<Campaign> source="createdAt" render={(c) => samaraDateTime.format(new Date(c.createdAt))} />
      </Datagrid>
    </List>
  );
}
