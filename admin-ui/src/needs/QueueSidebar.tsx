import AccessTimeIcon from '@mui/icons-material/AccessTime';
import PersonIcon from '@mui/icons-material/Person';
import { Card, CardContent } from '@mui/material';
import { FilterList, FilterListItem } from 'react-admin';
import { SharedQueriesList } from './SharedQueriesList';

/** Beside the queue: the saved filters (the user's own and their organisation's) and one-click views of their own and overdue cases. */
export function QueueSidebar() {
  return (
    <Card sx={{ order: -1, mr: 2, mt: 2, width: 170, flexShrink: 0, display: { xs: 'none', lg: 'block' } }}>
      <CardContent>
        <SharedQueriesList />
        <FilterList label="app.filter.assignee" icon={<PersonIcon />}>
          <FilterListItem label="app.filter.assigneeMe" value={{ assigneeId: 'me' }} />
          <FilterListItem label="app.filter.assigneeNone" value={{ assigneeId: 'none' }} />
        </FilterList>
        <FilterList label="app.filter.deadline" icon={<AccessTimeIcon />}>
          <FilterListItem label="app.filter.overdue" value={{ overdue: true }} />
          <FilterListItem label="app.filter.onTime" value={{ overdue: false }} />
        </FilterList>
      </CardContent>
    </Card>
  );
}
