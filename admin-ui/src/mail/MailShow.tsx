import { Box } from '@mui/material';
import { FunctionField, Labeled, Show, SimpleShowLayout, TextField, useRecordContext } from 'react-admin';
import { samaraDateTime } from '../common/samaraTime';

/** The HTML version in a sandboxed frame: no scripts, no access to the workspace. */
function HtmlBody() {
  const mail = useRecordContext<{ html: string }>();
  if (!mail?.html) return null;
  return (
    <Labeled label="resources.mail.fields.html">
      <Box
        component="iframe"
        title="html"
        sandbox=""
        srcDoc={mail.html}
        sx={{ width: '100%', height: 360, border: 1, borderColor: 'divider' }}
      />
    </Labeled>
  );
}

export function MailShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <FunctionField<{ date: string | null }> source="date" render={(r) => (r.date ? samaraDateTime.format(new Date(r.date)) : '—')} />
        <TextField source="from" />
        <TextField source="to" />
        <TextField source="subject" />
        <TextField source="messageId" />
        <TextField source="text" component="pre" sx={{ whiteSpace: 'pre-wrap', fontFamily: 'inherit' }} />
        <HtmlBody />
      </SimpleShowLayout>
    </Show>
  );
}
