import { Datagrid, FunctionField, List, NumberField, TextField, useTranslate } from 'react-admin';
import { samaraDate } from '../common/samaraTime';

interface PlanRow {
  status: string;
  startedAt: string;
  plannedEndAt: string;
}

export function PlanList() {
  const translate = useTranslate();
  return (
    <List title="app.plans.title" exporter={false} sort={{ field: 'startedAt', order: 'DESC' }}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="template.name" label="app.plans.template" sortable={false} />
        <TextField source="person.fullName" label="app.plans.person" sortable={false} />
        <FunctionField label="app.plans.statusLabel" render={(r: PlanRow) => translate(`app.plans.status.${r.status}`)} />
        <FunctionField label="app.plans.started" render={(r: PlanRow) => samaraDate.format(new Date(r.startedAt))} />
        <FunctionField label="app.plans.plannedEnd" render={(r: PlanRow) => samaraDate.format(new Date(r.plannedEndAt))} />
        <NumberField source="latePoints" label="app.plans.late" sortable={false} />
      </Datagrid>
    </List>
  );
}
