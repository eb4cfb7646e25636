import { OPEN_STATUSES } from '../shared/domain';
import type { NeedStatus, RejectionReason } from '../shared/domain';
import { CASE_FAILURES } from '../shared/needCase';
import type { Actor, CaseDocument, CaseState, NeedRegistration } from '../shared/needCase';

/** Who may do what to a case, and from which status. Pure: used by update validators and tests. */

export type CaseAction =
  | { type: 'claim' }
  | { type: 'assign'; assigneeId: string; assigneeOrganisationId: string }
  | { type: 'accept' }
  | { type: 'requestInfo'; question: string }
  | { type: 'provideInfo'; answer: string }
  | { type: 'attachDocument'; document: CaseDocument }
  | { type: 'removeDocument'; documentId: string }
  | { type: 'comment'; text: string }
  | { type: 'resolve'; supportDate: string; report: string }
  | { type: 'reject'; reason: RejectionReason; comment: string }
  | { type: 'cancel'; reason: string }
  | { type: 'reroute'; organisationId: string; reason: string };

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

interface CaseContext {
  state: CaseState;
  registration: NeedRegistration;
  requiredDocuments: string[];
  /** Today's date in the region, 'yyyy-MM-dd'. */
  today: string;
}

const forbidden = (message: string): Refusal => ({ failure: CASE_FAILURES.forbidden, message });
const invalid = (message: string): Refusal => ({ failure: CASE_FAILURES.invalidTransition, message });

const isOrganisationStaff = (actor: Actor, state: CaseState) =>
  (actor.role === 'EXECUTOR' || actor.role === 'SUPERVISOR') && actor.organisationId === state.organisationId;

const isMunicipalOperator = (actor: Actor, registration: NeedRegistration) =>
  actor.role === 'OPERATOR' && actor.municipalityId === registration.municipalityId;

/** An executor works only cases that are theirs or nobody's; a supervisor works every case of the organisation. */
const holdsCase = (actor: Actor, state: CaseState) =>
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

const liveDocument = (state: CaseState, id: string) => state.documents.find((d) => d.id === id && !d.deletedAt);

function whatMayHappen(action: CaseAction, ctx: CaseContext): Refusal | null {
  const { state } = ctx;
  switch (action.type) {
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
  return whoMayAct(action, actor, ctx) ?? whatMayHappen(action, ctx);
}
