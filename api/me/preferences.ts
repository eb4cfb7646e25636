import type { Router } from 'express';
import type { Prisma } from '../../prisma/client';
import {
  PREFERENCE_KEYS,
  PREFERENCE_MAX_BYTES,
  PREFERENCE_SCHEMAS,
  preferenceBodySchema,
  preferenceSchema,
} from '../../shared/schemas/workspacePreferences';
import type { PreferenceKey } from '../../shared/schemas/workspacePreferences';
import { z } from '../../shared/schemas/zod';
import type { ApiContext } from '../context';
import { actorOf } from '../http/actor';
import { HttpError, notFound } from '../http/errors';
import { parseBody } from '../http/validate';
import { describeRoute } from '../openapi/registry';

const json = (schema: z.ZodType) => ({ content: { 'application/json': { schema } } });
const keyParam = z.object({ key: z.enum(PREFERENCE_KEYS) });

describeRoute({
  method: 'get',
  path: '/api/me/preferences',
  summary: 'Every workspace setting the signed-in user has saved (loaded on sign-in, so it follows them to any workstation)',
  responses: { 200: { description: 'Saved settings', ...json(z.array(preferenceSchema)) } },
});
describeRoute({
  method: 'get',
  path: '/api/me/preferences/{key}',
  summary: 'One workspace setting of the signed-in user (value null until they choose)',
  request: { params: keyParam },
  responses: { 200: { description: 'The setting', ...json(preferenceSchema) } },
});
describeRoute({
  method: 'put',
  path: '/api/me/preferences/{key}',
  summary: `Saves one workspace setting of the signed-in user (value checked against the key's schema, at most ${PREFERENCE_MAX_BYTES} bytes)`,
  request: { params: keyParam, body: json(preferenceBodySchema) },
  responses: { 200: { description: 'Saved', ...json(preferenceSchema) } },
});

const knownKey = (key: string): PreferenceKey => {
  if (!(PREFERENCE_KEYS as string[]).includes(key)) throw notFound('Настройка');
  return key as PreferenceKey;
};

/** The value of a setting as the key's schema wants it; too large a value is refused before it is parsed. */
function checkedValue(key: PreferenceKey, body: unknown): unknown {
  const { value } = parseBody(preferenceBodySchema, body);
  if (Buffer.byteLength(JSON.stringify(value ?? null)) > PREFERENCE_MAX_BYTES) {
    throw new HttpError(413, 'PAYLOAD_TOO_LARGE', 'Настройка слишком большая', { value: `Не больше ${PREFERENCE_MAX_BYTES} байт` });
  }
  const parsed = PREFERENCE_SCHEMAS[key].safeParse(value);
  if (!parsed.success) {
    throw new HttpError(422, 'VALIDATION_FAILED', 'Проверьте значение настройки', { value: parsed.error.issues[0].message });
  }
  return parsed.data;
}

/** The signed-in user's own workspace settings: only they read or change them, so nobody else's are reachable. */
export function mountPreferenceRoutes(router: Router, ctx: ApiContext): void {
  router.get('/me/preferences', async (req, res) => {
    const rows = await ctx.prisma.userPreference.findMany({ where: { userId: actorOf(req).userId }, orderBy: { key: 'asc' } });
    res.json(rows.filter((r) => (PREFERENCE_KEYS as string[]).includes(r.key)).map((r) => ({ key: r.key, value: r.value })));
  });
  router.get('/me/preferences/:key', async (req, res) => {
    const key = knownKey(req.params.key);
    const row = await ctx.prisma.userPreference.findUnique({ where: { userId_key: { userId: actorOf(req).userId, key } } });
    res.json({ key, value: row?.value ?? null });
  });
  router.put('/me/preferences/:key', async (req, res) => {
    const key = knownKey(req.params.key);
    const value = checkedValue(key, req.body) as Prisma.InputJsonValue;
    const { userId } = actorOf(req);
    await ctx.prisma.userPreference.upsert({
      where: { userId_key: { userId, key } },
      create: { userId, key, value },
      update: { value },
    });
    res.json({ key, value });
  });
}
