import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { Link, RecordContextProvider, useRecordContext, useTranslate } from 'react-admin';
import { DeadlineBadge } from '../needs/DeadlineBadge';
import { StatusField } from '../needs/StatusField';
import { samaraDate } from '../common/samaraTime';

interface PersonNeeds {
  id: string;
  lastName: string;
  firstName: string;
  needs: { id: string; status: string; measure: { name: string }; registeredAt: string; activeDueAt: string | null }[];
}

/** Every need of every family member, newest first, with its live status and deadline. */
export function FamilyNeeds() {
  const passport = useRecordContext<{ persons: PersonNeeds[] }>();
  const translate = useTranslate();
  if (!passport) return null;
  const rows = passport.persons
    .flatMap((person) => person.needs.map((need) => ({ person, need })))
    .sort((a, b) => b.need.registeredAt.localeCompare(a.need.registeredAt));
  if (rows.length === 0) return <p>{translate('app.family.noNeeds')}</p>;
  return (
    <Table size="small" aria-label={translate('app.family.needs')}>
      <TableHead>
        <TableRow>
          <TableCell>{translate('resources.needs.fields.person')}</TableCell>
          <TableCell>{translate('resources.needs.fields.measure.name')}</TableCell>
          <TableCell>{translate('resources.needs.fields.registeredAt')}</TableCell>
          <TableCell>{translate('resources.needs.fields.status')}</TableCell>
          <TableCell>{translate('resources.needs.fields.activeDueAt')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map(({ person, need }) => (
          <RecordContextProvider key={need.id} value={need}>
            <TableRow>
              <TableCell>
                {person.lastName} {person.firstName}
              </TableCell>
              <TableCell>
                <Link to={`/needs/${need.id}/show`}>{need.measure.name}</Link>
              </TableCell>
              <TableCell>{samaraDate.format(new Date(need.registeredAt))}</TableCell>
              <TableCell>
                <StatusField source="status" />
              </TableCell>
              <TableCell>
                <DeadlineBadge />
              </TableCell>
            </TableRow>
          </RecordContextProvider>
        ))}
      </TableBody>
    </Table>
  );
}
