import type { PrismaClient } from '../../prisma/client';
import { caseNumber } from '../../shared/caseWording';
import { OPEN_STATUSES } from '../../shared/domain';
import type { Actor } from '../../shared/needCase';
import { needScope } from '../access/scopes';
import { escalationThreshold } from '../supervision/escalations';

const OVERSEERS: Actor['role'][] = ['SUPERVISOR', 'COORDINATOR', 'AUDITOR'];

/** The operator's information requests: open cases they registered that wait for their answer. */
const waitingWhere = (actor: Actor) => ({ AND: [needScope(actor), { status: 'WAITING_INFO' as const, registeredById: actor.userId }] });

/** What waits for the signed-in person: their information requests to answer, the escalations that reached them. */
export function createInboxService(prisma: PrismaClient) {
  return {
    async counts(actor: Actor) {
      const waiting = actor.role === 'OPERATOR' ? await prisma.need.count({ where: waitingWhere(actor) }) : 0;
      const escalations = OVERSEERS.includes(actor.role)
        ? await prisma.need.count({
            where: {
              AND: [
                needScope(actor),
                { status: { in: [...OPEN_STATUSES] }, escalationLevel: { gte: await escalationThreshold(prisma, actor) } },
              ],
            },
          })
        : 0;
      return { waiting, escalations };
    },

    /** The requests, the longest waiting first, each with the question as it was asked and by whom. */
    async waiting(actor: Actor, page: { skip: number; take: number }) {
      const where = waitingWhere(actor);
      const [rows, total] = await Promise.all([
        prisma.need.findMany({
          where,
          orderBy: [{ updatedAt: 'asc' }, { id: 'asc' }],
          skip: page.skip,
          take: page.take,
          include: {
            person: { select: { id: true, lastName: true, firstName: true, middleName: true } },
            measure: { select: { name: true } },
            organisation: { select: { shortName: true } },
            events: { where: { type: 'INFO_REQUESTED' }, orderBy: { seq: 'desc' }, take: 1 },
          },
        }),
        prisma.need.count({ where }),
      ]);
      const askers = rows.map((r) => r.events[0]?.actorId).filter((id): id is string => Boolean(id));
      const users = await prisma.user.findMany({ where: { id: { in: askers } }, select: { id: true, fullName: true } });
      const names = new Map(users.map((u) => [u.id, u.fullName]));
      const items = rows.map((r) => {
        const asked = r.events[0];
        return {
          id: r.id,
          number: caseNumber(r.id),
          person: r.person,
          measure: r.measure,
          organisation: r.organisation,
          question: ((asked?.data as { question?: string } | undefined)?.question ?? '') as string,
          askedAt: (asked?.at ?? r.updatedAt).toISOString(),
          askedBy: asked?.actorId ? (names.get(asked.actorId) ?? null) : null,
        };
      });
      return { items, total };
    },
  };
}
