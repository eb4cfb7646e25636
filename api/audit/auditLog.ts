import type { Request } from 'express';
import type { Prisma, PrismaClient } from '../../prisma/client';

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

/** Appends one entry: who (from the request's actor), when, from where, what. */
export function audit(prisma: PrismaClient, req: Request, entry: AuditEntry): Promise<unknown> {
  return prisma.auditLog.create({
    data: {
      actorId: req.actor?.userId ?? null,
      actorRole: req.actor?.role ?? null,
      ip: req.ip ?? null,
      requestId: req.id === undefined ? null : String(req.id),
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId ?? null,
      changes: masked(entry.changes ?? {}) as Prisma.InputJsonObject,
    },
  });
}
