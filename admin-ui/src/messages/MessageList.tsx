import { Datagrid, FunctionField, List, NumberField, TextField, useTranslate } from 'react-admin';
import { samaraDateTime } from '../common/samaraTime';

interface MessageRow {
  createdAt: string;
  channel: string;
  status: string;
}

/** What families were told, as the embedded channel kept it (and copies of what the SMS gateway was given); admins. */
export function MessageList() {
  const translate = useTranslate();
  // A gateway's refusal carries its HTTP status ("REFUSED 400"): the word is translated, the code kept.
  const statusOf = (status: string) => {
    const [word, ...rest] = status.split(' ');
    return [translate(`app.messages.status.${word}`, { _: word }), ...rest].join(' ');
  };
  return (
    <List sort={{ field: 'createdAt', order: 'DESC' }} exporter={false} perPage={25}>
      <Datagrid bulkActionButtons={false} rowClick={false}>
        <FunctionField<MessageRow> source="createdAt" render={(r) => samaraDateTime.format(new Date(r.createdAt))} />
        <TextField source="recipient" sortable={false} />
        <TextField source="text" sortable={false} sx={{ whiteSpace: 'pre-wrap' }} />
        <NumberField source="segments" sortable={false} />
        <FunctionField<MessageRow>
          source="channel"
          sortable={false}
          render={(r) => translate(`app.messages.channel.${r.channel}`, { _: r.channel })}
        />
        <FunctionField<MessageRow> source="status" sortable={false} render={(r) => statusOf(r.status)} />
      </Datagrid>
    </List>
  );
}
