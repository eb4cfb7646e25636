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
  400: errorResponse('Malformed request'),
  401: errorResponse('Not signed in'),
  403: errorResponse('Not allowed'),
  404: errorResponse('Not found'),
  409: errorResponse('Conflict with the current state'),
  422: errorResponse('Validation failed, with a message per field'),
} as const;

/** Registers a route with the standard error responses added. */
export function describeRoute(route: RouteConfig): void {
  registry.registerPath({
    security: [{ bearer: [] }],
    ...route,
    responses: { ...ERROR_RESPONSES, ...route.responses },
  });
}
