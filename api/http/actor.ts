import type { RequestHandler, Request } from 'express';
import { z } from 'zod';
import type { PrismaClient } from '../../prisma/client';
import type { Actor } from '../../shared/needCase';
import { HttpError } from './errors';

declare module 'express-serve-static-core' {
  interface Request {
    actor?: Actor;
  }
}

export const ACTOR_HEADER = 'x-user-id';

/**
 * Identifies the acting user. Until authentication lands (issue 3) the user is named by the
 * X-User-Id header; this middleware is the single seam that token authentication replaces.
 */
export function identifyActor(prisma: PrismaClient): RequestHandler {
  return async (req, _res, next) => {
    const header = req.get(ACTOR_HEADER);
    if (!header) return next(new HttpError(401, 'UNAUTHENTICATED', 'Пользователь не определён'));
    if (!z.uuid().safeParse(header).success) return next(new HttpError(401, 'UNAUTHENTICATED', 'Пользователь не определён'));
    const user = await prisma.user.findUnique({ where: { id: header } });
    if (!user) return next(new HttpError(401, 'UNAUTHENTICATED', 'Пользователь не определён'));
    req.actor = {
      userId: user.id,
      role: user.role,
      organisationId: user.organisationId,
      municipalityId: user.municipalityId,
    };
    next();
  };
}

export function actorOf(req: Request): Actor {
  if (!req.actor) throw new HttpError(401, 'UNAUTHENTICATED', 'Пользователь не определён');
  return req.actor;
}
