import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import type { PrismaClient } from '../../prisma/client';
import type { SystemApiKey } from '../../prisma/generated/client';
import { HttpError, notFound } from '../http/errors';

export const SYSTEM_KEY_HEADER = 'x-api-key';

const hashOf = (key: string) => createHash('sha256').update(key).digest('hex');

export const systemKeyView = (k: SystemApiKey) => ({
  id: k.id,
  name: k.name,
  prefix: k.prefix,
  createdAt: k.createdAt.toISOString(),
  revokedAt: k.revokedAt?.toISOString() ?? null,
});

/**
 * Keys of external systems that push indicator values. The key is shown once; only its SHA-256 is
 * kept (a random 256-bit key needs no slow hash). The prefix finds the row without a scan.
 */
export function createSystemKeys(prisma: PrismaClient) {
  return {
    async create(name: string, createdById: string) {
      const prefix = randomBytes(6).toString('hex');
      const key = `spk_${prefix}_${randomBytes(32).toString('base64url')}`;
      const row = await prisma.systemApiKey.create({ data: { name, prefix, keyHash: hashOf(key), createdById } });
      return { ...systemKeyView(row), key };
    },
    async list() {
      return (await prisma.systemApiKey.findMany({ orderBy: { createdAt: 'desc' } })).map(systemKeyView);
    },
    async revoke(id: string) {
      const row = await prisma.systemApiKey.findUnique({ where: { id } });
      if (!row) throw notFound('Ключ');
      return systemKeyView(row.revokedAt ? row : await prisma.systemApiKey.update({ where: { id }, data: { revokedAt: new Date() } }));
    },
    /** The active key a request carries, or null. */
    async verify(presented: string | undefined): Promise<SystemApiKey | null> {
      const prefix = /^spk_([0-9a-f]{12})_[A-Za-z0-9_-]{43}$/.exec(presented ?? '')?.[1];
      if (!prefix || !presented) return null;
      const row = await prisma.systemApiKey.findUnique({ where: { prefix } });
      if (!row || row.revokedAt) return null;
      const same = timingSafeEqual(Buffer.from(row.keyHash, 'hex'), Buffer.from(hashOf(presented), 'hex'));
      return same ? row : null;
    },
  };
}

/** Lets a request through only with a valid, unrevoked system key; the key's row is put on res.locals. */
export function requireSystemKey(keys: ReturnType<typeof createSystemKeys>): RequestHandler {
  return (req, res, next) => {
    keys
      .verify(req.get(SYSTEM_KEY_HEADER))
      .then((key) => {
        if (!key) return next(new HttpError(401, 'UNAUTHENTICATED', 'Нужен действующий ключ внешней системы (заголовок X-Api-Key)'));
        res.locals.systemKey = key;
        next();
      })
      .catch(next);
  };
}
