import type { Request, RequestHandler } from 'express';
import type { Actor } from '../../shared/needCase';
import type { SessionService } from '../auth/sessions';
import { HttpError } from './errors';

declare module 'express-serve-static-core' {
  interface Request {
    actor?: Actor;
    sessionId?: string;
  }
}

const UNAUTHENTICATED = new HttpError(401, 'UNAUTHENTICATED', 'Войдите в систему');

/** Every request after sign-in carries `Authorization: Bearer <access token>`. */
export function authenticate(sessions: SessionService): RequestHandler {
  return async (req, _res, next) => {
    const [scheme, token] = (req.get('authorization') ?? '').split(' ');
    if (scheme !== 'Bearer' || !token) return next(UNAUTHENTICATED);
    const identity = await sessions.authenticate(token);
    if (!identity) return next(UNAUTHENTICATED);
    req.actor = identity.actor;
    req.sessionId = identity.sessionId;
    next();
  };
}

export function actorOf(req: Request): Actor {
  if (!req.actor) throw UNAUTHENTICATED;
  return req.actor;
}
