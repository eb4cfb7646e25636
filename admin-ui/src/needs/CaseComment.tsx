import { Stack, TextField } from '@mui/material';
import { useState } from 'react';
import { useDataProvider, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { SendButton } from '../common/SendButton';
import { textProblems } from '../common/textRules';
import { useSend } from '../common/useSend';

/** A comment on an open case, recorded in its history for everyone who works it (when the API allows it). */
export function CaseComment() {
  const record = useRecordContext<{ id: string; allowedActions?: string[] }>();
  const dataProvider = useDataProvider();
  const translate = useTranslate();
  const refresh = useRefresh();
  const [text, setText] = useState('');
  const comment = useSend((body: { text: string }) => dataProvider.caseAction(record?.id, 'comment', body), {
    done: 'app.comment.saved',
    fields: ['text'],
    check: ({ text: typed }) => textProblems({ text: [typed, 'long'] }),
    onSuccess: () => {
      setText('');
      refresh();
    },
  });
  if (!record?.allowedActions?.includes('comment')) return null;

  const message = comment.fieldErrors.text;
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start', width: '100%' }}>
      <TextField
        id="case-comment"
        label={translate('app.comment.label')}
        multiline
        minRows={2}
        fullWidth
        value={text}
        error={Boolean(message)}
        helperText={message}
        onChange={(e) => setText(e.target.value)}
      />
      <SendButton
        variant="outlined"
        pending={comment.isPending}
        onClick={() => comment.submit({ text })}
        disabled={text.trim() === ''}
        data-testid="comment-send"
      >
        {translate('app.comment.send')}
      </SendButton>
    </Stack>
  );
}
