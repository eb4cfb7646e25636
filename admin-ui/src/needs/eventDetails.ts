import { REJECTION_REASONS } from '../../../shared/domain';

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** What a timeline entry says beyond its type: the reason, the question, the document, the level. */
export function eventDetails(data: Record<string, unknown>, translate: Translate, organisationName: (id: string) => string): string[] {
  const text = (key: string) => (typeof data[key] === 'string' && data[key] !== '' ? (data[key] as string) : undefined);
  const parts: string[] = [];
  const reason = text('reason');
  if (reason)
    parts.push(
      `${translate('app.field.reason')}: ${(REJECTION_REASONS as readonly string[]).includes(reason) ? translate(`app.reason.${reason}`) : reason}`,
    );
  for (const key of ['question', 'answer', 'comment', 'text', 'report', 'supportDate']) {
    const value = text(key);
    if (value) parts.push(`${translate(`app.field.${key}`)}: ${value}`);
  }
  const assignee = text('assigneeName');
  if (assignee) parts.push(`${translate('app.field.assigneeId')}: ${assignee}`);
  const document = data.document as { fileName?: string; version?: number } | undefined;
  if (document?.fileName) parts.push(`${translate('app.documents.fileName')}: ${document.fileName}`);
  if (typeof data.fileName === 'string') parts.push(`${translate('app.documents.fileName')}: ${data.fileName}`);
  const organisationId = text('organisationId') ?? text('toOrganisationId');
  if (organisationId) parts.push(`${translate('app.field.organisationId')}: ${organisationName(organisationId)}`);
  if (typeof data.level === 'number') parts.push(translate('app.deadline.escalated', { level: data.level }));
  return parts;
}
