/** Rejection reasons as mails and printed forms name them (the workspace has its own in i18n/ru.ts). */
export const REJECTION_REASON_NAMES: Record<string, string> = {
  NOT_ELIGIBLE: 'не соответствует условиям',
  DOCUMENTS_MISSING: 'нет документов',
  DUPLICATE: 'дублирует другое обращение',
  CITIZEN_DECLINED: 'гражданин отказался',
  NOT_REACHABLE: 'не удалось связаться',
  OUT_OF_COMPETENCE: 'вне компетенции',
  OTHER: 'другое',
};
