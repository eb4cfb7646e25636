import { Card, CardContent, MenuItem, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useGetIdentity, useGetList, useTranslate } from 'react-admin';
import { localDate } from '../../../shared/calendar/localDate';
import { weekBefore } from '../../../shared/reports/reportWeek';
import { PrintButton } from '../common/PrintButton';

export const WEEKLY_REPORT_ROLES = ['SUPERVISOR', 'COORDINATOR'];

/** «Еженедельный отчёт»: the Monday mail's report on request; a supervisor's own organisation, a coordinator's any. */
export function WeeklyReportCard({ role }: { role: string }) {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const { data: organisations = [] } = useGetList<{ id: string; shortName: string }>('organisations');
  const [chosen, setChosen] = useState('');
  const [week, setWeek] = useState(() => weekBefore(localDate(new Date())));
  const organisationId = role === 'SUPERVISOR' ? String(identity?.organisationId ?? '') : chosen;
  const query = new URLSearchParams({ organisationId, week }).toString();
  return (
    <Card>
      <CardContent sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'center' }}>
        <Typography variant="h6" sx={{ width: '100%' }}>
          {translate('app.prints.weekly')}
        </Typography>
        {role === 'COORDINATOR' && (
          <TextField
            select
            size="small"
            label={translate('resources.needs.fields.organisation.shortName')}
            value={chosen}
            onChange={(e) => setChosen(e.target.value)}
            sx={{ minWidth: 220 }}
            data-testid="weekly-organisation"
          >
            {organisations.map((o) => (
              <MenuItem key={o.id} value={o.id}>
                {o.shortName}
              </MenuItem>
            ))}
          </TextField>
        )}
        <TextField
          size="small"
          type="week"
          label={translate('app.prints.week')}
          value={week}
          onChange={(e) => setWeek(e.target.value)}
          slotProps={{ inputLabel: { shrink: true } }}
        />
        {organisationId && week && (
          <>
            <PrintButton url={`/api/reports/weekly?${query}&format=pdf`} label="app.prints.pdf" fileName={`report-${week}.pdf`} />
            <PrintButton url={`/api/reports/weekly?${query}&format=xlsx`} label="app.prints.xlsx" fileName={`report-${week}.xlsx`} />
          </>
        )}
      </CardContent>
    </Card>
  );
}
