import { NEED_STATUSES } from '../domain';
import { caseTimingFields, personNameFields } from './need';
import { z } from './zod';

export const QUEUE_SORT_FIELDS = ['activeDueAt', 'registeredAt', 'updatedAt', 'escalationLevel'] as const;
export type QueueSortField = (typeof QUEUE_SORT_FIELDS)[number];

const status = z.enum(NEED_STATUSES, { error: 'Неизвестный статус' });
const dateTime = z.iso.datetime({ offset: true, error: 'Ожидается дата и время ISO 8601' });

export const queueFilterSchema = z.object({
  status: z.union([status, z.array(status).min(1)]).optional(),
  measureId: z.uuid().optional(),
  municipalityId: z.uuid().optional(),
  organisationId: z.uuid().optional(),
  overdue: z.boolean().optional(),
  /** A person, oneself ('me'), nobody ('none': «Не взято») or anybody ('any': «Взято в работу»). */
  assigneeId: z.union([z.uuid(), z.literal('me'), z.literal('none'), z.literal('any')]).optional(),
  dueFrom: dateTime.optional(),
  dueTo: dateTime.optional(),
  /** Only cases escalated at least this far up the chain. */
  escalatedFrom: z.number().int().min(1).max(10).optional(),
});
export type QueueFilter = z.infer<typeof queueFilterSchema>;

export const queueItemSchema = z
  .object({
    id: z.uuid(),
    status,
    person: z.object(personNameFields),
    municipality: z.object({ id: z.uuid(), name: z.string() }),
    organisationId: z.uuid(),
    ...caseTimingFields,
  })
  .openapi('QueueItem');
