import { DEADLINE_NAMES, printDay } from '../../templates/pdf/labels';
import { REJECTION_REASON_NAMES, inSentence, nameOf } from '../../shared/domainNames';

/** How the extract names the people and organisations an event refers to by id. */
export interface EventNames {
  organisation: (id: string) => string;
  user: (id: string) => string;
}

/** What a history entry says beyond its type, in words: the question, the reason, the document, whom it went to. */
export function eventDetails(data: Record<string, unknown>, names: EventNames): string {
  const parts: string[] = [];
  const text = (key: string) => (typeof data[key] === 'string' && data[key] !== '' ? (data[key] as string) : undefined);
  const reason = text('reason');
  if (reason) parts.push(`Причина: ${inSentence(nameOf(REJECTION_REASON_NAMES, reason))}`);
  const labelled: [string, string][] = [
    ['question', 'Вопрос'],
    ['answer', 'Ответ'],
    ['comment', 'Комментарий'],
    ['text', 'Комментарий'],
    ['report', 'Отчёт'],
    ['fileName', 'Файл'],
  ];
  for (const [key, label] of labelled) {
    const value = text(key);
    if (value) parts.push(`${label}: ${value}`);
  }
  const supportDate = text('supportDate');
  if (supportDate) parts.push(`Дата поддержки: ${printDay(supportDate)}`);
  const document = data.document as { fileName?: string; version?: number } | undefined;
  if (document?.fileName)
    parts.push(`Файл: ${document.fileName}${document.version && document.version > 1 ? ` (версия ${document.version})` : ''}`);
  const assigneeId = text('assigneeId');
  if (assigneeId) parts.push(`Исполнитель: ${names.user(assigneeId)}`);
  const from = text('from');
  if (from) parts.push(`Из органа: ${names.organisation(from)}`);
  const organisationId = text('organisationId');
  if (organisationId) parts.push(`Орган власти: ${names.organisation(organisationId)}`);
  const deadline = text('deadline');
  if (deadline) parts.push(`Срок: ${DEADLINE_NAMES[deadline] ?? deadline}`);
  if (typeof data.level === 'number') parts.push(`Уровень эскалации: ${data.level}`);
  return parts.join('; ');
}
