import { Prisma } from '../../prisma/client';
import { checkedText, z } from '../../shared/schemas/zod';
import type { QueueSortField } from '../../shared/schemas/queue';
import { HttpError } from '../http/errors';

/** Where the previous page ended: the sort value and id of its last row. */
export interface Cursor {
  v: string | number | null;
  id: string;
}

const cursorSchema = z.object({ v: z.union([checkedText().max(40), z.number().int(), z.null()]), id: z.uuid() });

export const encodeCursor = (cursor: Cursor): string => Buffer.from(JSON.stringify(cursor)).toString('base64url');

export function decodeCursor(raw: string): Cursor {
  try {
    return cursorSchema.parse(JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')));
  } catch {
    throw new HttpError(400, 'BAD_QUERY', 'Неверные параметры запроса', { cursor: 'Неверный курсор страницы' });
  }
}

const column = (field: QueueSortField) => Prisma.raw(`n."${field}"`);
const valueOf = (field: QueueSortField, v: string | number) =>
  field === 'escalationLevel' ? Prisma.sql`${Number(v)}::int` : Prisma.sql`${String(v)}::timestamp`;

/** ORDER BY of the queue: the sort field (nulls last), then id in the same direction, so paging is stable. */
export function keysetOrder(field: QueueSortField, direction: 'ASC' | 'DESC'): Prisma.Sql {
  return Prisma.raw(`n."${field}" ${direction} NULLS LAST, n.id ${direction}`);
}

/** The rows strictly after the cursor in keysetOrder; rows with a null sort value come last. */
export function keysetAfter(field: QueueSortField, direction: 'ASC' | 'DESC', cursor: Cursor): Prisma.Sql {
  const col = column(field);
  const beyond = direction === 'ASC' ? Prisma.raw('>') : Prisma.raw('<');
  if (cursor.v === null) return Prisma.sql`(${col} IS NULL AND n.id ${beyond} ${cursor.id}::uuid)`;
  const v = valueOf(field, cursor.v);
  return Prisma.sql`(${col} ${beyond} ${v} OR (${col} = ${v} AND n.id ${beyond} ${cursor.id}::uuid) OR ${col} IS NULL)`;
}

/** The cursor value of a row: timestamps as ISO strings without zone (the column type), ints as numbers. */
export function cursorValue(value: Date | number | null): string | number | null {
  if (value === null) return null;
  return value instanceof Date ? value.toISOString().replace('Z', '') : value;
}
