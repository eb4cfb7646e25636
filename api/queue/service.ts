import type { Prisma, PrismaClient } from '../../prisma/client';
import { caseNumber } from '../../shared/caseWording';
import { NEED_STATUSES } from '../../shared/domain';
import type { Actor } from '../../shared/needCase';
import type { QueueFilter } from '../../shared/schemas/queue';
import { cursorValue, encodeCursor } from './keyset';
import type { QueuePage, QueueRow } from './queueSql';
import { queueConditions, queuePageSql } from './queueSql';
import { needScopeSql } from '../access/scopes';

/** Beyond this many matches the queue's total is not counted: «более 10 000». */
export const QUEUE_COUNT_CAP = 10_000;

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** The names of the people who hold the rows' cases, for the queue's assignee column. */
export async function assigneeNames(prisma: PrismaClient, rows: Pick<QueueRow, 'assigneeId'>[]): Promise<Map<string, string>> {
  const ids = [...new Set(rows.map((r) => r.assigneeId).filter((id): id is string => id !== null))];
  if (ids.length === 0) return new Map();
  const users = await prisma.user.findMany({ where: { id: { in: ids } }, select: { id: true, fullName: true } });
  return new Map(users.map((u) => [u.id, u.fullName]));
}

/** A queue row as the API shows it (also the supervision lists' items). */
export function queueItem(row: QueueRow, now: Date, names: Map<string, string> = new Map()) {
  const assigneeName = row.assigneeId ? names.get(row.assigneeId) : undefined;
  return {
    id: row.id,
    number: caseNumber(row.id),
    assignee: row.assigneeId && assigneeName ? { id: row.assigneeId, fullName: assigneeName } : null,
    status: row.status,
    measure: { id: row.measureId, code: row.measureCode, name: row.measureName, kind: row.measureKind },
    person: {
      id: row.personId,
      lastName: row.lastName,
      firstName: row.firstName,
      middleName: row.middleName,
      birthDate: row.birthDate.toISOString().slice(0, 10),
    },
    municipality: { id: row.municipalityId, name: row.municipalityName },
    organisationId: row.organisationId,
    assigneeId: row.assigneeId,
    registeredAt: row.registeredAt.toISOString(),
    acceptDueAt: iso(row.acceptDueAt),
    resolveDueAt: iso(row.resolveDueAt),
    activeDueAt: iso(row.activeDueAt),
    overdue: row.activeDueAt !== null && row.activeDueAt < now,
    escalationLevel: row.escalationLevel,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The executive bodies' case queues, read from the projection in PostgreSQL. */
export function createQueueService(prisma: PrismaClient) {
  return {
    /**
     * One page, its audit record (written by the same statement, see withAuditSql) and the number of
     * matches counted up to QUEUE_COUNT_CAP + 1 on another connection at the same time: an exact total
     * of a large organisation's queue would scan all of it on every page; past the cap the workspace
     * says «более 10 000».
     */
    async page(
      actor: Actor,
      filter: QueueFilter,
      page: QueuePage,
      audited: (read: Prisma.Sql, shownAtMost: number) => Prisma.Sql = (read) => read,
    ) {
      const scope = needScopeSql(actor, filter.organisationId);
      const conditions = queueConditions(actor, filter);
      // One row more than asked tells whether another page follows.
      const pageSql = queuePageSql(scope, conditions, { ...page, limit: page.limit + 1 });
      const [rows, [{ matches }]] = await Promise.all([
        prisma.$queryRaw<QueueRow[]>(audited(pageSql, page.limit)),
        prisma.$queryRaw<{ matches: number }[]>`
          SELECT count(*)::int AS matches FROM (SELECT 1 FROM "Need" n WHERE ${scope} AND ${conditions} LIMIT ${QUEUE_COUNT_CAP + 1}) capped`,
      ]);
      const items = rows.slice(0, page.limit);
      const last = items[items.length - 1];
      const nextCursor = rows.length > page.limit && last ? encodeCursor({ v: cursorValue(last[page.sort]), id: last.id }) : undefined;
      const now = new Date();
      const names = await assigneeNames(prisma, items);
      return { items: items.map((r) => queueItem(r, now, names)), total: matches, totalCapped: matches > QUEUE_COUNT_CAP, nextCursor };
    },

    async counts(actor: Actor, filter: QueueFilter) {
      const scope = needScopeSql(actor, filter.organisationId);
      const conditions = queueConditions(actor, filter, { withStatus: false });
      const rows = await prisma.$queryRaw<{ status: string; n: bigint; overdue: bigint; held: bigint }[]>`
        SELECT n.status::text AS status, count(*) AS n,
               count(*) FILTER (WHERE n."activeDueAt" < now() AT TIME ZONE 'UTC') AS overdue,
               count(*) FILTER (WHERE n."assigneeId" IS NOT NULL) AS held
          FROM "Need" n WHERE ${scope} AND ${conditions} GROUP BY n.status`;
      const counts: Record<string, number> = Object.fromEntries(NEED_STATUSES.map((s) => [s, 0]));
      let overdue = 0;
      // Of the cases in the queue, those somebody has taken («Взято в работу») but not yet accepted.
      let claimed = 0;
      for (const row of rows) {
        counts[row.status] = Number(row.n);
        overdue += Number(row.overdue);
        if (row.status === 'ASSIGNED') claimed = Number(row.held);
      }
      return { ...counts, overdue, claimed, total: Object.values(counts).reduce((a, b) => a + b, 0) };
    },
  };
}
