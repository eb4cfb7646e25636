import { Writable } from 'node:stream';
import pino from 'pino';
import request from 'supertest';
import { createApp } from '../../api/app';
import { createPrismaClient } from '../../prisma/client';
import { DEMO_PASSWORD } from '../../scripts/seed/referenceData';
import { nextSnils } from '../support/fixtures';
import { startTestSystem } from '../support/system';
import type { TestSystem } from '../support/system';

let system: TestSystem;

beforeAll(async () => {
  system = await startTestSystem();
}, 180_000);

afterAll(async () => {
  await system?.stop();
});

const login = (username: string, password: string, app = system.app) => request(app).post('/api/auth/login').send({ username, password });

/** The refresh cookie a response set (name=value), and its attributes. */
function refreshCookieOf(res: request.Response): { pair: string; attributes: string } {
  const header = ([] as string[]).concat(res.headers['set-cookie'] ?? []).find((c) => c.startsWith('sp_refresh='));
  if (!header) throw new Error('no refresh cookie set');
  const [pair, ...attributes] = header.split('; ');
  return { pair, attributes: attributes.join('; ') };
}

/** A refresh as the workspace sends it: the cookie and the custom header, from its own origin. */
const refresh = (cookie: string, app = system.app) =>
  request(app).post('/api/auth/refresh').set('Cookie', cookie).set('X-Requested-With', 'fetch');

