import Ajv2020 from 'ajv/dist/2020';
import type { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { pathTemplateMatcher } from '../../api/openapi/pathTemplates';

/** An HTTP answer as the tests received it. */
export interface ObservedResponse {
  method: string;
  url: string;
  status: number;
  contentType: string | undefined;
  body: unknown;
}

type Operation = { responses?: Record<string, { content?: Record<string, { schema?: unknown }> }> };
export type OpenApiDocument = { paths: Record<string, Record<string, Operation>>; components?: unknown };

const DOCUMENT_ID = 'openapi.json';
const METHODS = new Set(['get', 'post', 'put', 'patch', 'delete']);
/** Served outside the API's routers and not operations of the document. */
const UNDESCRIBED = [/^\/api\/docs(\/|$)/, /^\/api\/openapi\.json$/, /^\/api\/health$/];

const pointer = (...parts: string[]) => parts.map((p) => encodeURIComponent(p.replace(/~/g, '~0').replace(/\//g, '~1'))).join('/');

/**
 * Checks answers against the OpenAPI document with Ajv (JSON Schema 2020-12, the dialect of
 * OpenAPI 3.1): the status must be declared for the operation, and a JSON body must match the
 * declared schema (`$ref`s resolve inside the document). Returns what is wrong, or null.
 */
export function createOpenApiValidator(document: OpenApiDocument) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema(document as object, DOCUMENT_ID);
  const compiled = new Map<string, ValidateFunction>();
  const validatorAt = (ref: string) => {
    if (!compiled.has(ref)) compiled.set(ref, ajv.compile({ $ref: `${DOCUMENT_ID}#/${ref}` }));
    return compiled.get(ref) as ValidateFunction;
  };
  const errorSchema = 'components/schemas/Error';

  const templateOf = pathTemplateMatcher(Object.keys(document.paths));

  const mismatch = (validate: ValidateFunction, body: unknown): string | null =>
    validate(body) ? null : ajv.errorsText(validate.errors, { dataVar: 'body', separator: '; ' });

  return function check(response: ObservedResponse): string | null {
    const method = response.method.toLowerCase();
    const path = new URL(response.url, 'http://localhost').pathname;
    if (!path.startsWith('/api/') || !METHODS.has(method) || UNDESCRIBED.some((p) => p.test(path))) return null;
    const isJson = /^application\/json\b/.test(response.contentType ?? '');
    const what = `${method.toUpperCase()} ${path} → ${response.status}`;

    const template = templateOf(path);
    const operation = template && document.paths[template][method];
    if (!template || !operation) {
      // Unknown paths (404) and methods (405) answer with the error body, like every refusal.
      if (response.status < 400) return `${what}: not in the document`;
      const wrong = isJson ? mismatch(validatorAt(errorSchema), response.body) : 'not JSON';
      return wrong && `${what}: ${wrong}`;
    }
    const status = String(response.status);
    const declared = operation.responses?.[status] ?? operation.responses?.default;
    if (!declared) return `${what}: status not declared for ${method.toUpperCase()} ${template}`;
    if (!isJson) return null;
    if (!declared.content?.['application/json']?.schema) return `${what}: JSON answered but no JSON schema declared`;
    const key = response.status in (operation.responses ?? {}) ? status : 'default';
    const wrong = mismatch(
      validatorAt(pointer('paths', template, method, 'responses', key, 'content', 'application/json', 'schema')),
      response.body,
    );
    return wrong && `${what}: ${wrong}`;
  };
}
