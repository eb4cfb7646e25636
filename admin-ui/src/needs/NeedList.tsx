import type React from 'react';
import { useMediaQuery } from '@mui/material';
import type { Theme } from '@mui/material';
import { Datagrid, FunctionField, Link, List, TextField, usePermissions } from 'react-admin';
import { BulkCaseButtons } from './BulkCaseButtons';
import { DeadlineBadge } from './DeadlineBadge';
import { QueueCounts } from './QueueCounts';
import { QueueSidebar } from './QueueSidebar';
import { StatusField } from './StatusField';
import { queueFilters } from './queueFilters';

type PersonName = { person: { lastName: string; firstName: string; middleName: string | null } };
const WORKERS = ['EXECUTOR', 'SUPERVISOR'];

/** «Моя очередь»: the organisation's cases, nearest deadline first, with saved filters and bulk actions. */
export function NeedList() {
  const { permissions } = usePermissions<string>();
  // On a tablet the municipality gives way, so the deadline stays on screen without scrolling sideways.
  const compact = useMediaQuery((theme: Theme) => theme.breakpoints.down('md'));
  return (
    <List
      filters={queueFilters(permissions)}
      aside={<QueueSidebar />}
      sort={{ field: 'activeDueAt', order: 'ASC' }}
      perPage={25}
      exporter={false}
    >
      <QueueCounts />
      <Datagrid rowClick="show" bulkActionButtons={WORKERS.includes(permissions ?? '') ? <BulkCaseButtons /> : false}>
        <StatusField source="status" />
        <FunctionField<{ id: string; measure: { name: string } }>
          source="measure.name"
          sortable={false}
          render={(r) => (
            // A real link, so the case opens from the keyboard too (the row click is mouse-only).
            <Link to={`/needs/${r.id}/show`} onClick={(e: React.MouseEvent) => e.stopPropagation()}>
              {r.measure.name}
            </Link>
          )}
        />
        <FunctionField<PersonName>
          source="person"
          sortable={false}
          render={(r) => `${r.person.lastName} ${r.person.firstName} ${r.person.middleName ?? ''}`.trim()}
        />
        {!compact && <TextField source="municipality.name" sortable={false} />}
        <DeadlineBadge source="activeDueAt" />
      </Datagrid>
    </List>
  );
}
