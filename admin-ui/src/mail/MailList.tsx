import { Datagrid, FunctionField, List, TextField } from 'react-admin';
import { samaraDateTime } from '../common/samaraTime';

/** What the system mailed, as the local mail server of the embedded default kept it (admins). */
export function MailList() {
  return (
    <List sort={{ field: 'date', order: 'DESC' }} exporter={false} perPage={25}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <FunctionField<{ date: string }> source="date" sortable={false} render={(r) => samaraDateTime.format(new Date(r.date))} />
        <TextField source="to" sortable={false} />
        <TextField source="subject" sortable={false} />
      </Datagrid>
    </List>
  );
}
