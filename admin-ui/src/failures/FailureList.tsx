import { Alert } from '@mui/material';
import { Datagrid, FunctionField, List, NumberField, TextField, usePermissions, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import type { FailureRow } from '../../../shared/schemas/failures';
import { samaraDateTime } from '../common/samaraTime';

const when = (iso: string | null) => (iso ? samaraDateTime.format(new Date(iso)) : '—');

/** The case, as a link for those who may open it (admins see no case data, only its number). */
function CaseField(_props: { label: string }) {
  const { permissions } = usePermissions<string>();
  return (
    <FunctionField<FailureRow>
      source="needId"
      sortable={false}
      render={(r) =>
        r.needId && permissions === 'COORDINATOR' ? <Link to={`/needs/${r.needId}/show`}>{r.needId}</Link> : (r.needId ?? r.workflowId)
      }
    />
  );
}

/** «Сбои»: cases whose current step keeps failing, as Temporal reports them, longest stuck first. */
export function FailureList() {
  const translate = useTranslate();
  return (
    <List pagination={false} exporter={false} perPage={500} empty={false}>
      <Alert severity="info" sx={{ m: 1 }}>
        {translate('app.failures.hint')}
      </Alert>
      <Datagrid bulkActionButtons={false} rowClick={false} empty={<Alert severity="success">{translate('app.failures.none')}</Alert>}>
        <FunctionField<FailureRow> source="stuckSince" sortable={false} render={(r) => when(r.stuckSince)} />
        <FunctionField<FailureRow> source="lastFailureAt" sortable={false} render={(r) => when(r.lastFailureAt)} />
        <CaseField label="resources.failures.fields.needId" />
        <TextField source="organisation.shortName" sortable={false} emptyText="—" />
        <FunctionField<FailureRow>
          source="activityType"
          sortable={false}
          render={(r) =>
            r.activityType
              ? translate(`app.failures.step.${r.activityType}`, { _: r.activityType })
              : translate('app.failures.workflowTask')
          }
        />
        <NumberField source="attempt" sortable={false} />
        <FunctionField<FailureRow> source="failureKind" sortable={false} render={(r) => translate(`app.failures.kind.${r.failureKind}`)} />
        <TextField source="message" sortable={false} />
      </Datagrid>
    </List>
  );
}
