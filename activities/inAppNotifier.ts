import type { PrismaClient } from '../prisma/client';
import { failIfRefused } from './databaseFailures';
import type { CaseNotification, Notifier } from './notifications';

const STAFF = ['EXECUTOR', 'SUPERVISOR'] as const;

/**
 * Who sees a case notification in the workspace's bell: the same readers as its mail (recipients.ts),
 * as people rather than addresses — where a mail goes to the organisation's mailbox, the bell rings for
 * the organisation's staff. Only active accounts.
 */
async function readersOf(prisma: PrismaClient, n: CaseNotification): Promise<string[]> {
  const users = (where: object) =>
    prisma.user.findMany({ where: { active: true, ...where }, select: { id: true } }).then((u) => u.map((x) => x.id));
  const staff = () => users({ role: { in: [...STAFF] }, organisationId: n.organisationId });
  const assigneeOrStaff = async () => (n.assigneeId ? users({ id: n.assigneeId }) : staff());
  const registrar = async () => {
    const need = await prisma.need.findUnique({ where: { id: n.needId }, select: { registeredById: true, status: true } });
    // A withdrawal is the operator's own act: nothing to tell them (as by mail).
    return need && !(n.kind === 'CASE_CLOSED' && need.status === 'CANCELLED') ? users({ id: need.registeredById }) : [];
  };
  switch (n.kind) {
    case 'CASE_ROUTED':
      return staff();
    case 'REMINDER':
      return assigneeOrStaff();
    case 'ESCALATION':
      if (n.target === 'ASSIGNEE') return assigneeOrStaff();
      return n.target === 'ORGANISATION_HEAD'
        ? users({ role: 'SUPERVISOR', organisationId: n.organisationId })
        : users({ role: 'COORDINATOR' });
    case 'INFO_REQUESTED':
    case 'CASE_CLOSED':
      return registrar();
  }
}

/** Case notifications in the workspace: one row per event and reader, written once however often the activity runs. */
export function createInAppNotifier({ prisma }: { prisma: PrismaClient }): Notifier {
  return {
    async send(notification) {
      const readers = await readersOf(prisma, notification);
      if (readers.length === 0) return;
      await prisma.inAppNotification
        .createMany({
          data: readers.map((userId) => ({
            userId,
            idempotencyKey: notification.idempotencyKey,
            kind: notification.kind,
            needId: notification.needId,
          })),
          skipDuplicates: true,
        })
        .catch(failIfRefused);
    },
  };
}
