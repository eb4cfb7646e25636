import type { temporal } from '@temporalio/proto';

export type FailureKind = 'INVALID_DATA' | 'DATABASE_UNAVAILABLE' | 'OTHER';

/** A failure shown to admins: what kind it is and a message that never carries case data. */
export interface FailureSummary {
  kind: FailureKind;
  message: string;
}

/**
 * PostgreSQL messages that name only the problem, never the value: an input the database refuses
 * (it will refuse it on every retry) or a database that is not there (a retry will do).
 */
const INVALID_DATA = [
  /invalid byte sequence for encoding "UTF8": 0x[0-9a-f]{2}(?: 0x[0-9a-f]{2})*/i,
  /unsupported Unicode escape sequence/i,
  /untranslatable character/i,
  /value too long for type [a-z ]+\(\d+\)/i,
  /violates (?:foreign key|check|not-null|unique) constraint "[A-Za-z0-9_]+"/i,
];
const DATABASE_UNAVAILABLE = [/Can't reach database server/i, /ECONNREFUSED/, /Connection terminated/i, /too many clients/i, /timed out/i];

/** The innermost cause is the database's own words; outer layers only wrap them. */
function messagesOf(failure: temporal.api.failure.v1.IFailure | null | undefined): string[] {
  const messages: string[] = [];
  for (let f = failure; f; f = f.cause) if (f.message) messages.push(f.message);
  return messages;
}

/** Classifies an activity's last failure without repeating any of its text beyond known PostgreSQL phrases. */
export function summariseFailure(failure: temporal.api.failure.v1.IFailure | null | undefined): FailureSummary {
  const text = messagesOf(failure).join('\n');
  for (const pattern of INVALID_DATA) {
    const found = text.match(pattern);
    if (found) return { kind: 'INVALID_DATA', message: `База данных не принимает данные шага: ${found[0]}` };
  }
  if (DATABASE_UNAVAILABLE.some((pattern) => pattern.test(text))) {
    return { kind: 'DATABASE_UNAVAILABLE', message: 'База данных недоступна; шаг повторится сам' };
  }
  const type = failure?.applicationFailureInfo?.type;
  return { kind: 'OTHER', message: type ? `Ошибка шага: ${type.replace(/[^A-Za-z0-9_.]/g, '')}` : 'Ошибка шага' };
}
