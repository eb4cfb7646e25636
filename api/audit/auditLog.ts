import type { Request } from 'express';
import { Prisma } from '../../prisma/client';
import type { PrismaClient } from '../../prisma/client';

export type AuditAction =
  | 'CREATE'
  | 'UPDATE'
  | 'DELETE'
  | 'READ'
  | 'SEARCH'
  | 'EXPORT'
  | 'DOWNLOAD'
  | 'PRINT'
  | 'LOGIN'
  | 'LOGIN_FAILED'
  | 'LOGOUT'
  | 'MERGE'
  | 'IMPORT'
  | `CASE_${string}`;

export interface AuditEntry {
  action: AuditAction;
  entity: string;
  entityId?: string | null;
  changes?: Record<string, unknown>;
}

/** Fields whose values never enter the audit trail: that a field changed is recorded, not its value. */
const SECRET_FIELDS = new Set(['snils', 'password', 'passwordHash', 'refreshToken', 'accessToken']);

function masked(changes: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(changes).map(([k, v]) => [k, SECRET_FIELDS.has(k) ? '***' : v]));
}

/** { field: { before, after } } for the fields whose values differ. */
export function diff(before: Record<string, unknown>, after: Record<string, unknown>): Record<string, { before: unknown; after: unknown }> {
  const changed: Record<string, { before: unknown; after: unknown }> = {};
  for (const key of Object.keys(after)) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      changed[key] = SECRET_FIELDS.has(key) ? { before: '***', after: '***' } : { before: before[key], after: after[key] };
    }
  }
  return changed;
}

/** The row of one entry: who (from the request's actor), when, from where, what. */
export function auditRow(req: Request, entry: AuditEntry) {
  return {
    actorId: req.actor?.userId ?? null,
    actorRole: req.actor?.role ?? null,
    ip: req.ip ?? null,
    requestId: req.id === undefined ? null : String(req.id),
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId ?? null,
    changes: masked(entry.changes ?? {}) as Prisma.InputJsonObject,
  };
}

/** Appends one entry. */
export function audit(prisma: PrismaClient, req: Request, entry: AuditEntry): Promise<unknown> {
  return prisma.auditLog.create({ data: auditRow(req, entry) });
}

/**
 * A read and its audit entry as one SQL statement: the entry is inserted by a data-modifying CTE
 * beside the read, so the answer exists only if its audit record was committed with it (nothing to
 * lose on a crash), at the cost of one round trip instead of two. `shown` is added to the changes
 * from the rows read, capped at `shownAtMost`.
 */
export function withAuditSql(read: Prisma.Sql, req: Request, entry: AuditEntry, shownAtMost: number): Prisma.Sql {
  const row = auditRow(req, entry);
  return Prisma.sql`
    WITH read AS (${read}),
         logged AS (
           INSERT INTO "AuditLog" ("actorId", "actorRole", ip, "requestId", action, entity, "entityId", changes)
           SELECT ${row.actorId}::uuid, ${row.actorRole}, ${row.ip}, ${row.requestId}, ${row.action}, ${row.entity}, ${row.entityId},
                  ${JSON.stringify(row.changes)}::jsonb || jsonb_build_object('shown', LEAST((SELECT count(*) FROM read), ${shownAtMost}::int))
         )
    SELECT * FROM read`;
}
