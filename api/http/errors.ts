/** The one error shape of the API: `{ error: { code, message, fields? } }`. Services throw HttpError. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
  }
}

export const notFound = (what: string) => new HttpError(404, 'NOT_FOUND', `${what}: не найдено`);
export const conflict = (message: string) => new HttpError(409, 'CONFLICT', message);
export const unprocessable = (fields: Record<string, string>, message = 'Проверьте заполнение полей') =>
  new HttpError(422, 'VALIDATION_FAILED', message, fields);

/** The service cannot answer now; the client may retry after the given number of seconds. */
export class ServiceUnavailable extends HttpError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(503, 'SERVICE_UNAVAILABLE', message);
  }
}

/** A person with this SNILS is registered already; the answer names them when the caller may open them. */
export class DuplicatePerson extends HttpError {
  constructor(
    message: string,
    fields: Record<string, string>,
    readonly existing: { personId: string; householdId: string | null } | null,
  ) {
    super(409, 'CONFLICT', message, fields);
  }
}
