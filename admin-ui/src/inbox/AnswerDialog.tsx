import { Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useDataProvider, useTranslate } from 'react-admin';
import { SendButton } from '../common/SendButton';
import { textProblems } from '../common/textRules';
import { useSend } from '../common/useSend';
import { DocumentDropzone } from '../documents/DocumentDropzone';

export interface InformationRequest {
  id: string;
  number: string;
  question: string;
  askedBy: string | null;
}

/**
 * The answer to an information request: the question as it was asked, the answer, and documents dropped
 * beside it (each attached to the case as it is dropped, so the executor has them with the answer).
 */
export function AnswerDialog({
  request,
  onClose,
  onAnswered,
}: {
  request: InformationRequest | null;
  onClose: () => void;
  onAnswered: () => void;
}) {
  const translate = useTranslate();
  const dataProvider = useDataProvider();
  const [answer, setAnswer] = useState('');
  const [attached, setAttached] = useState(0);
  const send = useSend((body: { answer: string }) => dataProvider.caseAction(request?.id, 'provideInfo', body), {
    done: () => ['app.workday.done.provideInfo', { number: request?.number ?? '' }],
    fields: ['answer'],
    check: ({ answer: typed }) => textProblems({ answer: [typed, 'long'] }),
    onSuccess: () => {
      setAnswer('');
      setAttached(0);
      onAnswered();
    },
  });
  return (
    <Dialog open={request !== null} onClose={() => !send.isPending && onClose()} fullWidth maxWidth="sm">
      {request && (
        <>
          <DialogTitle>{translate('app.workday.inbox.answerTitle', { number: request.number })}</DialogTitle>
          <DialogContent>
            <Stack spacing={2}>
              <div data-testid="answer-question">
                <Typography variant="caption" color="text.secondary">
                  {translate('app.workday.inbox.question', { who: request.askedBy ?? translate('app.history.system') })}
                </Typography>
                <Typography sx={{ whiteSpace: 'pre-wrap' }}>{request.question}</Typography>
              </div>
              <TextField
                id="answer-text"
                label={translate('app.field.answer')}
                multiline
                minRows={3}
                value={answer}
                onChange={(e) => setAnswer(e.target.value)}
                error={Boolean(send.fieldErrors.answer)}
                helperText={send.fieldErrors.answer}
              />
              <DocumentDropzone needId={request.id} kinds={[]} onUploaded={() => setAttached((n) => n + 1)} />
              <Typography variant="body2" data-testid="answer-attached">
                {translate('app.workday.inbox.attached', { count: attached })}
              </Typography>
            </Stack>
          </DialogContent>
          <DialogActions>
            <Button onClick={onClose} disabled={send.isPending}>
              {translate('ra.action.cancel')}
            </Button>
            <SendButton variant="contained" pending={send.isPending} onClick={() => send.submit({ answer })} data-testid="answer-submit">
              {translate('app.workday.inbox.send')}
            </SendButton>
          </DialogActions>
        </>
      )}
    </Dialog>
  );
}
