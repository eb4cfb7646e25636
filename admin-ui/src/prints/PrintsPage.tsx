import { Box, Card, CardContent, MenuItem, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { Title, useGetList, usePermissions, useTranslate } from 'react-admin';
import { NEED_STATUSES } from '../../../shared/domain';
import { PrintButton } from '../common/PrintButton';
import { WEEKLY_REPORT_ROLES, WeeklyReportCard } from './WeeklyReportCard';

export const LIST_ROLES = ['OPERATOR', 'EXECUTOR', 'SUPERVISOR', 'COORDINATOR', 'AUDITOR'];
const FAMILY_ROLES = ['OPERATOR', 'COORDINATOR', 'AUDITOR'];
const EGISSO_ROLES = ['SUPERVISOR', 'COORDINATOR', 'AUDITOR'];

const query = (filters: Record<string, string>) => new URLSearchParams(Object.entries(filters).filter(([, v]) => v !== '')).toString();

function Choice({
  label,
  value,
  onChange,
  options,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  options: { id: string; name: string }[];
}) {
  const translate = useTranslate();
  return (
    <TextField select size="small" label={label} value={value} onChange={(e) => onChange(e.target.value)} sx={{ minWidth: 220 }}>
      <MenuItem value="">{translate('app.prints.all')}</MenuItem>
      {options.map((o) => (
        <MenuItem key={o.id} value={o.id}>
          {o.name}
        </MenuItem>
      ))}
    </TextField>
  );
}

/** Printable lists and the EGISSO file: the same filters as on screen, printed on the file itself (issue 13). */
export function PrintsPage() {
  const translate = useTranslate();
  const { permissions } = usePermissions<string>();
  const role = permissions ?? '';
  const { data: organisations = [] } = useGetList<{ id: string; shortName: string }>('organisations');
  const { data: municipalities = [] } = useGetList<{ id: string; name: string }>('municipalities');
  const [status, setStatus] = useState('');
  const [organisationId, setOrganisationId] = useState('');
  const [municipalityId, setMunicipalityId] = useState('');
  const [egissoOrganisation, setEgissoOrganisation] = useState('');
  const today = new Date().toISOString().slice(0, 10);
  const [from, setFrom] = useState(`${today.slice(0, 8)}01`);
  const [to, setTo] = useState(today);
  const orgOptions = organisations.map((o) => ({ id: o.id, name: o.shortName }));
  const munOptions = municipalities.map((m) => ({ id: m.id, name: m.name }));
  const needs = query({ status, organisationId, municipalityId });
  return (
    <Box sx={{ display: 'grid', gap: 2, mt: 1 }}>
      <Title title={translate('app.prints.title')} />
      <Card>
        <CardContent sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'center' }}>
          <Typography variant="h6" sx={{ width: '100%' }}>
            {translate('app.prints.needs')}
          </Typography>
          <Choice
            label={translate('resources.needs.fields.status')}
            value={status}
            onChange={setStatus}
            options={NEED_STATUSES.map((s) => ({ id: s, name: translate(`app.status.${s}`) }))}
          />
          <Choice
            label={translate('resources.needs.fields.organisation.shortName')}
            value={organisationId}
            onChange={setOrganisationId}
            options={orgOptions}
          />
          <Choice
            label={translate('resources.needs.fields.municipality.name')}
            value={municipalityId}
            onChange={setMunicipalityId}
            options={munOptions}
          />
          <PrintButton url={`/api/lists/needs.pdf?${needs}`} label="app.prints.pdf" fileName="needs.pdf" />
          <PrintButton url={`/api/lists/needs.xlsx?${needs}`} label="app.prints.xlsx" fileName="needs.xlsx" />
        </CardContent>
      </Card>
      {FAMILY_ROLES.includes(role) && (
        <Card>
          <CardContent sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'center' }}>
            <Typography variant="h6" sx={{ width: '100%' }}>
              {translate('app.prints.families')}
            </Typography>
            <Choice
              label={translate('resources.needs.fields.municipality.name')}
              value={municipalityId}
              onChange={setMunicipalityId}
              options={munOptions}
            />
            <PrintButton url={`/api/lists/families.pdf?${query({ municipalityId })}`} label="app.prints.pdf" fileName="families.pdf" />
            <PrintButton url={`/api/lists/families.xlsx?${query({ municipalityId })}`} label="app.prints.xlsx" fileName="families.xlsx" />
          </CardContent>
        </Card>
      )}
      {WEEKLY_REPORT_ROLES.includes(role) && <WeeklyReportCard role={role} />}
      {EGISSO_ROLES.includes(role) && (
        <Card>
          <CardContent sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'center' }}>
            <Typography variant="h6" sx={{ width: '100%' }}>
              {translate('app.prints.egisso')}
            </Typography>
            <Choice
              label={translate('resources.needs.fields.organisation.shortName')}
              value={egissoOrganisation}
              onChange={setEgissoOrganisation}
              options={orgOptions}
            />
            <TextField
              size="small"
              type="date"
              label={translate('app.prints.from')}
              value={from}
              onChange={(e) => setFrom(e.target.value)}
              slotProps={{ inputLabel: { shrink: true } }}
            />
            <TextField
              size="small"
              type="date"
              label={translate('app.prints.to')}
              value={to}
              onChange={(e) => setTo(e.target.value)}
              slotProps={{ inputLabel: { shrink: true } }}
            />
            {egissoOrganisation && (
              <PrintButton
                url={`/api/egisso/facts.xml?${query({ organisationId: egissoOrganisation, from, to })}`}
                label="app.prints.egissoXml"
                fileName="egisso.xml"
              />
            )}
          </CardContent>
        </Card>
      )}
    </Box>
  );
}
