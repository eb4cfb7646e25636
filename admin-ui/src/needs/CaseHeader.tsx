import { Box, Card, CardContent, Link as MuiLink, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { Link, usePermissions, useRecordContext, useTranslate } from 'react-admin';
import { deadlineDay, samaraDate } from '../common/samaraTime';
import { DeadlineBadge, activeDeadline } from './DeadlineBadge';
import type { CaseStages } from './StageBar';
import { StageBar } from './StageBar';
import { StatusField } from './StatusField';

type Named = { id: string; fullName: string } | null;

interface CaseRecord {
  id: string;
  number: string;
  status: string;
  measure: { name: string };
  organisation: { shortName: string };
  assignee: Named;
  registeredBy: Named;
  householdId: string | null;
  person: { lastName: string; firstName: string; middleName: string | null; contacts: { kind: string; value: string }[] };
  acceptDueAt: string | null;
  resolveDueAt: string | null;
  stages: CaseStages;
}

/** Those who may open a family passport (the passports resource is theirs). */
const FAMILY_READERS = ['OPERATOR', 'COORDINATOR', 'AUDITOR'];

function Fact({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <Box sx={{ minWidth: 180 }} data-testid={testId}>
      <Typography variant="caption" color="text.secondary" component="div">
        {label}
      </Typography>
      <Typography variant="body2" component="div">
        {children}
      </Typography>
    </Box>
  );
}

/** One of the two deadlines, named; the one the case is measured against now carries the badge. */
function Deadline({ record, kind }: { record: CaseRecord; kind: 'accept' | 'resolve' }) {
  const translate = useTranslate();
  const due = kind === 'accept' ? record.acceptDueAt : record.resolveDueAt;
  const open = !record.stages.closedAt;
  const current = open && activeDeadline(record.status) === kind && record.status !== 'WAITING_INFO';
  const done = kind === 'accept' && record.stages.acceptedAt;
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }} data-testid={`deadline-${kind}`}>
      <span>
        {translate(`app.workday.${kind}`)}: {due ? deadlineDay(due) : '—'}
      </span>
      {done && <span>({translate('app.workday.accepted', { date: samaraDate.format(new Date(done)) })})</span>}
      {current && <DeadlineBadge />}
    </Stack>
  );
}

/** The case at a glance: number, stage bar with dates, both deadlines, who holds it, where, and whose need it is. */
export function CaseHeader() {
  const record = useRecordContext<CaseRecord>();
  const translate = useTranslate();
  const { permissions } = usePermissions<string>();
  // Beside the queue the list's row stands in until the case itself arrives: it has no stages or contacts yet.
  if (!record?.stages) return null;
  const { person } = record;
  const phones = person.contacts.filter((c) => c.kind === 'PHONE');
  return (
    <Card variant="outlined" sx={{ mb: 2 }} data-testid="case-header">
      <CardContent>
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap', mb: 1 }} useFlexGap>
          <Typography variant="h6" component="h2" data-testid="case-number">
            {translate('app.workday.caseNumber', { number: record.number })}
          </Typography>
          <Typography variant="subtitle1">{record.measure.name}</Typography>
          <StatusField />
        </Stack>
        <StageBar status={record.status} stages={record.stages} />
        <Stack direction="row" spacing={3} useFlexGap sx={{ mt: 2, flexWrap: 'wrap' }}>
          <Fact label={translate('app.workday.citizen')} testId="case-citizen">
            {`${person.lastName} ${person.firstName} ${person.middleName ?? ''}`.trim()}
            <br />
            {phones.length > 0
              ? phones.map((p) => (
                  <MuiLink key={p.value} href={`tel:${p.value.replace(/[^\d+]/g, '')}`} sx={{ mr: 1 }}>
                    {p.value}
                  </MuiLink>
                ))
              : translate('app.workday.noPhone')}
            {record.householdId && FAMILY_READERS.includes(permissions ?? '') && (
              <>
                <br />
                <Link to={`/passports/${record.householdId}/show`}>{translate('app.workday.openFamily')}</Link>
              </>
            )}
          </Fact>
          <Fact label={translate('app.workday.assignee')} testId="case-assignee">
            {record.assignee?.fullName ?? translate('app.workday.nobody')}
          </Fact>
          <Fact label={translate('app.workday.organisation')}>{record.organisation.shortName}</Fact>
          {record.registeredBy && <Fact label={translate('app.workday.registeredBy')}>{record.registeredBy.fullName}</Fact>}
          <Fact label={translate('app.workday.deadlines')}>
            <Deadline record={record} kind="accept" />
            <Deadline record={record} kind="resolve" />
          </Fact>
        </Stack>
      </CardContent>
    </Card>
  );
}
