import type { Actor } from '../../shared/needCase';

/**
 * Subordinate organisations (подведомственные организации, issue 13): a subordinate body works the
 * cases of its parent's measures, but only those of the municipalities in its scope. The workflow
 * knows only organisations, so for such a case the API presents the subordinate's staff as acting
 * for the parent organisation — the one place this rule is applied is here, and the scopes and the
 * case actions ask it.
 */
export interface Delegation {
  parentOrganisationId: string;
  municipalityIds: string[];
}

const delegations = new WeakMap<Actor, Delegation>();

/** The actor of a signed-in user, remembering the parent their organisation works for, if any. */
export function withDelegation(
  actor: Actor,
  organisation: { parentId: string | null; scopeMunicipalityIds: string[]; active: boolean } | null,
): Actor {
  const worksForParent = actor.role === 'EXECUTOR' || actor.role === 'SUPERVISOR';
  if (worksForParent && organisation?.parentId && organisation.active && organisation.scopeMunicipalityIds.length > 0) {
    delegations.set(actor, { parentOrganisationId: organisation.parentId, municipalityIds: organisation.scopeMunicipalityIds });
  }
  return actor;
}

export const delegationOf = (actor: Actor): Delegation | undefined => delegations.get(actor);

/** Whether the actor's organisation is a subordinate one covering this case of its parent. */
export function coversCase(actor: Actor, need: { organisationId: string; municipalityId: string }): boolean {
  const d = delegationOf(actor);
  return Boolean(d && d.parentOrganisationId === need.organisationId && d.municipalityIds.includes(need.municipalityId));
}

/** The actor as the case workflow must see them for this case: the parent's staff when the case is in scope. */
export function caseActorFor(actor: Actor, need: { organisationId: string; municipalityId: string }): Actor {
  const plain: Actor = {
    userId: actor.userId,
    role: actor.role,
    organisationId: actor.organisationId,
    municipalityId: actor.municipalityId,
  };
  return coversCase(actor, need) ? { ...plain, organisationId: need.organisationId } : plain;
}

/** An assignee of a subordinate body counts as staff of the case's organisation when the case is in its scope. */
export function assigneeOrganisationFor(
  assignee: { organisationId: string | null; organisation: { parentId: string | null; scopeMunicipalityIds: string[] } | null },
  need: { organisationId: string; municipalityId: string },
): string | null {
  const org = assignee.organisation;
  if (org?.parentId === need.organisationId && org.scopeMunicipalityIds.includes(need.municipalityId)) return need.organisationId;
  return assignee.organisationId;
}