describe('signing in and out', () => {
  it('signs in with the password and works with the access token until logout revokes it', async () => {
    const res = await login('executor.minsoc', DEMO_PASSWORD);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ expiresIn: 900, user: { username: 'executor.minsoc', role: 'EXECUTOR' } });
    const bearer = `Bearer ${res.body.accessToken}`;
    expect((await request(system.app).get('/api/auth/me').set('Authorization', bearer)).body.username).toBe('executor.minsoc');
    expect((await request(system.app).get('/api/queue').set('Authorization', bearer)).status).toBe(200);

    const loggedOut = await request(system.app).post('/api/auth/logout').set('Authorization', bearer).set('X-Requested-With', 'fetch');
    expect(loggedOut.status).toBe(204);
    expect(refreshCookieOf(loggedOut).attributes).toMatch(/Expires=Thu, 01 Jan 1970/);
    expect((await request(system.app).get('/api/queue').set('Authorization', bearer)).status).toBe(401);
    expect((await refresh(refreshCookieOf(res).pair)).status).toBe(401);
  });

  it('keeps the refresh token out of the answer, in an HttpOnly, SameSite=Strict cookie for the sign-in routes only', async () => {
    const res = await login('coordinator', DEMO_PASSWORD);
    expect(res.body).not.toHaveProperty('refreshToken');
    const { pair, attributes } = refreshCookieOf(res);
    expect(pair).toMatch(/^sp_refresh=[\w-]{40,}$/);
    expect(attributes).toMatch(/Path=\/api\/auth/);
    expect(attributes).toMatch(/HttpOnly/);
    expect(attributes).toMatch(/SameSite=Strict/);
    // Plain-http local development cannot use Secure cookies; production (or an https address) does.
    expect(attributes).not.toMatch(/Secure/);
    const secureApp = createApp({
      prisma: system.prisma,
      temporal: system.temporal,
      config: { ...system.config, COOKIE_SECURE: true },
      logger: pino({ level: 'silent' }),
    });
    expect(refreshCookieOf(await login('coordinator', DEMO_PASSWORD, secureApp)).attributes).toMatch(/Secure/);
  });

  it('rotates refresh tokens: each works once, and a rotated one used again ends the whole sign-in', async () => {
    const first = await login('supervisor.minsoc', DEMO_PASSWORD);
    const firstCookie = refreshCookieOf(first).pair;
    const refreshed = await refresh(firstCookie);
    expect(refreshed.status).toBe(200);
    expect(refreshed.body).not.toHaveProperty('refreshToken');
    const secondCookie = refreshCookieOf(refreshed).pair;
    expect(secondCookie).not.toBe(firstCookie);
    const current = `Bearer ${refreshed.body.accessToken}`;
    expect((await request(system.app).get('/api/queue').set('Authorization', current)).status).toBe(200);

    // The first token again: someone holds a copy. The session it rotated into ends too.
    expect((await refresh(firstCookie)).status).toBe(401);
    expect((await request(system.app).get('/api/queue').set('Authorization', current)).status).toBe(401);
    expect((await refresh(secondCookie)).status).toBe(401);
    // Another sign-in of the same user is untouched.
    const other = await login('supervisor.minsoc', DEMO_PASSWORD);
    expect((await request(system.app).get('/api/queue').set('Authorization', `Bearer ${other.body.accessToken}`)).status).toBe(200);
  });

  it('refuses a refresh or logout sent without the workspace’s header or from a foreign origin', async () => {
    const res = await login('auditor', DEMO_PASSWORD);
    const cookie = refreshCookieOf(res).pair;
    const bare = await request(system.app).post('/api/auth/refresh').set('Cookie', cookie);
    expect(bare.status).toBe(403);
    expect(bare.body.error.code).toBe('CROSS_SITE_REQUEST');
    expect((await refresh(cookie).set('Origin', 'https://evil.example')).status).toBe(403);
    const logout = await request(system.app)
      .post('/api/auth/logout')
      .set('Authorization', `Bearer ${res.body.accessToken}`)
      .set('Origin', 'https://evil.example')
      .set('X-Requested-With', 'fetch');
    expect(logout.status).toBe(403);
    // The refused requests changed nothing: the cookie still works once.
    expect((await refresh(cookie)).status).toBe(200);
    // A browser without the cookie is simply signed out.
    expect((await request(system.app).post('/api/auth/refresh').set('X-Requested-With', 'fetch')).status).toBe(204);
  });

  it('refuses a user name with a NUL or a lone surrogate with 422, never 500', async () => {
    for (const username of ['admin\u0000', '\ud800admin']) {
      const res = await login(username, DEMO_PASSWORD);
      expect(res.status).toBe(422);
      expect(res.body.error.fields.username).toMatch(/Недопустимый символ/);
    }
  });

  it('gives the same answer for an unknown user and a wrong password', async () => {
    const unknown = await login('nobody', 'whatever-123456');
    const wrong = await login('auditor', 'wrong-password-123');
    expect([unknown.status, wrong.status]).toEqual([401, 401]);
    expect(unknown.body).toEqual(wrong.body);
  });

  it('locks an account after five failed attempts, even against the right password', async () => {
    for (let i = 0; i < 5; i++) expect((await login('executor2.minsoc', `wrong-${i}-password`)).status).toBe(401);
    const locked = await login('executor2.minsoc', DEMO_PASSWORD);
    expect(locked.status).toBe(423);
    expect(locked.body.error.message).toMatch(/заблокирована/);
  });

  it('rate-limits sign-in attempts from one address across every API process', async () => {
    // Two API processes on one database, as behind a balancer: the attempts count together.
    const otherPrisma = createPrismaClient(system.databaseUrl);
    const [first, second] = [system.prisma, otherPrisma].map((prisma) =>
      createApp({
        prisma,
        temporal: system.temporal,
        config: { ...system.config, LOGIN_RATE_LIMIT_PER_MINUTE: 3 },
        logger: pino({ level: 'silent' }),
      }),
    );
    await system.prisma.rateLimitHit.deleteMany(); // the attempts of the tests above count too
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await login('coordinator', 'wrong-password-123', i % 2 ? second : first)).status);
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
    await system.prisma.rateLimitHit.deleteMany();
    await otherPrisma.$disconnect();
  });

  it('keeps passwords, tokens and SNILS out of the logs', async () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk, _enc, done) => (lines.push(chunk.toString()), done()) });
    const app = createApp({
      prisma: system.prisma,
      temporal: system.temporal,
      config: system.config,
      logger: pino({ level: 'trace' }, sink),
    });
    const res = await login('operator.samara', DEMO_PASSWORD, app);
    const snils = nextSnils();
    const created = await request(app)
      .post('/api/passports')
      .set('Authorization', `Bearer ${res.body.accessToken}`)
      .send({
        household: { municipalityId: res.body.user.municipalityId, address: 'адрес' },
        persons: [{ key: 'p', lastName: 'Логова', firstName: 'Анна', birthDate: '1990-01-01', sex: 'FEMALE', snils }],
      });
    expect(created.status).toBe(201);
    await request(app)
      .get(`/api/passports?filter=${encodeURIComponent(JSON.stringify({ snils }))}`)
      .set('Authorization', `Bearer ${res.body.accessToken}`);
    await login('operator.samara', 'wrong-password-123', app);
    const logged = lines.join('');
    expect(lines.length).toBeGreaterThan(3);
    for (const secret of [
      DEMO_PASSWORD,
      'wrong-password-123',
      res.body.accessToken,
      refreshCookieOf(res).pair.split('=')[1],
      snils,
      snils.replace(/\D/g, ''),
    ]) {
      expect(logged).not.toContain(secret);
    }
  });
});

