import type { Prisma, PrismaClient } from '../prisma/client';
import type { CaseEvent, CaseState } from '../shared/needCase';
import { failIfRefused } from './databaseFailures';
import type { CaseNotification, Notifier } from './notifications';

/** The bell also tells what has no mail: an operator's answer to the one who asked. */
type BellNotice = Pick<CaseNotification, 'needId' | 'organisationId' | 'assigneeId' | 'target'> & {
  kind: CaseNotification['kind'] | 'INFO_PROVIDED';
};
type Db = PrismaClient | Prisma.TransactionClient;

const STAFF = ['EXECUTOR', 'SUPERVISOR'] as const;

/**
 * Who sees a case notification in the workspace's bell: the same readers as its mail (recipients.ts),
 * as people rather than addresses — where a mail goes to the organisation's mailbox, the bell rings for
 * the organisation's staff. Only active accounts.
 */
async function readersOf(prisma: Db, n: BellNotice): Promise<string[]> {
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
    case 'INFO_PROVIDED':
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

/**
 * «Получен ответ»: written by the projection in the transaction that records the answer, so it is told
 * exactly when the answer is kept — once (the event's key), never without it — with no change to the
 * workflow, which sends no notification for an answer. To whoever holds the case, else its organisation's staff.
 */
export async function noteAnswers(db: Prisma.TransactionClient, needId: string, events: CaseEvent[], state: CaseState): Promise<void> {
  for (const answer of events.filter((e) => e.type === 'INFO_PROVIDED')) {
    const notice = { kind: 'INFO_PROVIDED' as const, needId, organisationId: state.organisationId, assigneeId: state.assigneeId };
    const readers = (await readersOf(db, notice)).filter((userId) => userId !== answer.actorId);
    if (readers.length === 0) continue;
    await db.inAppNotification.createMany({
      data: readers.map((userId) => ({ userId, idempotencyKey: `${needId}:${answer.seq}:INFO_PROVIDED`, kind: 'INFO_PROVIDED', needId })),
      skipDuplicates: true,
    });
  }
}
