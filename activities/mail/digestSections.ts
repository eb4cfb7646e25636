import type { PrismaClient } from '../../prisma/client';
import type { ProductionCalendar } from '../../shared/calendar/productionCalendar';
import { subtractWorkingDays } from '../../shared/calendar/workingDays';
import { caseNumber, deadlineDay } from '../../shared/caseWording';
import { OPEN_STATUSES, isOpen } from '../../shared/domain';

const DAY_MS = 86_400_000;
/** Reminder leads are a few working days; three weeks of candidates cover them across any holiday block. */
const DUE_SOON_HORIZON_MS = 21 * DAY_MS;

export interface DigestCase {
  number: string;
  url: string;
  measure: string;
  dueDate: string;
  level: number;
}

/** One organisation's part of the morning digest: what a digest reader would otherwise have had mailed one by one. */
export interface DigestSection {
  organisationId: string;
  organisation: string;
  mailbox: string;
  /** Cases routed to the organisation in the last 24 hours (instead of the new-case mails). */
  arrived: DigestCase[];
  /** Open cases whose reminder time has come and whose deadline has not passed (instead of the reminders). */
  dueSoon: DigestCase[];
  /** Open cases past their active deadline, the longest overdue first (instead of the escalation mails). */
  overdue: DigestCase[];
}

type NeedWithNames = {
  id: string;
  organisationId: string;
  activeDueAt: Date | null;
  escalationLevel: number;
  measure: { name: string };
  organisation: { shortName: string; email: string };
};

const INCLUDE = {
  measure: { select: { name: true, reminderWorkingDaysBefore: true } },
  organisation: { select: { shortName: true, email: true } },
} as const;

/** Each organisation with anything to report this morning, in alphabetical order; no personal data. */
export async function digestSections(
  prisma: PrismaClient,
  calendar: ProductionCalendar,
  appUrl: string,
  now: Date,
): Promise<DigestSection[]> {
  const open = { status: { in: [...OPEN_STATUSES] } };
  const [overdue, upcoming, routings] = await Promise.all([
    prisma.need.findMany({
      where: { ...open, activeDueAt: { lt: now } },
      include: INCLUDE,
      orderBy: [{ activeDueAt: 'asc' }, { id: 'asc' }],
    }),
    prisma.need.findMany({
      where: { ...open, activeDueAt: { gte: now, lt: new Date(now.getTime() + DUE_SOON_HORIZON_MS) } },
      include: INCLUDE,
      orderBy: [{ activeDueAt: 'asc' }, { id: 'asc' }],
    }),
    prisma.needEvent.findMany({
      where: { type: { in: ['ROUTED', 'REROUTED'] }, at: { gte: new Date(now.getTime() - DAY_MS), lte: now } },
      include: { need: { include: INCLUDE } },
      orderBy: [{ at: 'asc' }, { id: 'asc' }],
    }),
  ]);
  const dueSoon = upcoming.filter((n) => subtractWorkingDays(calendar, n.activeDueAt as Date, n.measure.reminderWorkingDaysBefore) <= now);
  // Still waiting in the organisation it was routed to (not rerouted on, not closed since).
  const arrived = routings
    .filter((e) => (e.data as { organisationId?: string }).organisationId === e.need.organisationId)
    .filter((e) => isOpen(e.need.status))
    .map((e) => e.need);

  const sections = new Map<string, DigestSection>();
  const sectionOf = (need: NeedWithNames) => {
    const section = sections.get(need.organisationId) ?? {
      organisationId: need.organisationId,
      organisation: need.organisation.shortName,
      mailbox: need.organisation.email,
      arrived: [],
      dueSoon: [],
      overdue: [],
    };
    sections.set(need.organisationId, section);
    return section;
  };
  const line = (need: NeedWithNames): DigestCase => ({
    number: caseNumber(need.id),
    url: `${appUrl}/#/needs/${need.id}/show`,
    measure: need.measure.name,
    dueDate: deadlineDay(need.activeDueAt),
    level: need.escalationLevel,
  });
  for (const need of new Map(arrived.map((n) => [n.id, n])).values()) sectionOf(need).arrived.push(line(need));
  for (const need of dueSoon) sectionOf(need).dueSoon.push(line(need));
  for (const need of overdue) sectionOf(need).overdue.push(line(need));
  return [...sections.values()].sort((a, b) => a.organisation.localeCompare(b.organisation, 'ru'));
}
