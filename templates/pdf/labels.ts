/** Russian names of what the forms print: statuses, relations, case events. */
export const STATUS_NAMES: Record<string, string> = {
  NEW: 'Новое',
  ASSIGNED: 'В очереди',
  IN_PROGRESS: 'В работе',
  WAITING_INFO: 'Ожидает информации',
  RESOLVED: 'Поддержка оказана',
  REJECTED: 'Отказано',
  CANCELLED: 'Отозвано',
};

export const RELATION_NAMES: Record<string, string> = {
  SPOUSE: 'супруг(а)',
  PARENT: 'родитель',
  CHILD: 'ребёнок',
  SIBLING: 'брат/сестра',
  GUARDIAN: 'опекун',
  WARD: 'подопечный',
  OTHER: 'иное родство',
};

export const EVENT_NAMES: Record<string, string> = {
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
};

export const ROLE_NAMES: Record<string, string> = {
  OPERATOR: 'оператор',
  EXECUTOR: 'исполнитель',
  SUPERVISOR: 'руководитель',
  COORDINATOR: 'координатор',
  AUDITOR: 'аудитор',
  ADMIN: 'администратор',
};

/** Which deadline a reminder or an escalation is about. */
export const DEADLINE_NAMES: Record<string, string> = {
  ACCEPT: 'срок принятия в работу',
  RESOLVE: 'срок оказания поддержки',
};

const samaraDate = new Intl.DateTimeFormat('ru-RU', { timeZone: 'Europe/Samara', day: '2-digit', month: '2-digit', year: 'numeric' });
const samaraTime = new Intl.DateTimeFormat('ru-RU', { timeZone: 'Europe/Samara', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

export const printDate = (iso: string | null) => (iso ? samaraDate.format(new Date(iso)) : '—');
/** dd.MM.yyyy HH:mm in Samara time, whatever the server's zone. */
export const printDateTime = (at: string | Date) => `${samaraDate.format(new Date(at))} ${samaraTime.format(new Date(at))}`;
/** A calendar day ('yyyy-MM-dd') as dd.MM.yyyy, without a time zone shifting it. */
export const printDay = (day: string | null) => (day ? day.split('-').reverse().join('.') : '—');
