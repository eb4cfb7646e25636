import { OPEN_STATUSES } from '../shared/domain';
import type { NeedStatus } from '../shared/domain';
import { CASE_FAILURES } from '../shared/needCase';
import type { Actor, CaseDocument, CaseState, NeedRegistration } from '../shared/needCase';
import type { CaseActionName, caseActionSchemas } from '../shared/schemas/need';
import type { z } from '../shared/schemas/zod';

/**
 * Who may do what to a case, and from which status: the one source of the case rules. Pure, so the
 * workflow's update validators, the API's `allowedActions` and the unit tests all call the same code.
 */

/** The named fields of a schema's output (a strict empty object types as an index signature of never). */
type Fields<T> = { [F in keyof T as string extends F ? never : F]: T[F] };
type Requested<K extends CaseActionName> = { type: K } & Fields<z.output<(typeof caseActionSchemas)[K]>>;

/** An action as the API's schemas accept it, plus what only the workflow carries. */
export type CaseAction =
  | { [K in Exclude<CaseActionName, 'assign'>]: Requested<K> }[Exclude<CaseActionName, 'assign'>]
  | (Requested<'assign'> & { assigneeOrganisationId: string })
  | { type: 'attachDocument'; document: CaseDocument }
  | { type: 'removeDocument'; documentId: string };

export type CaseActionType = CaseAction['type'];

export interface Refusal {
  failure: (typeof CASE_FAILURES)[keyof typeof CASE_FAILURES];
  message: string;
}

const OPEN: NeedStatus[] = [...OPEN_STATUSES];

const ALLOWED_FROM: Record<CaseActionType, NeedStatus[]> = {
  claim: OPEN,
  assign: OPEN,
  accept: ['ASSIGNED'],
  requestInfo: ['IN_PROGRESS'],
  provideInfo: ['WAITING_INFO'],
  attachDocument: OPEN,
  removeDocument: OPEN,
  comment: OPEN,
  resolve: ['IN_PROGRESS'],
  reject: OPEN,
  cancel: ['NEW', ...OPEN],
  reroute: OPEN,
  unclaim: OPEN,
};

const STATUS_NAMES: Record<NeedStatus, string> = {
  NEW: 'новое',
  ASSIGNED: 'в очереди организации',
  IN_PROGRESS: 'в работе',
  WAITING_INFO: 'ожидает информации',
  RESOLVED: 'поддержка оказана',
  REJECTED: 'отказано',
  CANCELLED: 'отозвано',
};

export interface CaseContext {
  state: Pick<CaseState, 'status' | 'organisationId' | 'assigneeId'> & {
    documents: Pick<CaseDocument, 'id' | 'kind' | 'deletedAt'>[];
  };
  registration: Pick<NeedRegistration, 'municipalityId'>;
  requiredDocuments: string[];
  /** Today's date in the region, 'yyyy-MM-dd'. */
  today: string;
  /** False only for cases started before a repeated claim by the holder was refused (patch 'claim-by-holder-refused'). */
  claimByHolderRefused: boolean;
}

const forbidden = (message: string): Refusal => ({ failure: CASE_FAILURES.forbidden, message });
const invalid = (message: string): Refusal => ({ failure: CASE_FAILURES.invalidTransition, message });

const isOrganisationStaff = (actor: Actor, state: CaseContext['state']) =>
  (actor.role === 'EXECUTOR' || actor.role === 'SUPERVISOR') && actor.organisationId === state.organisationId;

const isMunicipalOperator = (actor: Actor, registration: CaseContext['registration']) =>
  actor.role === 'OPERATOR' && actor.municipalityId === registration.municipalityId;

/** An executor works only cases that are theirs or nobody's; a supervisor works every case of the organisation. */
const holdsCase = (actor: Actor, state: CaseContext['state']) =>
  actor.role === 'SUPERVISOR' || state.assigneeId === null || state.assigneeId === actor.userId;

function whoMayAct(action: CaseAction, actor: Actor, ctx: CaseContext): Refusal | null {
  const { state, registration } = ctx;
  const staff = isOrganisationStaff(actor, state);
  switch (action.type) {
    case 'assign':
      return actor.role === 'SUPERVISOR' && staff ? null : forbidden('Назначать исполнителя может руководитель организации');
    case 'provideInfo':
    case 'cancel':
      return isMunicipalOperator(actor, registration)
        ? null
        : forbidden('Это действие доступно оператору муниципалитета, зарегистрировавшего потребность');
    case 'attachDocument':
    case 'removeDocument':
      return staff || isMunicipalOperator(actor, registration) ? null : forbidden('Нет доступа к документам этого дела');
    case 'comment':
      return staff || isMunicipalOperator(actor, registration) || actor.role === 'COORDINATOR'
        ? null
        : forbidden('Комментировать дело могут те, кто с ним работает');
    case 'reroute':
      return staff || actor.role === 'COORDINATOR' ? null : forbidden('Перенаправить дело может только его организация или координатор');
    default:
      if (!staff) return forbidden('Дело находится в очереди другой организации');
      return holdsCase(actor, state) ? null : invalid('Дело уже назначено другому исполнителю');
  }
}

