import { Prisma } from '../../prisma/client';
import type { Actor } from '../../shared/needCase';
import type { QueueFilter, QueueSortField } from '../../shared/schemas/queue';
import type { Cursor } from './keyset';
import { keysetAfter, keysetOrder } from './keyset';

export interface QueuePage {
  sort: QueueSortField;
  direction: 'ASC' | 'DESC';
  limit: number;
  after?: Cursor;
  offset?: number;
}

/** The filter conditions of the queue; `status` can be left out for the per-status counts. */
export function queueConditions(actor: Actor, filter: QueueFilter, { withStatus = true } = {}): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  const statuses = filter.status === undefined ? [] : Array.isArray(filter.status) ? filter.status : [filter.status];
  if (withStatus && statuses.length > 0) parts.push(Prisma.sql`n.status::text IN (${Prisma.join(statuses)})`);
  if (filter.measureId) parts.push(Prisma.sql`n."measureId" = ${filter.measureId}::uuid`);
  if (filter.municipalityId) parts.push(Prisma.sql`n."municipalityId" = ${filter.municipalityId}::uuid`);
  if (filter.overdue === true) parts.push(Prisma.sql`n."activeDueAt" < now() AT TIME ZONE 'UTC'`);
  if (filter.overdue === false) parts.push(Prisma.sql`(n."activeDueAt" IS NULL OR n."activeDueAt" >= now() AT TIME ZONE 'UTC')`);
  if (filter.assigneeId === 'none') parts.push(Prisma.sql`n."assigneeId" IS NULL`);
  else if (filter.assigneeId === 'any') parts.push(Prisma.sql`n."assigneeId" IS NOT NULL`);
  else if (filter.assigneeId)
    parts.push(Prisma.sql`n."assigneeId" = ${filter.assigneeId === 'me' ? actor.userId : filter.assigneeId}::uuid`);
  if (filter.dueFrom) parts.push(Prisma.sql`n."activeDueAt" >= ${new Date(filter.dueFrom).toISOString().replace('Z', '')}::timestamp`);
  if (filter.dueTo) parts.push(Prisma.sql`n."activeDueAt" <= ${new Date(filter.dueTo).toISOString().replace('Z', '')}::timestamp`);
  if (filter.escalatedFrom) parts.push(Prisma.sql`n."escalationLevel" >= ${filter.escalatedFrom}`);
  return parts.length > 0 ? Prisma.join(parts, ' AND ') : Prisma.sql`TRUE`;
}

export interface QueueRow {
  id: string;
  status: string;
  organisationId: string;
  assigneeId: string | null;
  registeredAt: Date;
  acceptDueAt: Date | null;
  resolveDueAt: Date | null;
  activeDueAt: Date | null;
  escalationLevel: number;
  updatedAt: Date;
  municipalityId: string;
  municipalityName: string;
  measureId: string;
  measureCode: string;
  measureName: string;
  measureKind: string;
  personId: string;
  lastName: string;
  firstName: string;
  middleName: string | null;
  birthDate: Date;
}

/** One page of the queue as a single SQL statement (also what the benchmark runs bare). */
export function queuePageSql(scope: Prisma.Sql, conditions: Prisma.Sql, page: QueuePage): Prisma.Sql {
  const after = page.after ? keysetAfter(page.sort, page.direction, page.after) : Prisma.sql`TRUE`;
  return Prisma.sql`
    SELECT n.id, n.status::text AS status, n."organisationId", n."assigneeId", n."registeredAt", n."acceptDueAt",
           n."resolveDueAt", n."activeDueAt", n."escalationLevel", n."updatedAt", n."municipalityId",
           mu.name AS "municipalityName", m.id AS "measureId", m.code AS "measureCode", m.name AS "measureName",
           m.kind AS "measureKind", p.id AS "personId", p."lastName", p."firstName", p."middleName", p."birthDate"
      FROM "Need" n
      JOIN "SupportMeasure" m ON m.id = n."measureId"
      JOIN "Person" p ON p.id = n."personId"
      JOIN "Municipality" mu ON mu.id = n."municipalityId"
     WHERE ${scope} AND ${conditions} AND ${after}
     ORDER BY ${keysetOrder(page.sort, page.direction)}
     LIMIT ${page.limit} OFFSET ${page.offset ?? 0}`;
}
