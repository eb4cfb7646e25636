import type { RequestHandler } from 'express';
import cookieParser from 'cookie-parser';
import { Router } from 'express';
import { rateLimit } from 'express-rate-limit';
import { sessionTokensSchema, signedInUserSchema } from '../../shared/schemas/views';
import { errorBodySchema, nonEmptyText, z } from '../../shared/schemas/zod';
import { audit } from '../audit/auditLog';
import type { ApiContext } from '../context';
import { actorOf } from '../http/actor';
import { HttpError } from '../http/errors';
import { PgRateLimitStore } from '../http/pgRateLimitStore';
import { parseBody } from '../http/validate';
import { describeRoute } from '../openapi/registry';
import { CSRF_HEADER, REFRESH_COOKIE, clearRefreshCookie, refreshTokenOf, sameSiteOnly, setRefreshCookie } from './refreshCookie';
import type { SessionService } from './sessions';

const loginSchema = z.object({ username: nonEmptyText(100), password: z.string().min(1).max(200) }).openapi('Login');
const cookieNote = `The refresh token travels only in the HttpOnly cookie \`${REFRESH_COOKIE}\` (SameSite=Strict, Path=/api/auth).`;
const tokens = {
  200: {
    description: `Access token (short-lived, keep it in memory) and the user. ${cookieNote}`,
    headers: {
      'Set-Cookie': {
        description: `${REFRESH_COOKIE}=<refresh token>; HttpOnly; SameSite=Strict; Path=/api/auth`,
        schema: { type: 'string' as const },
      },
    },
    content: { 'application/json': { schema: sessionTokensSchema } },
  },
};
const crossSite = {
  403: {
    description: `Sent without the \`${CSRF_HEADER}\` header or from a foreign Origin`,
    content: { 'application/json': { schema: errorBodySchema } },
  },
};
const csrfHeader = z.object({ [CSRF_HEADER]: z.string().openapi({ example: 'fetch' }) });

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
  description: `Exchanges the refresh cookie for a new access token and a new cookie. A refresh token works once; a rotated one sent again ends every session of that sign-in. ${cookieNote}`,
  security: [],
  request: { headers: csrfHeader },
  responses: {
    ...tokens,
    204: { description: 'No refresh cookie: the browser is signed out' },
    401: { description: 'The cookie’s session has ended', content: { 'application/json': { schema: errorBodySchema } } },
    ...crossSite,
  },
});
describeRoute({
  method: 'post',
  path: '/api/auth/logout',
  request: { headers: csrfHeader },
  responses: { 204: { description: 'The sign-in and all its sessions are revoked, the refresh cookie cleared' }, ...crossSite },
});
describeRoute({
  method: 'get',
  path: '/api/auth/me',
  responses: { 200: { description: 'The signed-in user', content: { 'application/json': { schema: signedInUserSchema } } } },
});

/** Sign-in, refresh (both public) and sign-out; `authenticated` guards the routes that need a user. */
export function createAuthRouters(ctx: ApiContext, sessions: SessionService, authenticated: RequestHandler) {
  const open = Router();
  const sameSite = sameSiteOnly(ctx.config);
  const cookies = cookieParser();
  const limiter = rateLimit({
    windowMs: 60_000,
    limit: ctx.config.LOGIN_RATE_LIMIT_PER_MINUTE,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    // Counted in PostgreSQL: every API process sees the same attempts.
    store: new PgRateLimitStore(ctx.prisma, 'login:'),
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
      const { refreshToken, ...answer } = result;
      setRefreshCookie(res, ctx.config, refreshToken);
      res.json(answer);
    } catch (err) {
      await audit(ctx.prisma, req, { action: 'LOGIN_FAILED', entity: 'User', changes: { username } });
      throw err;
    }
  });
  // Not rate-limited like sign-in: a refresh token cannot be guessed, and every page load asks once.
  open.post('/auth/refresh', sameSite, cookies, async (req, res) => {
    const token = refreshTokenOf(req);
    // Not signed in is the normal state of a fresh browser, not an error: the workspace asks on every load.
    if (!token) return void res.status(204).end();
    try {
      const { refreshToken, ...answer } = await sessions.refresh(token, req.ip);
      setRefreshCookie(res, ctx.config, refreshToken);
      res.json(answer);
    } catch (err) {
      clearRefreshCookie(res, ctx.config);
      throw err;
    }
  });

  const closed = Router();
  closed.post('/auth/logout', sameSite, authenticated, async (req, res) => {
    await sessions.logout(req.sessionId as string);
    clearRefreshCookie(res, ctx.config);
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
