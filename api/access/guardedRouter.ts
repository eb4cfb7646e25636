import { Router } from 'express';
import type { RequestHandler } from 'express';
import { actorOf } from '../http/actor';
import { HttpError } from '../http/errors';
import { ROUTE_RULES, ruleKey } from './routeRules';

const METHODS = ['get', 'post', 'patch', 'put', 'delete'] as const;

function requireRole(key: string): RequestHandler {
  const roles = ROUTE_RULES[key];
  if (!roles) throw new Error(`No access rule for ${key}: add it to api/access/routeRules.ts`);
  return (req, _res, next) => {
    next(roles.includes(actorOf(req).role) ? undefined : new HttpError(403, 'FORBIDDEN', 'Недостаточно прав для этого действия'));
  };
}

/**
 * A Router whose every route first checks the caller's role against ROUTE_RULES. Registering a
 * route that has no rule throws at start-up, so nothing can be added without an access decision.
 */
export function guardedRouter(): Router {
  const router = Router();
  for (const method of METHODS) {
    const register = router[method].bind(router) as (path: string, ...handlers: RequestHandler[]) => Router;
    (router as unknown as Record<string, unknown>)[method] = (path: string, ...handlers: RequestHandler[]) =>
      register(path, requireRole(ruleKey(method, path)), ...handlers);
  }
  return router;
}
