import { Step, StepLabel, Stepper } from '@mui/material';
import { useTranslate } from 'react-admin';
import { samaraDate } from '../common/samaraTime';

export interface CaseStages {
  registeredAt: string;
  queuedAt: string | null;
  acceptedAt: string | null;
  waitingSince: string | null;
  closedAt: string | null;
}

const STEPS = ['registered', 'queued', 'inWork', 'waiting', 'closed'] as const;
const CURRENT: Record<string, number> = { NEW: 0, ASSIGNED: 1, IN_PROGRESS: 2, WAITING_INFO: 3 };

/**
 * Where the case is: registered → in the queue → in work ⇄ waiting for information → closed, each
 * reached stage with its date. Waiting is a detour from work, so it is never shown as passed on the way.
 */
export function StageBar({ status, stages }: { status: string; stages: CaseStages }) {
  const translate = useTranslate();
  const closed = !(status in CURRENT);
  const active = closed ? STEPS.length : CURRENT[status];
  const dates: Record<(typeof STEPS)[number], string | null> = {
    registered: stages.registeredAt,
    queued: stages.queuedAt,
    inWork: stages.acceptedAt,
    waiting: stages.waitingSince,
    closed: stages.closedAt,
  };
  return (
    <Stepper activeStep={active} alternativeLabel data-testid="stage-bar" aria-label={translate('app.workday.stage.title')}>
      {STEPS.map((step, index) => {
        const date = dates[step];
        const detour = step === 'waiting' && status !== 'WAITING_INFO';
        const label = step === 'closed' && closed ? translate(`app.status.${status}`) : translate(`app.workday.stage.${step}`);
        return (
          <Step key={step} completed={!detour && index < active} aria-current={index === active ? 'step' : undefined}>
            <StepLabel optional={date && (index <= active || closed) ? samaraDate.format(new Date(date)) : undefined}>
              {step === 'waiting' ? `⇄ ${label}` : label}
            </StepLabel>
          </Step>
        );
      })}
    </Stepper>
  );
}
