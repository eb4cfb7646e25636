import type { RequestHandler } from 'express';
import { pathTemplateMatcher } from '../openapi/pathTemplates';
import { HttpError } from './errors';

/**
 * A method a known API path does not take answers 405 with the methods it does take in `Allow`
 * (RFC 9110), not 404. `paths` are the OpenAPI document's, `{param}` standing for one segment.
 */
export function methodNotAllowed(paths: Record<string, object>): RequestHandler {
  const templateOf = pathTemplateMatcher(Object.keys(paths));
  const allowed = new Map(
    Object.entries(paths).map(([template, operations]) => {
      const methods = Object.keys(operations).map((m) => m.toUpperCase());
      if (methods.includes('GET')) methods.push('HEAD');
      return [template, [...methods, 'OPTIONS']];
    }),
  );
  return (req, res, next) => {
    const template = templateOf(req.path);
    const methods = template ? (allowed.get(template) as string[]) : undefined;
    if (!methods || methods.includes(req.method)) return next();
    res.set('Allow', methods.join(', '));
    next(new HttpError(405, 'METHOD_NOT_ALLOWED', `Метод ${req.method} для этого адреса не поддерживается`));
  };
}
