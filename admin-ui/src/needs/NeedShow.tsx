import { FunctionField, Show, TabbedShowLayout, TextField, TopToolbar, usePermissions, useRecordContext } from 'react-admin';
import { PrintButton } from '../common/PrintButton';
import { samaraDateTime } from '../common/samaraTime';
import { CaseDocuments } from '../documents/CaseDocuments';
import { ActionBar } from './ActionBar';
import { CaseComment } from './CaseComment';
import { CaseHistory } from './CaseHistory';
import { CaseHeader } from './CaseHeader';
import { CASE_SHORTCUTS, useShortcuts } from './useShortcuts';

const HISTORY_PRINTERS = ['SUPERVISOR', 'COORDINATOR', 'AUDITOR'];

/** The printable forms of the case its reader may have: the act once support was given, the history extract. */
function CasePrintButtons() {
  const record = useRecordContext<{ id: string; status: string }>();
  const { permissions } = usePermissions<string>();
  if (!record) return <TopToolbar />;
  return (
    <TopToolbar>
      {record.status === 'RESOLVED' && (
        <PrintButton url={`/api/needs/${record.id}/act.pdf`} label="app.print.supportAct" fileName="act.pdf" />
      )}
      {HISTORY_PRINTERS.includes(permissions ?? '') && (
        <PrintButton url={`/api/needs/${record.id}/history.pdf`} label="app.print.historyExtract" fileName="history.pdf" />
      )}
    </TopToolbar>
  );
}

/** A case: the person and measure, the deadline, the documents, and the actions of its state; its history. */
export function NeedShow() {
  useShortcuts(CASE_SHORTCUTS);
  return (
    <Show actions={<CasePrintButtons />}>
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="app.case.tab">
          <CaseHeader />
          <ActionBar />
          <FunctionField<{ registeredAt: string }> source="registeredAt" render={(r) => samaraDateTime.format(new Date(r.registeredAt))} />
          <TextField source="description" />
          <TextField source="report" emptyText="—" />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="resources.needs.fields.documents" path="documents">
          <CaseDocuments />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="app.history.title" path="history">
          <CaseComment />
          <CaseHistory />
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </Show>
  );
}
