import type { ProductionCalendar } from '../shared/calendar/productionCalendar';
import { addWorkingDays, subtractWorkingDays, workingDaysRemaining } from '../shared/calendar/workingDays';
import type { Alarm, DeadlineKind, EscalationStep } from '../shared/needCase';

/** Deadline arithmetic on the production calendar the worker read at start; an activity, so a new calendar file needs no workflow change. */
export function createCalendarActivities({ calendar }: { calendar: ProductionCalendar }) {
  return {
    async planDeadlines(input: { from: string; acceptWorkingDays: number; resolveWorkingDays: number }) {
      const from = new Date(input.from);
      return {
        acceptDueAt: addWorkingDays(calendar, from, input.acceptWorkingDays).toISOString(),
        resolveDueAt: addWorkingDays(calendar, from, input.resolveWorkingDays).toISOString(),
      };
    },

    async pauseDeadline(input: { now: string; dueAt: string }): Promise<number> {
      return workingDaysRemaining(calendar, new Date(input.now), new Date(input.dueAt));
    },

    async resumeDeadline(input: { now: string; workingDaysLeft: number }): Promise<string> {
      return addWorkingDays(calendar, new Date(input.now), input.workingDaysLeft).toISOString();
    },

    /**
     * The reminder before a deadline and every escalation level after it, earliest first. A reminder
     * whose time came before the deadline was set (a case arriving late in a week with a short
     * deadline) is left out: the case has just arrived, and a reminder at once would only be noise.
     */
    async planAlarms(input: {
      /** When the deadline was set; absent in the inputs of histories from before it was passed. */
      setAt?: string;
      dueAt: string;
      deadline: DeadlineKind;
      reminderWorkingDaysBefore: number;
      escalationChain: EscalationStep[];
    }): Promise<Alarm[]> {
      const due = new Date(input.dueAt);
      const reminder: Alarm = {
        at: subtractWorkingDays(calendar, due, input.reminderWorkingDaysBefore).toISOString(),
        deadline: input.deadline,
        kind: 'REMINDER',
      };
      const escalations = input.escalationChain.map((step): Alarm => ({
        at: (step.afterWorkingDays === 0 ? due : addWorkingDays(calendar, due, step.afterWorkingDays)).toISOString(),
        deadline: input.deadline,
        kind: 'ESCALATION',
        level: step.level,
        target: step.target,
      }));
      const remind = !input.setAt || new Date(reminder.at) > new Date(input.setAt);
      return [...(remind ? [reminder] : []), ...escalations].sort((a, b) => a.at.localeCompare(b.at));
    },
  };
}

export type CalendarActivities = ReturnType<typeof createCalendarActivities>;
