import { Button, Typography } from '@mui/material';
import { useState } from 'react';
import { Datagrid, FunctionField, List, TextField, useRefresh, useTranslate } from 'react-admin';
import { samaraDateTime } from '../common/samaraTime';
import { AnswerDialog } from './AnswerDialog';
import type { InformationRequest } from './AnswerDialog';
import { useInboxCounts } from './useInboxCounts';

type Row = InformationRequest & {
  person: { lastName: string; firstName: string; middleName: string | null };
  askedAt: string;
};

/** «Ждут моего ответа»: the operator's cases waiting for information, the question shown, answered from here. */
export function WaitingList() {
  const translate = useTranslate();
  const refresh = useRefresh();
  const counts = useInboxCounts(true);
  const [answering, setAnswering] = useState<InformationRequest | null>(null);
  return (
    <>
      <List
        resource="inbox/waiting"
        title="app.workday.inbox.waiting"
        actions={false}
        exporter={false}
        storeKey={false}
        sort={{ field: 'askedAt', order: 'ASC' }}
        empty={<Typography sx={{ p: 2 }}>{translate('app.workday.inbox.noneWaiting')}</Typography>}
      >
        <Datagrid bulkActionButtons={false} rowClick={false} size="small" data-testid="waiting-list">
          <TextField source="number" label="resources.needs.fields.number" sortable={false} />
          <FunctionField<Row>
            label="resources.needs.fields.person"
            render={(r) => `${r.person.lastName} ${r.person.firstName} ${r.person.middleName ?? ''}`.trim()}
          />
          <TextField source="measure.name" label="resources.needs.fields.measure.name" sortable={false} />
          <TextField source="organisation.shortName" label="resources.needs.fields.organisation.shortName" sortable={false} />
          <FunctionField<Row> label="app.field.question" render={(r) => r.question} />
          <FunctionField<Row> label="app.workday.inbox.askedAt" render={(r) => samaraDateTime.format(new Date(r.askedAt))} />
          <FunctionField<Row>
            render={(r) => (
              <Button size="small" variant="contained" onClick={() => setAnswering(r)} data-testid={`answer-${r.number}`}>
                {translate('app.workday.inbox.answer')}
              </Button>
            )}
          />
        </Datagrid>
      </List>
      <AnswerDialog
        request={answering}
        onClose={() => setAnswering(null)}
        onAnswered={() => {
          setAnswering(null);
          refresh();
          void counts.refetch();
        }}
      />
    </>
  );
}
