import type { ErrorRequestHandler } from 'express';
import { MulterError } from 'multer';
import { WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { ActivityFailure, ApplicationFailure } from '@temporalio/common';
import { ZodError } from 'zod';
import { CASE_FAILURES, PROJECTION_REJECTED } from '../../shared/needCase';
import { DuplicatePerson, HttpError, ServiceUnavailable } from './errors';

const FAILURE_STATUS: Record<string, [number, string]> = {
  [CASE_FAILURES.invalidTransition]: [409, 'INVALID_TRANSITION'],
  [CASE_FAILURES.missingDocuments]: [409, 'MISSING_DOCUMENTS'],
  [CASE_FAILURES.forbidden]: [403, 'FORBIDDEN'],
  [CASE_FAILURES.invalidInput]: [422, 'VALIDATION_FAILED'],
};

export function zodFields(error: ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) fields[issue.path.join('.') || '_'] ??= issue.message;
  return fields;
}

/** The HTTP answer for any failure: typed errors as they are, workflow refusals by their failure type. */
export function toHttpError(err: unknown): HttpError {
  if (err instanceof HttpError) return err;
  if (err instanceof ZodError) return new HttpError(422, 'VALIDATION_FAILED', 'Проверьте заполнение полей', zodFields(err));
  // The case's records could not be written (data the database refuses): answered at once, not retried.
  if (err instanceof WorkflowUpdateFailedError && err.cause instanceof ActivityFailure) {
    const failure = err.cause.cause;
    if (failure instanceof ApplicationFailure && failure.type === PROJECTION_REJECTED) {
      return new HttpError(
        422,
        'REJECTED_BY_DATABASE',
        'База данных не приняла запись по делу: проверьте введённый текст на недопустимые символы',
      );
    }
  }
  // Temporal's own failure type when the workflow ended (e.g. its registration was refused) before the update finished.
  if (
    err instanceof WorkflowUpdateFailedError &&
    err.cause instanceof ApplicationFailure &&
    err.cause.type === 'AcceptedUpdateCompletedWorkflow'
  ) {
    return new HttpError(409, 'CASE_CLOSED', 'Дело завершилось раньше, чем действие было выполнено');
  }
  if (err instanceof WorkflowUpdateFailedError && err.cause instanceof ApplicationFailure) {
    const [status, code] = FAILURE_STATUS[err.cause.type ?? ''] ?? [409, 'CONFLICT'];
    return new HttpError(status, code, err.cause.message);
  }
  // The need row exists (routes check it first), so a missing workflow means the case just closed.
  if (err instanceof WorkflowNotFoundError) return new HttpError(409, 'CASE_CLOSED', 'Дело закрыто: действия с ним больше невозможны');
  if (err instanceof MulterError) {
    return err.code === 'LIMIT_FILE_SIZE'
      ? new HttpError(413, 'PAYLOAD_TOO_LARGE', 'Файл слишком большой')
      : new HttpError(400, 'BAD_UPLOAD', `Ошибка загрузки файла: ${err.code}`);
  }
  // busboy's words for a multipart body it cannot read (e.g. control characters in a part header).
  if (err instanceof Error && /^(Malformed part header|Unexpected end of form|Multipart: Boundary not found)/.test(err.message)) {
    return new HttpError(400, 'BAD_UPLOAD', 'Не удалось прочитать загружаемый файл: проверьте имя и содержимое', {
      file: 'Имя файла содержит недопустимые символы или запрос повреждён',
    });
  }
  const bodyError = err as { type?: string; status?: number };
  if (bodyError.type === 'entity.too.large') return new HttpError(413, 'PAYLOAD_TOO_LARGE', 'Слишком большой запрос');
  if (bodyError.type === 'entity.parse.failed') return new HttpError(400, 'MALFORMED_JSON', 'Тело запроса не является корректным JSON');
  return new HttpError(500, 'INTERNAL', 'Внутренняя ошибка сервера');
}

export const errorBody = (httpError: HttpError) => ({
  error: {
    code: httpError.code,
    message: httpError.message,
    ...(httpError.fields ? { fields: httpError.fields } : {}),
    ...(httpError instanceof DuplicatePerson && httpError.existing ? { existing: httpError.existing } : {}),
  },
});

/** Maps every failure to one JSON shape; 5xx details go to the log only, never to the client. */
export const errorMiddleware: ErrorRequestHandler = (err, req, res, _next) => {
  const httpError = toHttpError(err);
  if (httpError.status >= 500) req.log?.error({ err }, 'request failed');
  if (httpError instanceof ServiceUnavailable) res.set('Retry-After', String(httpError.retryAfterSeconds));
  res.status(httpError.status).json(errorBody(httpError));
};
