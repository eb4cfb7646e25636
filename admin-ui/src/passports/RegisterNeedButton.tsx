import { Button, Dialog, DialogActions, DialogContent, DialogTitle, Step, StepLabel, Stepper, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { usePermissions, useRecordContext, useRedirect, useTranslate } from 'react-admin';
import { SendButton } from '../common/SendButton';
import { textProblems } from '../common/textRules';
import { useSend } from '../common/useSend';
import { DocumentDropzone } from '../documents/DocumentDropzone';
import { LowIncomeNotice } from '../poverty/passport/LowIncomeNotice';
import { httpClient } from '../providers/httpClient';
import { MeasurePicker } from './MeasurePicker';
import type { Measure } from './MeasurePicker';

/**
 * A short wizard for one family member's need: pick the measure (searchable, grouped by kind, showing
 * who handles it and by when), describe the need, register it, then attach the first documents.
 */
export function RegisterNeedButton() {
  const person = useRecordContext<{ id: string }>();
  const { permissions } = usePermissions<string>();
  const translate = useTranslate();
  const redirect = useRedirect();
  const [open, setOpen] = useState(false);
  const [measure, setMeasure] = useState<Measure | null>(null);
  const [description, setDescription] = useState('');
  const [needId, setNeedId] = useState<string>();
  const [uploaded, setUploaded] = useState(0);
  const registration = useSend(
    async (body: { personId: string; measureId: string; description: string }) =>
      (await httpClient('/api/needs', { method: 'POST', body: JSON.stringify(body) })).json as { id: string },
    {
      done: 'app.need.registered',
      fields: ['measureId', 'description'],
      check: ({ description: text }) => textProblems({ description: [text, 'long'] }),
      onSuccess: (need) => setNeedId(need.id),
    },
  );
  const errors = registration.fieldErrors;
  if (!person || permissions !== 'OPERATOR') return null;

  const close = () => {
    setOpen(false);
    setMeasure(null);
    setDescription('');
    registration.reset();
    setNeedId(undefined);
    setUploaded(0);
  };
  const finish = () => {
    const id = needId;
    close();
    redirect('show', 'needs', id);
  };

  return (
    <>
      <Button
        size="small"
        variant="outlined"
        onClick={(event) => {
          event.stopPropagation();
          setOpen(true);
        }}
        data-testid="register-need"
      >
        {translate('app.need.register')}
      </Button>
      <Dialog open={open} onClose={() => !registration.isPending && close()} fullWidth onClick={(event) => event.stopPropagation()}>
        <DialogTitle>{translate('app.need.register')}</DialogTitle>
        <DialogContent>
          <Stepper activeStep={needId ? 1 : 0} sx={{ mb: 2 }}>
            <Step>
              <StepLabel>{translate('app.need.stepMeasure')}</StepLabel>
            </Step>
            <Step>
              <StepLabel>{translate('app.need.stepDocuments')}</StepLabel>
            </Step>
          </Stepper>
          {!needId ? (
            <>
              <LowIncomeNotice />
              <MeasurePicker value={measure} onChange={setMeasure} error={errors.measureId} />
              <TextField
                fullWidth
                multiline
                margin="dense"
                id="need-description"
                name="description"
                label={translate('app.need.description')}
                value={description}
                onChange={(e) => setDescription(e.target.value)}
                error={Boolean(errors.description)}
                helperText={errors.description}
              />
            </>
          ) : (
            <>
              <Typography variant="body2" sx={{ mb: 1 }}>
                {translate('app.need.attachFirst', { count: uploaded })}
              </Typography>
              <DocumentDropzone needId={needId} kinds={measure?.requiredDocuments ?? []} onUploaded={() => setUploaded((n) => n + 1)} />
            </>
          )}
        </DialogContent>
        <DialogActions>
          {!needId ? (
            <>
              <Button onClick={close}>{translate('ra.action.cancel')}</Button>
              <SendButton
                variant="contained"
                pending={registration.isPending}
                onClick={() => registration.submit({ personId: person.id, measureId: measure?.id ?? '', description })}
                data-testid="register-need-submit"
              >
                {translate('app.need.register')}
              </SendButton>
            </>
          ) : (
            <Button variant="contained" onClick={finish} data-testid="register-need-finish">
              {translate('app.need.openCase')}
            </Button>
          )}
        </DialogActions>
      </Dialog>
    </>
  );
}
