import type { PrismaClient } from '../../prisma/client';
import type { CaseNotification } from '../notifications';

/**
 * Who reads a mail decides what it may say (152-FZ): an organisation's mailbox and staff get the
 * case number, the measure and a link, never the person; the operator who registered the need
 * (who keeps the family's passport) also gets the person's name.
 */
export type Audience = 'ORGANISATION' | 'STAFF' | 'OPERATOR';

export interface Recipient {
  address: string;
  userId: string | null;
  audience: Audience;
}

const person = (u: { id: string; email: string | null } | null, audience: Audience): Recipient[] =>
  u?.email ? [{ address: u.email, userId: u.id, audience }] : [];

/** The people or mailboxes a case notification goes to. */
export async function recipientsOf(
  prisma: PrismaClient,
  notification: CaseNotification,
  need: { organisation: { id: string; email: string }; assigneeId: string | null; registeredById: string; status: string },
): Promise<Recipient[]> {
  const mailbox: Recipient[] = need.organisation.email
    ? [{ address: need.organisation.email, userId: null, audience: 'ORGANISATION' }]
    : [];
  const user = (id: string | null) => (id ? prisma.user.findFirst({ where: { id, active: true } }) : Promise.resolve(null));
  const assigneeOrMailbox = async () => {
    const assignee = person(await user(need.assigneeId), 'STAFF');
    return assignee.length > 0 ? assignee : mailbox;
  };
  switch (notification.kind) {
    case 'CASE_ROUTED':
      return mailbox;
    case 'REMINDER':
      return assigneeOrMailbox();
    case 'ESCALATION': {
      if (notification.target === 'ASSIGNEE') return assigneeOrMailbox();
      const role = notification.target === 'ORGANISATION_HEAD' ? 'SUPERVISOR' : 'COORDINATOR';
      const heads = await prisma.user.findMany({
        where: { role, active: true, email: { not: null }, ...(role === 'SUPERVISOR' ? { organisationId: need.organisation.id } : {}) },
        orderBy: { email: 'asc' },
      });
      const reached = heads.flatMap((h) => person(h, 'STAFF'));
      return reached.length > 0 || role === 'COORDINATOR' ? reached : mailbox;
    }
    case 'INFO_REQUESTED':
      return person(await user(need.registeredById), 'OPERATOR');
    case 'CASE_CLOSED':
      // A withdrawal is the operator's own act: nothing to tell them.
      return need.status === 'CANCELLED' ? [] : person(await user(need.registeredById), 'OPERATOR');
  }
}
