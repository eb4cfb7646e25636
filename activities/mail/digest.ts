import type { PrismaClient } from '../../prisma/client';
import type { ProductionCalendar } from '../../shared/calendar/productionCalendar';
import { renderMail } from '../../templates/email/render';
import type { DigestSection } from './digestSections';
import { digestSections } from './digestSections';
import type { MailDeps } from './mailNotifier';
import { settingsUrlOf } from './mailNotifier';
import type { OutgoingMail } from './outbox';
import { sendAll } from './outbox';

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

const total = (of: DigestSection[], list: 'arrived' | 'dueSoon' | 'overdue') => of.reduce((sum, s) => sum + s[list].length, 0);

/**
 * The morning digest: each organisation's new, due-soon and overdue cases to its mailbox and to its
 * people who chose the digest instead of single mails; the coordinators, who hear of escalations
 * across the region, get every organisation's in one mail. Keyed by organisation (or region) and
 * day: a rerun sends nothing twice.
 */
export function createDigestActivities(deps: MailDeps | null, calendar: ProductionCalendar) {
  return {
    async sendOverdueDigests(input: { date: string }): Promise<number> {
      if (!deps) return 0; // no mail configured: the digest has nowhere to go
      const sections = await digestSections(deps.prisma, calendar, deps.appUrl, new Date());
      if (sections.length === 0) return 0;
      const readers = await digestReaders(deps.prisma);
      const day = input.date.split('-').reverse().join('.');
      const digestMail = (title: string, of: DigestSection[]) =>
        renderMail('dailyDigest', `Сводка по делам на ${day}: ${title}`, {
          settingsUrl: settingsUrlOf(deps.appUrl),
          date: day,
          arrived: total(of, 'arrived'),
          dueSoon: total(of, 'dueSoon'),
          overdue: total(of, 'overdue'),
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
