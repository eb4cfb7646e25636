import { Alert, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { CampaignPreview } from './campaignTypes';

/** What a launch would do now: how many households, a few of them (address and initials only), the measure and the SMS. */
export function PreviewResult({ preview }: { preview: CampaignPreview }) {
  const translate = useTranslate();
  const t = (key: string, options?: object) => translate(`app.campaigns.${key}`, options);
  return (
    <section aria-label={t('previewTitle')}>
      <Typography variant="h6">{t('households', { smart_count: preview.households })}</Typography>
      <Typography>
        {t('measure')}: {preview.measure.name}
      </Typography>
      {preview.sample.length > 0 && (
        <>
          <Typography variant="subtitle2" sx={{ mt: 1 }}>
            {t('sample', { count: preview.sample.length })}
          </Typography>
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{t('applicant')}</TableCell>
                <TableCell>{t('address')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {preview.sample.map((row) => (
                <TableRow key={row.householdId}>
                  <TableCell>{row.applicant}</TableCell>
                  <TableCell>{row.address}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
      <Alert severity="info" icon={false} sx={{ mt: 1 }}>
        <Typography variant="subtitle2">{t('message', { smart_count: preview.message.segments })}</Typography>
        <Typography sx={{ whiteSpace: 'pre-wrap' }}>{preview.message.text}</Typography>
      </Alert>
    </section>
  );
}
