import type React from 'react';
import { useState } from 'react';
import { useMediaQuery } from '@mui/material';
import type { Theme } from '@mui/material';
import {
  DatagridConfigurable,
  FilterButton,
  FunctionField,
  Link,
  List,
  SelectColumnsButton,
  TextField,
  TopToolbar,
  useListContext,
  usePermissions,
} from 'react-admin';
import { BulkCaseButtons } from './BulkCaseButtons';
import { CasePanel } from './CasePanel';
import { DeadlineBadge } from './DeadlineBadge';
import { QueueCounts } from './QueueCounts';
import { QueueEmpty } from './QueueEmpty';
import { QueuePagination } from './QueuePagination';
import { QueueSidebar } from './QueueSidebar';
import { ShortcutsHelp } from './ShortcutsHelp';
import { StatusField } from './StatusField';
import { queueFilters } from './queueFilters';
import { CASE_SHORTCUTS, useShortcuts } from './useShortcuts';

type PersonName = { person: { lastName: string; firstName: string; middleName: string | null } };
const WORKERS = ['EXECUTOR', 'SUPERVISOR'];

/** Compact rows, so a working day's queue (15 rows and more) fits a 1366×768 screen. */
const COMPACT = {
  '& .RaDatagrid-rowCell, & .RaDatagrid-headerCell': { py: 0.25, px: 0.75, lineHeight: 1.3, whiteSpace: { xs: 'normal', lg: 'nowrap' } },
  // Long names end in «…» (the whole one on hover) instead of doubling the row's height.
  '& .RaDatagrid-rowCell:is(.column-measure\\.name, .column-person, .column-assignee, .column-municipality\\.name)': {
    maxWidth: { lg: 100 },
    overflow: 'hidden',
    textOverflow: 'ellipsis',
  },
  '& .RaDatagrid-rowCell .MuiCheckbox-root, & .RaDatagrid-headerCell .MuiCheckbox-root': { p: 0.25 },
  '& .MuiChip-root': { my: 0 },
  '& .RaDatagrid-row.selected-case': { bgcolor: 'action.selected' },
};

function QueueActions() {
  return (
    <TopToolbar>
      <ShortcutsHelp />
      <SelectColumnsButton />
      {/* Queries are saved beside the list, on the server (SharedQueriesList), not in this menu. */}
      <FilterButton disableSaveQuery />
    </TopToolbar>
  );
}

/** The rows, the side panel of the case chosen in them, and the keys that go through them. */
function QueueGrid() {
  const { permissions } = usePermissions<string>();
  const { data = [] } = useListContext<{ id: string }>();
  const [selected, setSelected] = useState<string | null>(null);
  // The municipality column only where it fits beside the rest (it can be switched on in «Столбцы»).
  const wide = useMediaQuery((theme: Theme) => theme.breakpoints.up('xl'));
  const step = (by: number) => {
    if (data.length === 0) return;
    const at = data.findIndex((r) => r.id === selected);
    const next = at < 0 ? 0 : Math.min(data.length - 1, Math.max(0, at + by));
    setSelected(data[next].id);
  };
  useShortcuts({ KeyJ: () => step(1), KeyK: () => step(-1), Escape: () => setSelected(null), ...CASE_SHORTCUTS });
  return (
    <>
      <QueueCounts />
      <DatagridConfigurable
        rowClick={(id) => {
          setSelected(String(id));
          return false;
        }}
        rowSx={(record) => (record.id === selected ? { bgcolor: 'action.selected' } : {})}
        size="small"
        sx={COMPACT}
        empty={<QueueEmpty />}
        omit={wide ? ['registeredAt'] : ['municipality.name', 'registeredAt']}
        bulkActionButtons={WORKERS.includes(permissions ?? '') ? <BulkCaseButtons /> : false}
      >
        {/* In the order of QUEUE_COLUMNS: the saved column choice refers to them by it (queueColumns.ts). */}
        <FunctionField<{ id: string; number: string }>
          source="number"
          sortable={false}
          render={(r) => (
            // A real link to the full case page, so it opens from the keyboard too (the row click opens the side panel).
            <Link to={`/needs/${r.id}/show`} onClick={(e: React.MouseEvent) => e.stopPropagation()} data-testid="case-link">
              {r.number}
            </Link>
          )}
        />
        <StatusField source="status" />
        <TextField source="measure.name" sortable={false} />
        <FunctionField<PersonName>
          source="person"
          sortable={false}
          render={(r) => `${r.person.lastName} ${r.person.firstName} ${r.person.middleName ?? ''}`.trim()}
        />
        <FunctionField<{ assignee: { fullName: string } | null }>
          source="assignee"
          sortable={false}
          render={(r) => r.assignee?.fullName ?? '—'}
        />
        <TextField source="municipality.name" sortable={false} />
        <FunctionField<{ registeredAt: string }>
          source="registeredAt"
          render={(r) => new Date(r.registeredAt).toLocaleDateString('ru-RU')}
        />
        <DeadlineBadge source="activeDueAt" short />
      </DatagridConfigurable>
      <CasePanel id={selected} onClose={() => setSelected(null)} />
    </>
  );
}

/**
 * «Моя очередь»: the organisation's cases, nearest deadline first, with saved filters and bulk actions.
 * Filters last for the visit only (no store key): the queue never opens empty because of a filter set days ago.
 */
export function NeedList() {
  const { permissions } = usePermissions<string>();
  return (
    <List
      filters={queueFilters(permissions)}
      actions={<QueueActions />}
      aside={<QueueSidebar />}
      sort={{ field: 'activeDueAt', order: 'ASC' }}
      perPage={25}
      pagination={<QueuePagination />}
      exporter={false}
      storeKey={false}
    >
      <QueueGrid />
    </List>
  );
}
