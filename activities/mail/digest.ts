import type { PrismaClient } from '../../prisma/client';
import { renderMail } from '../../templates/email/render';
import { caseNumber, deadlineDay } from '../../shared/caseWording';
import type { MailDeps } from './mailNotifier';
import { settingsUrlOf } from './mailNotifier';
import type { OutgoingMail } from './outbox';
import { sendAll } from './outbox';

interface DigestSection {
  organisationId: string;
  organisation: string;
  mailbox: string;
  count: number;
  cases: { number: string; url: string; measure: string; dueDate: string; level: number }[];
}

/** Each organisation's open cases past their active deadline, the longest overdue first. */
async function overdueSections(prisma: PrismaClient, appUrl: string): Promise<DigestSection[]> {
  const overdue = await prisma.need.findMany({
    where: { status: { in: ['ASSIGNED', 'IN_PROGRESS', 'WAITING_INFO'] }, activeDueAt: { lt: new Date() } },
    include: { measure: { select: { name: true } }, organisation: { select: { id: true, shortName: true, email: true } } },
    orderBy: [{ activeDueAt: 'asc' }, { id: 'asc' }],
  });
  const sections = new Map<string, DigestSection>();
  for (const need of overdue) {
    const section = sections.get(need.organisationId) ?? {
      organisationId: need.organisationId,
      organisation: need.organisation.shortName,
      mailbox: need.organisation.email,
      count: 0,
      cases: [],
    };
    section.count += 1;
    section.cases.push({
      number: caseNumber(need.id),
      url: `${appUrl}/#/needs/${need.id}/show`,
      measure: need.measure.name,
      dueDate: deadlineDay(need.activeDueAt),
      level: need.escalationLevel,
    });
    sections.set(need.organisationId, section);
  }
  return [...sections.values()].sort((a, b) => a.organisation.localeCompare(b.organisation, 'ru'));
}

/** The people who chose one morning digest instead of single mails (and did not switch the digest off). */
async function digestReaders(prisma: PrismaClient) {
  const chosen = await prisma.notificationPreference.findMany({
    where: { digestInsteadOfSingle: true, NOT: { disabledKinds: { has: 'DIGEST' } } },
    select: { userId: true },
  });
  const users = await prisma.user.findMany({
    where: { id: { in: chosen.map((p) => p.userId) }, active: true, email: { not: null } },
    select: { email: true, role: true, organisationId: true },
  });
  return users.map((u) => ({ address: u.email as string, role: u.role, organisationId: u.organisationId }));
}

/**
 * The daily list of overdue cases: each organisation's own to its mailbox and to its people who chose
 * the digest; the coordinators, who hear of escalations across the region, get every organisation's
 * in one mail. Keyed by organisation (or region) and day: a rerun sends nothing twice.
 */
export function createDigestActivities(deps: MailDeps | null) {
  return {
    async sendOverdueDigests(input: { date: string }): Promise<number> {
      if (!deps) return 0; // no mail configured: the digest has nowhere to go
      const sections = await overdueSections(deps.prisma, deps.appUrl);
      if (sections.length === 0) return 0;
      const readers = await digestReaders(deps.prisma);
      const day = input.date.split('-').reverse().join('.');
      const digestMail = (title: string, of: DigestSection[]) =>
        renderMail('overdueDigest', `Просроченные дела на ${day}: ${title}`, {
          settingsUrl: settingsUrlOf(deps.appUrl),
          date: day,
          count: of.reduce((sum, s) => sum + s.count, 0),
          sections: of,
        });
      const outs: OutgoingMail[] = [];
      const toEach = (idempotencyKey: string, recipients: string[], mail: OutgoingMail['mail']) => {
        for (const recipient of new Set(recipients.filter(Boolean))) outs.push({ idempotencyKey, recipient, kind: 'DIGEST', mail });
      };
      for (const section of sections) {
        const staff = readers.filter((r) => r.role !== 'COORDINATOR' && r.organisationId === section.organisationId);
        toEach(
          `digest:${section.organisationId}:${input.date}`,
          [section.mailbox, ...staff.map((r) => r.address)],
          digestMail(section.organisation, [section]),
        );
      }
      const coordinators = readers.filter((r) => r.role === 'COORDINATOR');
      if (coordinators.length > 0) {
        toEach(
          `digest:region:${input.date}`,
          coordinators.map((r) => r.address),
          digestMail('все организации', sections),
        );
      }
      return sendAll(deps, outs);
    },
  };
}

export type DigestActivities = ReturnType<typeof createDigestActivities>;
