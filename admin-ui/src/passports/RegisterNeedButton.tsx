import { Button, Dialog, DialogActions, DialogContent, DialogTitle, ListSubheader, MenuItem, TextField } from '@mui/material';
import { useState } from 'react';
import { useGetList, useNotify, usePermissions, useRecordContext, useRedirect, useTranslate } from 'react-admin';
import { httpClient } from '../providers/httpClient';

interface Measure {
  id: string;
  name: string;
  kind: string;
  organisation: { shortName: string };
  resolveWorkingDays: number;
}

/** Registers a need of one family member: the measure, grouped by kind, names who will handle it. */
export function RegisterNeedButton() {
  const person = useRecordContext<{ id: string }>();
  const { permissions } = usePermissions<string>();
  const translate = useTranslate();
  const notify = useNotify();
  const redirect = useRedirect();
  const [open, setOpen] = useState(false);
  const [measureId, setMeasureId] = useState('');
  const [description, setDescription] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const { data: measures = [] } = useGetList<Measure>('support-measures', {
    pagination: { page: 1, perPage: 200 },
    sort: { field: 'kind', order: 'ASC' },
  });
  if (!person || permissions !== 'OPERATOR') return null;
  const chosen = measures.find((m) => m.id === measureId);

  const submit = async () => {
    try {
      const { json } = await httpClient('/api/needs', {
        method: 'POST',
        body: JSON.stringify({ personId: person.id, measureId, description }),
      });
      notify('app.need.registered', { type: 'success' });
      setOpen(false);
      redirect('show', 'needs', json.id);
    } catch (error) {
      setErrors((error as { body?: { errors?: Record<string, string> } }).body?.errors ?? {});
    }
  };

  const options = measures.flatMap((m, i) => [
    ...(i === 0 || measures[i - 1].kind !== m.kind
      ? [<ListSubheader key={`kind-${m.kind}`}>{translate(`app.kind.${m.kind}`)}</ListSubheader>]
      : []),
    <MenuItem key={m.id} value={m.id}>
      {m.name}
    </MenuItem>,
  ]);

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
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth>
        <DialogTitle>{translate('app.need.register')}</DialogTitle>
        <DialogContent>
          <TextField
            select
            fullWidth
            margin="dense"
            id="need-measure"
            name="measureId"
            label={translate('app.need.measure')}
            value={measureId}
            onChange={(e) => setMeasureId(e.target.value)}
            error={Boolean(errors.measureId)}
            helperText={
              errors.measureId ??
              (chosen
                ? translate('app.need.routedTo', { organisation: chosen.organisation.shortName, days: chosen.resolveWorkingDays })
                : ' ')
            }
          >
            {options}
          </TextField>
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
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</Button>
          <Button variant="contained" onClick={() => void submit()} data-testid="register-need-submit">
            {translate('app.need.register')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
