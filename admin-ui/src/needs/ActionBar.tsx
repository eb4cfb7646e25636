import { Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useDataProvider, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { SendButton } from '../common/SendButton';
import { textProblems } from '../common/textRules';
import { useSend } from '../common/useSend';
import type { CaseActionName } from './caseActions';
import { actionFields, isCaseAction } from './caseActions';
import { ActionField } from './ActionField';

interface CaseRecord {
  id: string;
  organisation: { id: string };
  /** What the signed-in user may do now, as the API's rules say. */
  allowedActions?: string[];
  /** While waiting for information: what was asked. */
  question?: string | null;
}

/** The actions the API allows on the case now; each sends one case action, once. */
export function ActionBar() {
  const record = useRecordContext<CaseRecord>();
  const dataProvider = useDataProvider();
  const translate = useTranslate();
  const refresh = useRefresh();
  const [open, setOpen] = useState<CaseActionName | null>(null);
  const [started, setStarted] = useState<CaseActionName | null>(null);
  const [values, setValues] = useState<Record<string, string>>({});
  const fields = open ? actionFields(open) : [];
  const action = useSend(
    ({ name, body }: { name: CaseActionName; body: Record<string, string> }) => dataProvider.caseAction(record?.id, name, body),
    {
      // «Дело № … принято в работу»: which case, and what happened to it.
      done: (need: { number?: string }, { name }) => [`app.workday.done.${name}`, { number: need?.number ?? '' }],
      fields: fields.map((f) => f.name),
      check: ({ name, body }) =>
        textProblems(
          Object.fromEntries(
            actionFields(name)
              .filter((f) => f.kind === 'text')
              .map((f) => [f.name, [body[f.name] ?? '', 'long']]),
          ),
        ),
      onSuccess: () => {
        setOpen(null);
        setValues({});
        refresh();
      },
    },
  );
  if (!record) return null;

  const start = (name: CaseActionName) => {
    action.reset();
    setStarted(name);
    if (actionFields(name).length === 0) action.submit({ name, body: {} });
    else setOpen(name);
  };

  return (
    <Box sx={{ my: 2 }} data-testid="action-bar">
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
        {(record.allowedActions ?? []).filter(isCaseAction).map((name) => (
          <SendButton
            key={name}
            variant="contained"
            pending={action.isPending && started === name}
            disabled={action.isPending}
            onClick={() => start(name)}
            data-testid={`action-${name}`}
          >
            {translate(`app.action.${name}`)}
          </SendButton>
        ))}
      </Stack>
      <Dialog open={open !== null} onClose={() => !action.isPending && setOpen(null)} fullWidth>
        {open && (
          <>
            <DialogTitle>{translate(`app.action.${open}`)}</DialogTitle>
            <DialogContent>
              {open === 'provideInfo' && record.question && (
                // The answer is written looking at the question it answers.
                <Typography sx={{ whiteSpace: 'pre-wrap', mb: 1 }} data-testid="action-question">
                  {translate('app.workday.inbox.asked')}: {record.question}
                </Typography>
              )}
              {fields.map((field) => (
                <ActionField
                  key={field.name}
                  field={field}
                  organisationId={record.organisation.id}
                  value={values[field.name] ?? ''}
                  error={action.fieldErrors[field.name]}
                  onChange={(value) => setValues({ ...values, [field.name]: value })}
                />
              ))}
            </DialogContent>
            <DialogActions>
              <Button onClick={() => setOpen(null)} disabled={action.isPending}>
                {translate('ra.action.cancel')}
              </Button>
              <SendButton
                variant="contained"
                pending={action.isPending}
                onClick={() => action.submit({ name: open, body: values })}
                data-testid="action-submit"
              >
                {translate(`app.action.${open}`)}
              </SendButton>
            </DialogActions>
          </>
        )}
      </Dialog>
    </Box>
  );
}
