import { BooleanInput, Datagrid, FunctionField, List, SelectInput, TextField, useTranslate } from 'react-admin';
import { DeadlineBadge } from './DeadlineBadge';
import { QueueCounts } from './QueueCounts';
import { StatusField } from './StatusField';

const STATUSES = ['ASSIGNED', 'IN_PROGRESS', 'WAITING_INFO', 'RESOLVED', 'REJECTED', 'CANCELLED'];

type PersonName = { person: { lastName: string; firstName: string; middleName: string | null } };

/** «Моя очередь»: the organisation's cases, nearest deadline first. */
export function NeedList() {
  const translate = useTranslate();
  const filters = [
    <SelectInput key="status" source="status" choices={STATUSES.map((id) => ({ id, name: translate(`app.status.${id}`) }))} alwaysOn />,
    <BooleanInput key="overdue" source="overdue" label="app.filter.overdue" alwaysOn />,
  ];
  return (
    <List filters={filters} sort={{ field: 'activeDueAt', order: 'ASC' }} perPage={25} exporter={false}>
      <QueueCounts />
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <StatusField source="status" />
        <TextField source="measure.name" sortable={false} />
        <FunctionField<PersonName>
          source="person"
          sortable={false}
          render={(r) => `${r.person.lastName} ${r.person.firstName} ${r.person.middleName ?? ''}`.trim()}
        />
        <TextField source="municipality.name" sortable={false} />
        <DeadlineBadge source="activeDueAt" />
      </Datagrid>
    </List>
  );
}
