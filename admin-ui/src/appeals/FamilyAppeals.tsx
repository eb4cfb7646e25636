import { Box, Chip, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Link, usePermissions, useRecordContext, useTranslate } from 'react-admin';
import { PrintButton } from '../common/PrintButton';
import { samaraDate } from '../common/samaraTime';
import { useApi } from '../common/useApi';
import { AppealDialog } from './AppealDialog';
import type { Appeal } from './types';

interface Passport {
  id: string;
  persons: { id: string; lastName: string; firstName: string }[];
}

/** The family's single-window appeals: each with its number, status (from its needs), receipt and applications. */
export function FamilyAppeals() {
  const passport = useRecordContext<Passport>();
  const translate = useTranslate();
  const { permissions } = usePermissions<string>();
  const filter = encodeURIComponent(JSON.stringify({ householdId: passport?.id }));
  const { data: appeals = [], refetch } = useApi<Appeal[]>(`/api/appeals?filter=${filter}&range=[0,49]`, { enabled: Boolean(passport) });
  if (!passport) return null;
  return (
    <Box>
      {permissions === 'OPERATOR' && <AppealDialog householdId={passport.id} members={passport.persons} onDone={() => void refetch()} />}
      {appeals.length === 0 && <Typography sx={{ mt: 2 }}>{translate('app.appeal.none')}</Typography>}
      {appeals.map((appeal) => (
        <Box key={appeal.id} sx={{ mt: 2 }} data-testid="appeal">
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
            <Typography variant="h6">{appeal.number}</Typography>
            <Typography variant="body2">
              {samaraDate.format(new Date(appeal.registeredAt))} · {appeal.applicant.fullName}
            </Typography>
            <Chip size="small" label={translate(`app.appeal.status.${appeal.status}`)} />
            <PrintButton url={`/api/appeals/${appeal.id}/receipt.pdf`} label="app.appeal.receipt" fileName="receipt.pdf" />
          </Box>
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{translate('app.appeal.member')}</TableCell>
                <TableCell>{translate('app.need.measure')}</TableCell>
                <TableCell>{translate('resources.needs.fields.organisation.shortName')}</TableCell>
                <TableCell>{translate('resources.needs.fields.status')}</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {appeal.needs.map((n) => (
                <TableRow key={n.needId}>
                  <TableCell>{n.person.fullName}</TableCell>
                  <TableCell>
                    <Link to={`/needs/${n.needId}/show`}>{n.measure.name}</Link>
                  </TableCell>
                  <TableCell>{n.organisation.shortName}</TableCell>
                  <TableCell>{translate(`app.status.${n.status}`)}</TableCell>
                  <TableCell>
                    <PrintButton url={`/api/needs/${n.needId}/application.pdf`} label="app.appeal.application" fileName="application.pdf" />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      ))}
    </Box>
  );
}
