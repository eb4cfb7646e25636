import { Prisma } from '../../prisma/client';
import { HttpError } from '../http/errors';
import type { Actor } from '../../shared/needCase';
import { delegationOf } from './subordinates';

/**
 * Which records an actor may see: the one place record scoping is decided. Everything outside an
 * actor's scope answers 404, so its existence does not leak.
 *
 * - operators: the passports and needs of their municipality;
 * - executors and supervisors: the needs routed to their organisation (and of a passport only
 *   what those cases show);
 * - the regional coordinator and auditors: everything;
 * - admins: no personal data.
 */
const NOTHING = { id: { in: [] as string[] } };

export function needScope(actor: Actor): Prisma.NeedWhereInput {
  switch (actor.role) {
    case 'OPERATOR':
      return { municipalityId: actor.municipalityId ?? '' };
    case 'EXECUTOR':
    case 'SUPERVISOR': {
      // A subordinate body also sees its parent's cases in the municipalities of its scope (./subordinates.ts).
      const d = delegationOf(actor);
      const own = { organisationId: actor.organisationId ?? '' };
      return d ? { OR: [own, { organisationId: d.parentOrganisationId, municipalityId: { in: d.municipalityIds } }] } : own;
    }
    case 'COORDINATOR':
    case 'AUDITOR':
      return {};
    default:
      return NOTHING;
  }
}

/** Passports — households and their people — are records of a municipality. */
function municipalRecords(actor: Actor): { municipalityId?: string } | typeof NOTHING {
  switch (actor.role) {
    case 'OPERATOR':
      return { municipalityId: actor.municipalityId ?? '' };
    case 'COORDINATOR':
    case 'AUDITOR':
      return {};
    default:
      return NOTHING;
  }
}

export const householdScope = (actor: Actor): Prisma.HouseholdWhereInput => municipalRecords(actor);
export const personScope = (actor: Actor): Prisma.PersonWhereInput => municipalRecords(actor);

/** needScope for raw SQL over "Need" n (the queue); 403 for roles that have no queue at all. */
export function needScopeSql(actor: Actor, organisationFilter?: string): Prisma.Sql {
  switch (actor.role) {
    case 'EXECUTOR':
    case 'SUPERVISOR': {
      const d = delegationOf(actor);
      return d
        ? Prisma.sql`(n."organisationId" = ${actor.organisationId}::uuid OR (n."organisationId" = ${d.parentOrganisationId}::uuid AND n."municipalityId" = ANY(${d.municipalityIds}::uuid[])))`
        : Prisma.sql`n."organisationId" = ${actor.organisationId}::uuid`;
    }
    case 'COORDINATOR':
    case 'AUDITOR':
      return organisationFilter ? Prisma.sql`n."organisationId" = ${organisationFilter}::uuid` : Prisma.sql`TRUE`;
    default:
      throw new HttpError(403, 'FORBIDDEN', 'Очередь дел доступна сотрудникам органов власти');
  }
}

/** The municipality an actor's household search is confined to, if any. */
export function householdMunicipality(actor: Actor): string | undefined {
  return actor.role === 'OPERATOR' ? (actor.municipalityId ?? '') : undefined;
}

/**
 * Households whose poverty assessments an actor may see: operators their municipality's; executors
 * only households with a case of their organisation whose measure reads incomes; coordinators and
 * auditors all.
 */
export function assessmentHouseholdScope(actor: Actor): Prisma.HouseholdWhereInput {
  if (actor.role !== 'EXECUTOR') return householdScope(actor);
  const caseNeedingIncomes = { organisationId: actor.organisationId ?? '', measure: { relevantPassportSections: { has: 'INCOMES' } } };
  return { members: { some: { needs: { some: caseNeedingIncomes } } } };
}

/** The register and dashboards: operators their municipality, coordinators and auditors all (by a municipality id column). */
export function registerScopeSql(actor: Actor, municipalityColumn = 'a."municipalityId"'): Prisma.Sql {
  switch (actor.role) {
    case 'OPERATOR':
      return Prisma.sql`${Prisma.raw(municipalityColumn)} = ${actor.municipalityId ?? '00000000-0000-0000-0000-000000000000'}::uuid`;
    case 'COORDINATOR':
    case 'AUDITOR':
      return Prisma.sql`TRUE`;
    default:
      throw new HttpError(403, 'FORBIDDEN', 'Реестр малоимущих семей доступен операторам, координаторам и аудиторам');
  }
}

/** A plan is seen by its municipality's operators, by the organisations answering for any of its points, and by overseers. */
export function planScope(actor: Actor): Prisma.SupportPlanWhereInput {
  switch (actor.role) {
    case 'OPERATOR':
      return { municipalityId: actor.municipalityId ?? '' };
    case 'EXECUTOR':
    case 'SUPERVISOR':
      return { points: { some: { organisationId: actor.organisationId ?? '' } } };
    case 'COORDINATOR':
    case 'AUDITOR':
      return {};
    default:
      return NOTHING;
  }
}

/** Single-window appeals (issue 13) are records of the municipality they were received in, like passports. */
export const appealScope = (actor: Actor): Prisma.AppealWhereInput => municipalRecords(actor);

/** The queue's saved queries an actor sees: their own, and those shared with their organisation. */
export function savedQueryScope(actor: Actor): Prisma.SavedQueryWhereInput {
  const own = { authorId: actor.userId };
  return actor.organisationId ? { OR: [own, { shared: true, organisationId: actor.organisationId }] } : own;
}
