import type { RequestHandler } from 'express';
import { HttpError } from './errors';

/**
 * A method a known API path does not take answers 405 with the methods it does take in `Allow`
 * (RFC 9110), not 404. `paths` are the OpenAPI document's, `{param}` standing for one segment.
 */
export function methodNotAllowed(paths: Record<string, object>): RequestHandler {
  const known = Object.entries(paths).map(([template, operations]) => {
    const methods = Object.keys(operations).map((m) => m.toUpperCase());
    if (methods.includes('GET')) methods.push('HEAD');
    return {
      pattern: new RegExp(`^${template.replace(/\./g, '\\.').replace(/\{[^}]+\}/g, '[^/]+')}$`),
      methods: [...methods, 'OPTIONS'],
    };
  });
  return (req, res, next) => {
    const path = known.find((p) => p.pattern.test(req.path));
    if (!path || path.methods.includes(req.method)) return next();
    res.set('Allow', path.methods.join(', '));
    next(new HttpError(405, 'METHOD_NOT_ALLOWED', `Метод ${req.method} для этого адреса не поддерживается`));
  };
}
