import { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import type { RouteConfig } from '@asteasolutions/zod-to-openapi';
import { errorBodySchema } from '../../shared/schemas/zod';

/** Routes describe themselves here next to their handlers; the document is generated from it. */
export const registry = new OpenAPIRegistry();

registry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' });

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: errorBodySchema } },
});

export const ERROR_RESPONSES = {
  400: errorResponse('Malformed request: JSON that does not parse, a query parameter that does not fit'),
  401: errorResponse('Not signed in'),
  403: errorResponse('Not allowed'),
  404: errorResponse('Not found, or outside what the caller may see'),
  409: errorResponse('Conflict with the current state'),
  413: errorResponse('Request body too large'),
  415: errorResponse('Body in a media type the route does not take'),
  422: errorResponse('Validation failed, with a message per field'),
  500: errorResponse('Internal error; the details go to the log only'),
  503: errorResponse('The case workflows did not answer in time; retry after the seconds of Retry-After'),
} as const;

type ErrorStatus = keyof typeof ERROR_RESPONSES;

/** The refusals a route can answer with, from what it takes: every route checks sign-in and role. */
function errorsOf(route: RouteConfig): Partial<typeof ERROR_RESPONSES> {
  const statuses: ErrorStatus[] = [401, 403, 404, 500];
  if (route.request?.body) statuses.push(400, 409, 413, 415, 422);
  else if (route.request?.query) statuses.push(400);
  else if (route.method !== 'get') statuses.push(409);
  // Everything under /api/needs talks to the case workflows, whose rules refuse with 409 or 422.
  if (route.path.startsWith('/api/needs') && route.method !== 'get') statuses.push(409, 422, 503);
  return Object.fromEntries([...new Set(statuses)].map((s) => [s, ERROR_RESPONSES[s]]));
}

/** Registers a route with the error responses it can give added and its request body marked required. */
export function describeRoute(route: RouteConfig): void {
  const body = route.request?.body;
  registry.registerPath({
    security: [{ bearer: [] }],
    ...route,
    request: route.request && { ...route.request, ...(body ? { body: { required: true, ...body } } : {}) },
    responses: { ...errorsOf(route), ...route.responses },
  });
}
