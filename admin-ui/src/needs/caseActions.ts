import type { z } from 'zod';
import type { CaseActionName as ApiActionName, caseActionSchemas } from '../../../shared/schemas/need';

/**
 * The case page's part of the case actions: which input each field needs. Which actions a user may take
 * is the API's answer (`allowedActions` of the case, from the workflow's rules), never decided here.
 */
export type CaseActionName = Exclude<ApiActionName, 'comment'>;
export type FieldKind = 'text' | 'date' | 'reason' | 'assignee' | 'organisation';

export interface ActionField {
  name: string;
  kind: FieldKind;
}

type FieldsOf<A extends CaseActionName> = keyof z.input<(typeof caseActionSchemas)[A]>;

// Keyed by the API schemas' own field names: a field added to or removed from a schema fails to compile here.
const INPUTS: { [A in CaseActionName]: Record<FieldsOf<A>, FieldKind> } = {
  claim: {},
  accept: {},
  assign: { assigneeId: 'assignee' },
  requestInfo: { question: 'text' },
  provideInfo: { answer: 'text' },
  resolve: { supportDate: 'date', report: 'text' },
  reject: { reason: 'reason', comment: 'text' },
  cancel: { reason: 'text' },
  reroute: { organisationId: 'organisation', reason: 'text' },
  unclaim: {},
};

export const isCaseAction = (name: string): name is CaseActionName => Object.hasOwn(INPUTS, name);

export const actionFields = (action: CaseActionName): ActionField[] =>
  Object.entries(INPUTS[action] as Record<string, FieldKind>).map(([name, kind]) => ({ name, kind }));
