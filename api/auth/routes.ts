import type { RequestHandler } from 'express';
import { Router } from 'express';
import { rateLimit } from 'express-rate-limit';
import { sessionTokensSchema, signedInUserSchema } from '../../shared/schemas/views';
import { errorBodySchema, z } from '../../shared/schemas/zod';
import { audit } from '../audit/auditLog';
import type { ApiContext } from '../context';
import { actorOf } from '../http/actor';
import { HttpError } from '../http/errors';
import { parseBody } from '../http/validate';
import { describeRoute } from '../openapi/registry';
import type { SessionService } from './sessions';

const loginSchema = z.object({ username: z.string().trim().min(1).max(100), password: z.string().min(1).max(200) }).openapi('Login');
const refreshSchema = z.object({ refreshToken: z.string().min(1).max(200) }).openapi('Refresh');
const tokens = {
  200: {
    description: 'Access token (short-lived), refresh token, the user',
    content: { 'application/json': { schema: sessionTokensSchema } },
  },
};

describeRoute({
  method: 'post',
  path: '/api/auth/login',
  security: [],
  request: { body: { content: { 'application/json': { schema: loginSchema } } } },
  responses: {
    ...tokens,
    423: { description: 'Locked after repeated failures', content: { 'application/json': { schema: errorBodySchema } } },
    429: { description: 'Too many attempts', content: { 'application/json': { schema: errorBodySchema } } },
  },
});
describeRoute({
  method: 'post',
  path: '/api/auth/refresh',
  security: [],
  request: { body: { content: { 'application/json': { schema: refreshSchema } } } },
  responses: { ...tokens, 429: { description: 'Too many attempts', content: { 'application/json': { schema: errorBodySchema } } } },
});
describeRoute({ method: 'post', path: '/api/auth/logout', responses: { 204: { description: 'The session and its tokens are revoked' } } });
describeRoute({
  method: 'get',
  path: '/api/auth/me',
  responses: { 200: { description: 'The signed-in user', content: { 'application/json': { schema: signedInUserSchema } } } },
});

/** Sign-in, refresh (both public) and sign-out; `authenticated` guards the routes that need a user. */
export function createAuthRouters(ctx: ApiContext, sessions: SessionService, authenticated: RequestHandler) {
  const open = Router();
  const limiter = rateLimit({
    windowMs: 60_000,
    limit: ctx.config.LOGIN_RATE_LIMIT_PER_MINUTE,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req, _res, next) => next(new HttpError(429, 'TOO_MANY_REQUESTS', 'Слишком много попыток входа, попробуйте позже')),
  });

  open.post('/auth/login', limiter, async (req, res) => {
    const { username, password } = parseBody(loginSchema, req.body);
    try {
      const result = await sessions.login(username, password, req.ip);
      req.actor = {
        userId: result.user.id,
        role: result.user.role,
        organisationId: result.user.organisationId,
        municipalityId: result.user.municipalityId,
      };
      await audit(ctx.prisma, req, { action: 'LOGIN', entity: 'User', entityId: result.user.id });
      res.json(result);
    } catch (err) {
      await audit(ctx.prisma, req, { action: 'LOGIN_FAILED', entity: 'User', changes: { username } });
      throw err;
    }
  });
  open.post('/auth/refresh', limiter, async (req, res) => {
    res.json(await sessions.refresh(parseBody(refreshSchema, req.body).refreshToken, req.ip));
  });

  const closed = Router();
  closed.post('/auth/logout', authenticated, async (req, res) => {
    await sessions.logout(req.sessionId as string);
    await audit(ctx.prisma, req, { action: 'LOGOUT', entity: 'User', entityId: actorOf(req).userId });
    res.status(204).end();
  });
  closed.get('/auth/me', authenticated, async (req, res) => {
    const user = await ctx.prisma.user.findUniqueOrThrow({
      where: { id: actorOf(req).userId },
      select: { id: true, username: true, fullName: true, role: true, organisationId: true, municipalityId: true },
    });
    res.json(user);
  });
  return { open, closed };
}