const liveDocument = (state: CaseContext['state'], id: string) => state.documents.find((d) => d.id === id && !d.deletedAt);

function whatMayHappen(action: CaseAction, actor: Actor, ctx: CaseContext): Refusal | null {
  const { state } = ctx;
  switch (action.type) {
    case 'claim':
      // Claiming again what one holds would only repeat the CLAIMED event.
      return ctx.claimByHolderRefused && state.assigneeId === actor.userId ? invalid('Дело уже у вас в работе') : null;
    case 'assign':
      return action.assigneeOrganisationId === state.organisationId
        ? null
        : { failure: CASE_FAILURES.invalidInput, message: 'Исполнитель должен работать в организации, которой направлено дело' };
    case 'attachDocument':
      return action.document.replacesId && !liveDocument(state, action.document.replacesId)
        ? { failure: CASE_FAILURES.invalidInput, message: 'Документ, новую версию которого загружают, не найден или удалён' }
        : null;
    case 'removeDocument':
      return liveDocument(state, action.documentId)
        ? null
        : { failure: CASE_FAILURES.invalidInput, message: 'Документ не найден или уже удалён' };
    case 'resolve': {
      if (action.supportDate > ctx.today) {
        return { failure: CASE_FAILURES.invalidInput, message: 'Дата оказания поддержки не может быть в будущем' };
      }
      // A deleted document does not count for the checklist.
      const attached = new Set(state.documents.filter((d) => !d.deletedAt).map((d) => d.kind));
      const missing = ctx.requiredDocuments.filter((kind) => !attached.has(kind));
      return missing.length === 0
        ? null
        : { failure: CASE_FAILURES.missingDocuments, message: `Не приложены обязательные документы: ${missing.join(', ')}` };
    }
    case 'reroute':
      return action.organisationId === state.organisationId ? invalid('Дело уже находится в этой организации') : null;
    case 'unclaim':
      return state.assigneeId === null ? invalid('Дело и так в общей очереди: исполнитель не назначен') : null;
    default:
      return null;
  }
}

/** Why the actor may not perform the action now, or null when it is allowed. */
export function refusalOf(action: CaseAction, actor: Actor, ctx: CaseContext): Refusal | null {
  if (actor.role === 'AUDITOR' || actor.role === 'ADMIN') return forbidden('Роль не позволяет изменять дела');
  if (!ALLOWED_FROM[action.type].includes(ctx.state.status)) {
    return invalid(`Действие недоступно: дело ${STATUS_NAMES[ctx.state.status]}`);
  }
  return whoMayAct(action, actor, ctx) ?? whatMayHappen(action, actor, ctx);
}

/** What the case page may offer: the API's actions, and uploading a document. */
export type OfferedAction = CaseActionName | 'attachDocument';

/** Removing a document is offered on the document itself, not as an action of the case. */
const OFFERED = (Object.keys(ALLOWED_FROM) as CaseActionType[]).filter((type): type is OfferedAction => type !== 'removeDocument');

/**
 * A well-formed request of each action, so that only the case and the actor decide: an assignee of
 * the case's organisation, another organisation to reroute to, support given today, a new document.
 */
function probe(type: OfferedAction, ctx: CaseContext): CaseAction {
  switch (type) {
    case 'assign':
      return { type, assigneeId: '', assigneeOrganisationId: ctx.state.organisationId };
    case 'reroute':
      return { type, organisationId: '', reason: '' };
    case 'resolve':
      return { type, supportDate: ctx.today, report: '' };
    case 'reject':
      return { type, reason: 'OTHER', comment: '' };
    case 'attachDocument':
      return { type, document: { id: '', kind: '', fileName: '', mimeType: '', size: 0, sha256: '', storageKey: '' } };
    case 'requestInfo':
      return { type, question: '' };
    case 'provideInfo':
      return { type, answer: '' };
    case 'comment':
      return { type, text: '' };
    case 'cancel':
      return { type, reason: '' };
    case 'claim':
    case 'accept':
    case 'unclaim':
      return { type };
  }
}

/** The actions the actor may take on the case now, by the same rules the workflow enforces. */
export function allowedActionsFor(actor: Actor, ctx: CaseContext): OfferedAction[] {
  return OFFERED.filter((type) => refusalOf(probe(type, ctx), actor, ctx) === null);
}
