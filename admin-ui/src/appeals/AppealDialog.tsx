import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/Delete';
import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  IconButton,
  MenuItem,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { PrintButton } from '../common/PrintButton';
import { SendButton } from '../common/SendButton';
import { useSend } from '../common/useSend';
import { MeasurePicker } from '../passports/MeasurePicker';
import type { Measure } from '../passports/MeasurePicker';
import { httpClient } from '../providers/httpClient';
import type { Appeal } from './types';

interface Member {
  id: string;
  lastName: string;
  firstName: string;
}
interface Row {
  personId: string;
  measure: Measure | null;
  description: string;
}

const emptyRow = (personId = ''): Row => ({ personId, measure: null, description: '' });

/**
 * One appeal «по принципу единого окна»: the applicant, then as many needs as the family brings —
 * each for a member and a measure of any organisation. Registered at once; the receipt follows.
 */
export function AppealDialog({ householdId, members, onDone }: { householdId: string; members: Member[]; onDone: () => void }) {
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const [key, setKey] = useState('');
  const [applicantId, setApplicantId] = useState('');
  const [rows, setRows] = useState<Row[]>([emptyRow()]);
  const [appeal, setAppeal] = useState<Appeal>();
  const registration = useSend(
    async (body: object) =>
      (await httpClient('/api/appeals', { method: 'POST', body: JSON.stringify(body), headers: new Headers({ 'Idempotency-Key': key }) }))
        .json as Appeal,
    { done: 'app.appeal.registered', fields: ['applicantId'], onSuccess: setAppeal },
  );
  const start = () => {
    setKey(crypto.randomUUID());
    setApplicantId(members[0]?.id ?? '');
    setRows([emptyRow(members[0]?.id)]);
    setAppeal(undefined);
    registration.reset();
    setOpen(true);
  };
  const close = () => {
    setOpen(false);
    if (appeal) onDone();
  };
  const change = (i: number, patch: Partial<Row>) => setRows((list) => list.map((r, j) => (i === j ? { ...r, ...patch } : r)));
  const name = (m: Member) => `${m.lastName} ${m.firstName}`;
  const fieldError = (i: number, field: string) => registration.fieldErrors[`needs.${i}.${field}`];

  return (
    <>
      <Button variant="contained" startIcon={<AddIcon />} onClick={start} data-testid="appeal-new">
        {translate('app.appeal.new')}
      </Button>
      <Dialog open={open} onClose={() => !registration.isPending && close()} fullWidth maxWidth="md">
        <DialogTitle>{translate('app.appeal.new')}</DialogTitle>
        <DialogContent>
          {appeal ? (
            <Box data-testid="appeal-registered">
              <Alert severity="success" sx={{ mb: 2 }}>
                {translate('app.appeal.done', { number: appeal.number, count: appeal.needs.length })}
              </Alert>
              <PrintButton url={`/api/appeals/${appeal.id}/receipt.pdf`} label="app.appeal.receipt" fileName="receipt.pdf" />
            </Box>
          ) : (
            <>
              <TextField
                select
                fullWidth
                margin="dense"
                label={translate('app.appeal.applicant')}
                value={applicantId}
                onChange={(e) => setApplicantId(e.target.value)}
                error={Boolean(registration.fieldErrors.applicantId)}
                helperText={registration.fieldErrors.applicantId}
                data-testid="appeal-applicant"
              >
                {members.map((m) => (
                  <MenuItem key={m.id} value={m.id}>
                    {name(m)}
                  </MenuItem>
                ))}
              </TextField>
              {rows.map((row, i) => (
                <Box key={i} sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 1, mt: 1 }} data-testid={`appeal-need-${i}`}>
                  <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
                    <Typography variant="subtitle2">{translate('app.appeal.need', { n: i + 1 })}</Typography>
                    <Box sx={{ flex: 1 }} />
                    {rows.length > 1 && (
                      <IconButton aria-label={translate('ra.action.remove')} onClick={() => setRows((l) => l.filter((_, j) => j !== i))}>
                        <DeleteIcon />
                      </IconButton>
                    )}
                  </Box>
                  <TextField
                    select
                    fullWidth
                    margin="dense"
                    label={translate('app.appeal.member')}
                    value={row.personId}
                    onChange={(e) => change(i, { personId: e.target.value })}
                    error={Boolean(fieldError(i, 'personId'))}
                    helperText={fieldError(i, 'personId')}
                  >
                    {members.map((m) => (
                      <MenuItem key={m.id} value={m.id}>
                        {name(m)}
                      </MenuItem>
                    ))}
                  </TextField>
                  <MeasurePicker
                    id={`appeal-measure-${i}`}
                    value={row.measure}
                    onChange={(measure) => change(i, { measure })}
                    error={fieldError(i, 'measureId')}
                  />
                  <TextField
                    fullWidth
                    multiline
                    margin="dense"
                    label={translate('app.need.description')}
                    value={row.description}
                    onChange={(e) => change(i, { description: e.target.value })}
                    error={Boolean(fieldError(i, 'description'))}
                    helperText={fieldError(i, 'description')}
                    slotProps={{ htmlInput: { 'data-testid': `appeal-description-${i}` } }}
                  />
                </Box>
              ))}
              <Button
                sx={{ mt: 1 }}
                startIcon={<AddIcon />}
                onClick={() => setRows((l) => [...l, emptyRow(members[0]?.id)])}
                data-testid="appeal-add-need"
              >
                {translate('app.appeal.addNeed')}
              </Button>
            </>
          )}
        </DialogContent>
        <DialogActions>
          {appeal ? (
            <Button variant="contained" onClick={close}>
              {translate('ra.action.close')}
            </Button>
          ) : (
            <>
              <Button onClick={close}>{translate('ra.action.cancel')}</Button>
              <SendButton
                variant="contained"
                pending={registration.isPending}
                onClick={() =>
                  registration.submit({
                    householdId,
                    applicantId,
                    needs: rows.map((r) => ({ personId: r.personId, measureId: r.measure?.id ?? '', description: r.description })),
                  })
                }
                data-testid="appeal-submit"
              >
                {translate('app.appeal.register')}
              </SendButton>
            </>
          )}
        </DialogActions>
      </Dialog>
    </>
  );
}
