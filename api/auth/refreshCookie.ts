import type { CookieOptions, Request, RequestHandler, Response } from 'express';
import type { Config } from '../../shared/config';
import { HttpError } from '../http/errors';

/** The refresh token's cookie: never readable by scripts, sent only to the sign-in routes of this site. */
export const REFRESH_COOKIE = 'sp_refresh';
/** The header the workspace sends with refresh and logout; a cross-site form or link cannot set it. */
export const CSRF_HEADER = 'X-Requested-With';

const cookieOptions = (config: Config): CookieOptions => ({
  httpOnly: true,
  secure: config.COOKIE_SECURE,
  sameSite: 'strict',
  path: '/api/auth',
});

export function setRefreshCookie(res: Response, config: Config, token: string): void {
  res.cookie(REFRESH_COOKIE, token, { ...cookieOptions(config), maxAge: config.REFRESH_TOKEN_TTL_HOURS * 3_600_000 });
}

export function clearRefreshCookie(res: Response, config: Config): void {
  res.clearCookie(REFRESH_COOKIE, cookieOptions(config));
}

export const refreshTokenOf = (req: Request): string | undefined => (req.cookies as Record<string, string> | undefined)?.[REFRESH_COOKIE];

/**
 * Refuses requests that rely on the cookie from another site: they must carry the custom header (which
 * forces a CORS preflight) and, when the browser names an Origin, it must be this site or an allowed one.
 */
export function sameSiteOnly(config: Config): RequestHandler {
  const allowed = new Set([new URL(config.APP_PUBLIC_URL).origin, ...config.CORS_ORIGINS]);
  return (req, _res, next) => {
    const origin = req.get('origin');
    const ownOrigin = `${req.protocol}://${req.get('host')}`;
    if (!req.get(CSRF_HEADER) || (origin && origin !== ownOrigin && !allowed.has(origin))) {
      return next(new HttpError(403, 'CROSS_SITE_REQUEST', 'Запрос с чужого сайта отклонён'));
    }
    next();
  };
}
