import type { Response } from 'express';
import { z } from '../../shared/schemas/zod';
import { HttpError } from './errors';

/** The JSON Schema of what a JSON-encoded parameter holds, for the OpenAPI document. */
function jsonSchemaOf(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
  return rest;
}

/** react-admin's simple REST dialect: `sort=["field","ASC"]`, `range=[0,24]`, `filter={...}` as JSON. */
const jsonParam = <S extends z.ZodType>(name: string, schema: S, description: string) =>
  z
    .string()
    .optional()
    .transform((raw, ctx): z.infer<S> | undefined => {
      if (raw === undefined) return undefined;
      let value: unknown;
      try {
        value = JSON.parse(raw);
      } catch {
        ctx.addIssue({ code: 'custom', message: `${name}: ожидается JSON` });
        return z.NEVER;
      }
      const parsed = schema.safeParse(value);
      if (!parsed.success) {
        ctx.addIssue({ code: 'custom', message: `${name}: ${parsed.error.issues[0].message}` });
        return z.NEVER;
      }
      return parsed.data;
    })
    .openapi({ param: { description, content: { 'application/json': { schema: jsonSchemaOf(schema) } } } });

export function listQuerySchema<F extends z.ZodType, K extends string>(filter: F, sortFields: readonly [K, ...K[]]) {
  return z.object({
    filter: jsonParam('filter', filter, 'JSON object of the filters (react-admin `filter`); keys as in the schema'),
    sort: jsonParam(
      'sort',
      z.tuple([z.enum(sortFields, { error: `сортировка возможна по: ${sortFields.join(', ')}` }), z.enum(['ASC', 'DESC'])]),
      `JSON [field, direction], field one of ${sortFields.join(', ')}`,
    ),
    range: jsonParam(
      'range',
      z
        .tuple([z.number().int().min(0), z.number().int().min(0)])
        .refine(([from, to]) => to >= from && to - from < 500, 'не больше 500 записей за раз'),
      'JSON [from, to]: the rows from..to of the result, both included, at most 500',
    ),
  });
}

export function pageOf(range: [number, number] | undefined, defaultSize = 25) {
  const [from, to] = range ?? [0, defaultSize - 1];
  return { skip: from, take: to - from + 1 };
}

/** The header react-admin reads the total from; exposed to browsers through CORS by the app. */
export function setContentRange(res: Response, resource: string, skip: number, count: number, total: number): void {
  res.set('Content-Range', `${resource} ${skip}-${Math.max(skip, skip + count - 1)}/${total}`);
}

export function parseId(raw: unknown, what: string): string {
  const parsed = z.uuid().safeParse(raw);
  if (!parsed.success) throw new HttpError(404, 'NOT_FOUND', `${what}: не найдено`);
  return parsed.data;
}
