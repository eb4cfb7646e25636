import { Prisma } from '../../prisma/client';
import type { Actor } from '../../shared/needCase';
import { HttpError } from '../http/errors';

/**
 * Which cases an actor's queue holds: an organisation's staff see their organisation's cases; the
 * regional coordinator and auditors see all. The single place this is decided for the queue.
 */
export function queueScopeFor(actor: Actor, organisationFilter?: string): Prisma.Sql {
  switch (actor.role) {
    case 'EXECUTOR':
    case 'SUPERVISOR':
      return Prisma.sql`n."organisationId" = ${actor.organisationId}::uuid`;
    case 'COORDINATOR':
    case 'AUDITOR':
      return organisationFilter ? Prisma.sql`n."organisationId" = ${organisationFilter}::uuid` : Prisma.sql`TRUE`;
    default:
      throw new HttpError(403, 'FORBIDDEN', 'Очередь дел доступна сотрудникам органов власти');
  }
}