describe('hardening', () => {
  it('answers CORS only for the configured origins', async () => {
    const app = createApp({
      prisma: system.prisma,
      temporal: system.temporal,
      config: { ...system.config, CORS_ORIGINS: ['https://ui.samregion.example'] },
      logger: pino({ level: 'silent' }),
    });
    const allowed = await request(app)
      .options('/api/queue')
      .set('Origin', 'https://ui.samregion.example')
      .set('Access-Control-Request-Method', 'GET');
    expect(allowed.headers['access-control-allow-origin']).toBe('https://ui.samregion.example');
    const foreign = await request(app)
      .options('/api/queue')
      .set('Origin', 'https://evil.example')
      .set('Access-Control-Request-Method', 'GET');
    expect(foreign.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('sends security headers and never a stack trace or SQL, even when the database is gone', async () => {
    const broken = createPrismaClient(system.databaseUrl.replace(/\/[^/]+$/, '/database_that_does_not_exist'));
    const app = createApp({ prisma: broken, temporal: system.temporal, config: system.config, logger: pino({ level: 'silent' }) });
    const res = await login('auditor', DEMO_PASSWORD, app);
    expect(res.status).toBe(500);
    expect(res.body).toEqual({ error: { code: 'INTERNAL', message: 'Внутренняя ошибка сервера' } });
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toBeDefined();
    await broken.$disconnect();
  });
});

describe('user administration', () => {
  it('lets an admin create an account with a policy-checked password, and ends its sessions when deactivated', async () => {
    const admin = await system.prisma.user.findUniqueOrThrow({ where: { username: 'admin' } });
    const organisation = await system.prisma.organisation.findUniqueOrThrow({ where: { code: 'MINSPORT' } });
    const weak = await system.as(admin.id).post('/api/users').send({
      username: 'new.executor',
      password: 'short1',
      fullName: 'Новый Исполнитель',
      role: 'EXECUTOR',
      organisationId: organisation.id,
    });
    expect(weak.status).toBe(422);
    expect(weak.body.error.fields.password).toBe('Пароль не короче 12 символов');
    const homeless = await system
      .as(admin.id)
      .post('/api/users')
      .send({ username: 'new.executor', password: 'Strong-password-42', fullName: 'Новый Исполнитель', role: 'EXECUTOR' });
    expect(homeless.body.error.fields.organisationId).toBeDefined();
    const created = await system.as(admin.id).post('/api/users').send({
      username: 'new.executor',
      password: 'Strong-password-42',
      fullName: 'Новый Исполнитель',
      role: 'EXECUTOR',
      organisationId: organisation.id,
    });
    expect(created.status).toBe(201);
    expect(created.body).not.toHaveProperty('passwordHash');

    const session = await login('new.executor', 'Strong-password-42');
    expect(session.status).toBe(200);
    const deactivated = await system.as(admin.id).patch(`/api/users/${created.body.id}`).send({ active: false });
    expect(deactivated.body.active).toBe(false);
    expect((await request(system.app).get('/api/queue').set('Authorization', `Bearer ${session.body.accessToken}`)).status).toBe(401);
    expect((await login('new.executor', 'Strong-password-42')).status).toBe(401);
    const operator = await system.prisma.user.findUniqueOrThrow({ where: { username: 'operator.samara' } });
    expect((await system.as(operator.id).post('/api/users').send({})).status).toBe(403);
  });
});
