import type { z } from 'zod';
import { HttpError } from './errors';
import { zodFields } from './errorMiddleware';

/** Parses a request body: a shape error is 422 with a message per field. */
export function parseBody<S extends z.ZodType>(schema: S, body: unknown): z.infer<S> {
  return schema.parse(body ?? {});
}

/** Parses query parameters: a malformed query is a 400, naming the parameter. */
export function parseQuery<S extends z.ZodType>(schema: S, query: unknown): z.infer<S> {
  const result = schema.safeParse(query);
  if (!result.success) throw new HttpError(400, 'BAD_QUERY', 'Неверные параметры запроса', zodFields(result.error));
  return result.data;
}
