import { Alert, Stack, Typography } from '@mui/material';
import { Show, useRecordContext, useTranslate } from 'react-admin';
import { samaraDate } from '../common/samaraTime';
import type { PlanPoint } from './PlanTimeline';
import { PlanTimeline } from './PlanTimeline';

interface Plan {
  id: string;
  template: { name: string };
  person: { fullName: string };
  status: string;
  plannedEndAt: string;
  latePoints: number;
  escalationLevel: number;
  points: PlanPoint[];
}

function PlanBody() {
  const plan = useRecordContext<Plan>();
  const translate = useTranslate();
  // The list's row (without points) stands in until the plan itself arrives.
  if (!plan?.points) return null;
  return (
    <Stack spacing={2} sx={{ p: 2 }}>
      <Typography variant="h6">
        {plan.template.name}: {plan.person.fullName}
      </Typography>
      <Typography>
        {translate(`app.plans.status.${plan.status}`)} · {translate('app.plans.plannedEnd')}{' '}
        {samaraDate.format(new Date(plan.plannedEndAt))}
      </Typography>
      {plan.latePoints > 0 && <Alert severity="warning">{translate('app.plans.latePoints', { smart_count: plan.latePoints })}</Alert>}
      {plan.escalationLevel > 0 && <Alert severity="error">{translate('app.plans.escalated', { level: plan.escalationLevel })}</Alert>}
      <PlanTimeline points={plan.points} />
    </Stack>
  );
}

export function PlanShow() {
  return (
    <Show>
      <PlanBody />
    </Show>
  );
}
