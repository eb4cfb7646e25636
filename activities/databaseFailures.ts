import { ApplicationFailure } from '@temporalio/common';
import { PROJECTION_REJECTED } from '../shared/needCase';

// Prisma's codes for a value or constraint the database refuses: too long, unique, foreign key,
// invalid value, null, missing required value, out of range.
const REFUSED_BY_PRISMA = new Set([
  'P2000',
  'P2002',
  'P2003',
  'P2004',
  'P2005',
  'P2006',
  'P2007',
  'P2011',
  'P2012',
  'P2019',
  'P2020',
  'P2023',
]);
const REFUSED_TEXT = /invalid byte sequence|unsupported Unicode escape|hex escape/i;

interface DatabaseErrorShape {
  name?: string;
  code?: unknown;
  message?: string;
  cause?: { originalCode?: string; code?: string };
  meta?: { driverAdapterError?: { cause?: { originalCode?: string } } };
}

/** The PostgreSQL SQLSTATE behind an error from the pg adapter, directly or as Prisma reports it. */
function sqlStateOf(err: DatabaseErrorShape): string | undefined {
  return err.cause?.originalCode ?? err.meta?.driverAdapterError?.cause?.originalCode;
}

/**
 * Whether the database refused the data itself (SQLSTATE classes 22 "data exception" and 23
 * "integrity constraint violation", their Prisma codes, a value Prisma cannot even send), so the
 * same write fails the same way on every retry. Connection and server errors are not.
 */
export function isRefusedByDatabase(err: unknown): boolean {
  if (typeof err !== 'object' || err === null) return false;
  const e = err as DatabaseErrorShape;
  const state = sqlStateOf(e);
  if (state) return state.startsWith('22') || state.startsWith('23');
  if (typeof e.code === 'string' && REFUSED_BY_PRISMA.has(e.code)) return true;
  if (e.name === 'PrismaClientValidationError') return true;
  return REFUSED_TEXT.test(e.message ?? '');
}

/** For `.catch()` on a database write: a refusal that no retry can change fails the activity for good. */
export function failIfRefused(err: unknown): never {
  if (!isRefusedByDatabase(err)) throw err;
  const state = sqlStateOf(err as DatabaseErrorShape);
  const reason = (err as Error).message.split('\n').filter(Boolean).pop() ?? 'refused';
  throw ApplicationFailure.nonRetryable(
    `The database refused the write${state ? ` (SQLSTATE ${state})` : ''}: ${reason}`,
    PROJECTION_REJECTED,
  );
}
