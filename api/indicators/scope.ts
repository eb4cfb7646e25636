import { Prisma } from '../../prisma/client';
import type { Actor } from '../../shared/needCase';
import { HttpError } from '../http/errors';

const NO_ID = '00000000-0000-0000-0000-000000000000';

/**
 * Which territories and organisations an actor's indicators cover: operators their municipality,
 * executors and supervisors their organisation, the coordinator and auditors the region. Columns are
 * given as SQL (an organisation column may be absent: passport and poverty figures have none, so
 * they are out of an organisation's scope).
 */
export function indicatorScopeSql(actor: Actor, columns: { municipality: string; organisation?: string }): Prisma.Sql {
  switch (actor.role) {
    case 'OPERATOR':
      return Prisma.sql`${Prisma.raw(columns.municipality)} = ${actor.municipalityId ?? NO_ID}::uuid`;
    case 'EXECUTOR':
    case 'SUPERVISOR':
      return columns.organisation
        ? Prisma.sql`${Prisma.raw(columns.organisation)} = ${actor.organisationId ?? NO_ID}::uuid`
        : Prisma.sql`FALSE`;
    case 'COORDINATOR':
    case 'AUDITOR':
      return Prisma.sql`TRUE`;
    default:
      throw new HttpError(403, 'FORBIDDEN', 'Показатели доступны сотрудникам, работающим с делами');
  }
}

/** Municipalities whose custom-indicator values an actor may see or load (null: all). */
export function municipalitiesInScope(actor: Actor): string[] | null {
  if (actor.role === 'OPERATOR') return [actor.municipalityId ?? NO_ID];
  if (actor.role === 'EXECUTOR' || actor.role === 'SUPERVISOR') return [];
  return null;
}
