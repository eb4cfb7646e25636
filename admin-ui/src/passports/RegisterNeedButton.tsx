import { Button, Dialog, DialogActions, DialogContent, DialogTitle, Step, StepLabel, Stepper, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useNotify, usePermissions, useRecordContext, useRedirect, useTranslate } from 'react-admin';
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
  const notify = useNotify();
  const redirect = useRedirect();
  const [open, setOpen] = useState(false);
  const [measure, setMeasure] = useState<Measure | null>(null);
  const [description, setDescription] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [needId, setNeedId] = useState<string>();
  const [uploaded, setUploaded] = useState(0);
  if (!person || permissions !== 'OPERATOR') return null;

  const close = () => {
    setOpen(false);
    setMeasure(null);
    setDescription('');
    setErrors({});
    setNeedId(undefined);
    setUploaded(0);
  };
  const register = async () => {
    try {
      const { json } = await httpClient('/api/needs', {
        method: 'POST',
        body: JSON.stringify({ personId: person.id, measureId: measure?.id ?? '', description }),
      });
      notify('app.need.registered', { type: 'success' });
      setErrors({});
      setNeedId(json.id);
    } catch (error) {
      const failure = error as { message: string; body?: { errors?: Record<string, string> } };
      setErrors(failure.body?.errors ?? {});
      if (!failure.body?.errors) notify(failure.message, { type: 'error' });
    }
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
      <Dialog open={open} onClose={close} fullWidth onClick={(event) => event.stopPropagation()}>
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
              <Button variant="contained" onClick={() => void register()} data-testid="register-need-submit">
                {translate('app.need.register')}
              </Button>
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
