import AssignmentIcon from '@mui/icons-material/Assignment';
import PrintIcon from '@mui/icons-material/Print';
import { Button, MenuItem, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import { useNotify, usePermissions, useRedirect, useTranslate } from 'react-admin';
import type { Assessment, CalculatorRequest } from '../../../../shared/schemas/poverty';
import { downloadFile } from '../../providers/download';
import { httpClient } from '../../providers/httpClient';

/**
 * The conclusion as a PDF, and for a real family, the social-contract need of the chosen applicant
 * with that conclusion attached (registered by the API in one call).
 */
export function ConclusionActions({
  request,
  assessment,
  householdId,
}: {
  request: CalculatorRequest;
  assessment: Assessment;
  householdId: string | null;
}) {
  const translate = useTranslate();
  const t = (key: string) => translate(`app.poverty.calculator.${key}`);
  const notify = useNotify();
  const redirect = useRedirect();
  const { permissions } = usePermissions<string>();
  const applicants = assessment.members.filter((m) => m.personId && m.ageYears >= 18);
  const [applicantKey, setApplicantKey] = useState('');
  const applicant = applicants.find((m) => m.key === applicantKey) ?? applicants[0];
  const [busy, setBusy] = useState(false);

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    try {
      await action();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  const print = () =>
    run(() => downloadFile('/api/poverty/conclusion.pdf', 'Заключение о доходе семьи.pdf', { request, applicantKey: applicant?.key }));
  const startContract = () =>
    run(async () => {
      const { json } = await httpClient('/api/poverty/social-contract', {
        method: 'POST',
        body: JSON.stringify({ householdId, personId: applicant?.personId, date: assessment.assessedOn }),
      });
      notify(t('contractStarted'), { type: 'success' });
      redirect('show', 'needs', (json as { id: string }).id);
    });

  return (
    <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: { sm: 'center' }, mt: 2 }}>
      {applicants.length > 0 && (
        <TextField
          select
          size="small"
          name="applicant"
          label={t('applicant')}
          value={applicant?.key ?? ''}
          onChange={(e) => setApplicantKey(e.target.value)}
          sx={{ minWidth: 260 }}
        >
          {applicants.map((m) => (
            <MenuItem key={m.key} value={m.key}>
              {m.name}
            </MenuItem>
          ))}
        </TextField>
      )}
      <Button variant="outlined" startIcon={<PrintIcon />} disabled={busy} onClick={() => void print()} data-testid="print-conclusion">
        {t('print')}
      </Button>
      {householdId && permissions === 'OPERATOR' && applicant && (
        <Button
          variant="contained"
          startIcon={<AssignmentIcon />}
          disabled={busy}
          onClick={() => void startContract()}
          data-testid="start-social-contract"
        >
          {t('startContract')}
        </Button>
      )}
    </Stack>
  );
}
