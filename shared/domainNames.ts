import type { NeedStatus, RejectionReason, RelationKind, USER_ROLES } from './domain';
import type { CaseEventType } from './needCase';

/**
 * Russian names of the domain's codes, one source for the workspace (i18n/ru.ts), the printed
 * forms and the mails. Pure data: the workspace bundles it as it is.
 */
export const STATUS_NAMES: Record<NeedStatus, string> = {
  NEW: 'Новое',
  ASSIGNED: 'В очереди',
  IN_PROGRESS: 'В работе',
  WAITING_INFO: 'Ожидает информации',
  RESOLVED: 'Поддержка оказана',
  REJECTED: 'Отказано',
  CANCELLED: 'Отозвано',
};

export const EVENT_NAMES: Record<CaseEventType, string> = {
  REGISTERED: 'Потребность зарегистрирована',
  ROUTED: 'Направлено в орган власти',
  CLAIMED: 'Исполнитель взял дело',
  ASSIGNED: 'Назначен исполнитель',
  ACCEPTED: 'Принято в работу',
  INFO_REQUESTED: 'Запрошена информация',
  INFO_PROVIDED: 'Информация предоставлена',
  DOCUMENT_ATTACHED: 'Приложен документ',
  DOCUMENT_REMOVED: 'Документ удалён',
  COMMENTED: 'Комментарий',
  RESOLVED: 'Поддержка оказана',
  REJECTED: 'Отказано',
  CANCELLED: 'Отозвано оператором',
  REROUTED: 'Перенаправлено в другой орган',
  REMINDER: 'Напоминание о сроке',
  ESCALATED: 'Эскалация',
  UNCLAIMED: 'Возвращено в очередь',
};

export const REJECTION_REASON_NAMES: Record<RejectionReason, string> = {
  NOT_ELIGIBLE: 'Не соответствует условиям',
  DOCUMENTS_MISSING: 'Нет документов',
  DUPLICATE: 'Дублирует другое обращение',
  CITIZEN_DECLINED: 'Гражданин отказался',
  NOT_REACHABLE: 'Не удалось связаться',
  OUT_OF_COMPETENCE: 'Вне компетенции',
  OTHER: 'Другое',
};

export const RELATION_NAMES: Record<RelationKind, string> = {
  SPOUSE: 'Супруг(а)',
  PARENT: 'Родитель',
  CHILD: 'Ребёнок',
  SIBLING: 'Брат или сестра',
  GUARDIAN: 'Опекун',
  WARD: 'Подопечный',
  OTHER: 'Иное родство',
};

export const ROLE_NAMES: Record<(typeof USER_ROLES)[number], string> = {
  OPERATOR: 'Оператор',
  EXECUTOR: 'Исполнитель',
  SUPERVISOR: 'Руководитель',
  COORDINATOR: 'Координатор',
  AUDITOR: 'Аудитор',
  ADMIN: 'Администратор',
};

/** A name inside a sentence or a table cell of a form: «причина: не соответствует условиям». */
export const inSentence = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);

/** The name of a code, or the code itself when it has none (a value from a newer version). */
export const nameOf = (names: Record<string, string>, code: string) => names[code] ?? code;
