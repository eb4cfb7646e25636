import type { Options } from 'express-rate-limit';
import { PgRateLimitStore } from '../../api/http/pgRateLimitStore';
import { createPrismaClient } from '../../prisma/client';
import type { PrismaClient } from '../../prisma/client';
import { createTestDatabase } from '../../scripts/lib/testDatabase';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
/** Two API processes' clients on the same database. */
let prismas: PrismaClient[];

beforeAll(async () => {
  database = await createTestDatabase('sp_ratelimit');
  prismas = [createPrismaClient(database.url), createPrismaClient(database.url)];
}, 60_000);

afterAll(async () => {
  await Promise.all((prismas ?? []).map((p) => p.$disconnect()));
  await database?.drop();
});

const storesFor = (prefix: string, windowMs: number) =>
  prismas.map((prisma) => {
    const store = new PgRateLimitStore(prisma, prefix);
    store.init({ windowMs } as Options);
    return store;
  });

describe('the PostgreSQL rate-limit store shared by API processes', () => {
  it('counts every hit once when two processes race on the same key', async () => {
    const [a, b] = storesFor('race:', 60_000);
    const totals = await Promise.all(Array.from({ length: 40 }, (_, i) => (i % 2 ? a : b).increment('10.0.0.1')));
    expect(totals.map((t) => t.totalHits).sort((x, y) => x - y)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    expect((await a.get('10.0.0.1'))?.totalHits).toBe(40);
    expect((await b.increment('10.0.0.2')).totalHits).toBe(1); // another address counts on its own
  });

  it('starts a new window after the old one ended, and forgets a key when reset', async () => {
    const [a, b] = storesFor('window:', 300);
    await a.increment('10.0.0.3');
    const second = await b.increment('10.0.0.3');
    expect(second.totalHits).toBe(2);
    await new Promise((r) => setTimeout(r, (second.resetTime as Date).getTime() - Date.now() + 50));
    expect(await a.get('10.0.0.3')).toBeUndefined();
    expect((await b.increment('10.0.0.3')).totalHits).toBe(1);

    await a.decrement('10.0.0.3');
    expect((await b.increment('10.0.0.3')).totalHits).toBe(1);
    await b.resetKey('10.0.0.3');
    expect(await a.get('10.0.0.3')).toBeUndefined();
  });

  it('keeps limiters with different prefixes apart', async () => {
    const [login] = storesFor('login:', 60_000);
    const [other] = storesFor('other:', 60_000);
    await login.increment('10.0.0.4');
    expect((await other.increment('10.0.0.4')).totalHits).toBe(1);
  });
});
