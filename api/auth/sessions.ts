import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '../../prisma/client';
import type { Config } from '../../shared/config';
import type { Actor } from '../../shared/needCase';
import { HttpError } from '../http/errors';
import { withDelegation } from '../access/subordinates';
import { hashPassword, verifyPassword } from './passwords';
import { hashToken, newRefreshToken, signAccessToken, verifyAccessToken } from './tokens';

const WRONG_CREDENTIALS = new HttpError(401, 'INVALID_CREDENTIALS', 'Неверное имя пользователя или пароль');
const SESSION_ENDED = new HttpError(401, 'INVALID_REFRESH_TOKEN', 'Сеанс истёк, войдите снова');

type SessionUser = {
  id: string;
  username: string;
  fullName: string;
  role: Actor['role'];
  organisationId: string | null;
  municipalityId: string | null;
};

/** What authenticating a request reads: the session's user and their organisation's delegation. */
type SignedInRow = Pick<SessionUser, 'id' | 'role' | 'organisationId' | 'municipalityId'> & {
  parentId: string | null;
  scopeMunicipalityIds: string[] | null;
  organisationActive: boolean | null;
};

export const actorOfUser = (user: Pick<SessionUser, 'id' | 'role' | 'organisationId' | 'municipalityId'>): Actor => ({
  userId: user.id,
  role: user.role,
  organisationId: user.organisationId,
  municipalityId: user.municipalityId,
});

/**
 * Local sign-in: password, lockout after repeated failures, short-lived access tokens bound to a
 * revocable session, rotating refresh tokens (each used once; a rotated one used again ends every
 * session of that sign-in, since only a thief or a replay would send it). An external identity provider (OIDC) would replace
 * `login` and keep `issue`, `refresh`, `logout` and `authenticate`.
 */
export function createSessionService(prisma: PrismaClient, config: Config) {
  // Verifying against a real hash when the user does not exist keeps the timing the same.
  const decoyHash = hashPassword('decoy-password-1');

  async function issue(user: SessionUser, ip: string | undefined, familyId: string = randomUUID()) {
    const refreshToken = newRefreshToken();
    const session = await prisma.session.create({
      data: {
        userId: user.id,
        familyId,
        refreshTokenHash: hashToken(refreshToken),
        expiresAt: new Date(Date.now() + config.REFRESH_TOKEN_TTL_HOURS * 3_600_000),
        ip,
      },
    });
    const accessToken = await signAccessToken(
      config.JWT_SECRET,
      { userId: user.id, sessionId: session.id },
      config.ACCESS_TOKEN_TTL_SECONDS,
    );
    return {
      accessToken,
      refreshToken,
      expiresIn: config.ACCESS_TOKEN_TTL_SECONDS,
      user: {
        id: user.id,
        username: user.username,
        fullName: user.fullName,
        role: user.role,
        organisationId: user.organisationId,
        municipalityId: user.municipalityId,
      },
    };
  }

  const revokeFamily = (familyId: string) =>
    prisma.session.updateMany({ where: { familyId, revokedAt: null }, data: { revokedAt: new Date() } });

  return {
    issue,

    async login(username: string, password: string, ip: string | undefined) {
      const user = await prisma.user.findUnique({ where: { username } });
      if (!user || !user.passwordHash || !user.active) {
        await verifyPassword(await decoyHash, password);
        throw WRONG_CREDENTIALS;
      }
      if (user.lockedUntil && user.lockedUntil > new Date()) {
        throw new HttpError(423, 'ACCOUNT_LOCKED', 'Учётная запись временно заблокирована после неудачных попыток входа');
      }
      if (!(await verifyPassword(user.passwordHash, password))) {
        const failures = user.failedLogins + 1;
        const locked = failures >= config.LOGIN_MAX_FAILURES;
        await prisma.user.update({
          where: { id: user.id },
          data: locked
            ? { failedLogins: 0, lockedUntil: new Date(Date.now() + config.LOGIN_LOCKOUT_MINUTES * 60_000) }
            : { failedLogins: failures },
        });
        throw WRONG_CREDENTIALS;
      }
      await prisma.user.update({ where: { id: user.id }, data: { failedLogins: 0, lockedUntil: null } });
      return issue(user, ip);
    },

    /** A refresh token is used once: it ends its session and opens the next one of the same sign-in. */
    async refresh(refreshToken: string, ip: string | undefined) {
      const session = await prisma.session.findUnique({ where: { refreshTokenHash: hashToken(refreshToken) }, include: { user: true } });
      if (!session) throw SESSION_ENDED;
      const revoked = await prisma.session.updateMany({ where: { id: session.id, revokedAt: null }, data: { revokedAt: new Date() } });
      if (revoked.count === 0) {
        await revokeFamily(session.familyId);
        throw SESSION_ENDED;
      }
      if (session.expiresAt < new Date() || !session.user.active) throw SESSION_ENDED;
      return issue(session.user, ip, session.familyId);
    },

    /** Ends the sign-in the session belongs to: every session opened from it by refreshing. */
    async logout(sessionId: string): Promise<void> {
      const session = await prisma.session.findUnique({ where: { id: sessionId } });
      if (session) await revokeFamily(session.familyId);
    },

    /** The actor behind a bearer token, or null when the token or its session is no longer valid. */
    async authenticate(token: string): Promise<{ actor: Actor; sessionId: string } | null> {
      const claims = await verifyAccessToken(config.JWT_SECRET, token);
      if (!claims) return null;
      // One statement on every request (Prisma would read the session, the user and the organisation one by one).
      const [found] = await prisma.$queryRaw<SignedInRow[]>`
        SELECT u.id, u.role::text AS role, u."organisationId", u."municipalityId",
               o."parentId", o."scopeMunicipalityIds"::text[] AS "scopeMunicipalityIds", o.active AS "organisationActive"
          FROM "Session" s
          JOIN "User" u ON u.id = s."userId"
          LEFT JOIN "Organisation" o ON o.id = u."organisationId"
         WHERE s.id = ${claims.sessionId}::uuid AND s."userId" = ${claims.userId}::uuid
           AND s."revokedAt" IS NULL AND s."expiresAt" >= now() AT TIME ZONE 'UTC' AND u.active`;
      if (!found) return null;
      const organisation =
        found.organisationActive === null
          ? null
          : { parentId: found.parentId, scopeMunicipalityIds: found.scopeMunicipalityIds ?? [], active: found.organisationActive };
      return { actor: withDelegation(actorOfUser(found), organisation), sessionId: claims.sessionId };
    },
  };
}

export type SessionService = ReturnType<typeof createSessionService>;
