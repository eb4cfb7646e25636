import type { ClientRateLimitInfo, Options, Store } from 'express-rate-limit';
import type { PrismaClient } from '../../prisma/client';

/**
 * An express-rate-limit store in PostgreSQL, so that every API process counts the same hits: with
 * the library's in-memory store, N processes behind a balancer would allow N times the limit.
 * One row per key holds the hits of its current fixed window; a hit after the window ends starts
 * a new one in the same upsert, so two processes racing on one key never lose a hit.
 */
export class PgRateLimitStore implements Store {
  /** Keys are shared by every process: the library must not assume they are local. */
  readonly localKeys = false;
  private windowMs = 60_000;

  constructor(
    private readonly prisma: PrismaClient,
    /** Separates the limiters that share the table (e.g. `login:`). */
    readonly prefix: string,
  ) {}

  init(options: Options): void {
    this.windowMs = options.windowMs;
  }

  async increment(key: string): Promise<ClientRateLimitInfo> {
    const [row] = await this.prisma.$queryRaw<{ hits: number; resetAt: Date }[]>`
      INSERT INTO "RateLimitHit" ("key", "hits", "resetAt")
      VALUES (${this.prefix + key}, 1, now() + ${this.windowMs} * interval '1 millisecond')
      ON CONFLICT ("key") DO UPDATE SET
        "hits" = CASE WHEN "RateLimitHit"."resetAt" <= now() THEN 1 ELSE "RateLimitHit"."hits" + 1 END,
        "resetAt" = CASE WHEN "RateLimitHit"."resetAt" <= now() THEN EXCLUDED."resetAt" ELSE "RateLimitHit"."resetAt" END
      RETURNING "hits", "resetAt"`;
    return { totalHits: row.hits, resetTime: row.resetAt };
  }

  async decrement(key: string): Promise<void> {
    await this.prisma.$executeRaw`
      UPDATE "RateLimitHit" SET "hits" = "hits" - 1 WHERE "key" = ${this.prefix + key} AND "hits" > 0 AND "resetAt" > now()`;
  }

  async resetKey(key: string): Promise<void> {
    await this.prisma.$executeRaw`DELETE FROM "RateLimitHit" WHERE "key" = ${this.prefix + key}`;
  }

  async get(key: string): Promise<ClientRateLimitInfo | undefined> {
    const [row] = await this.prisma.$queryRaw<{ hits: number; resetAt: Date }[]>`
      SELECT "hits", "resetAt" FROM "RateLimitHit" WHERE "key" = ${this.prefix + key} AND "resetAt" > now()`;
    return row ? { totalHits: row.hits, resetTime: row.resetAt } : undefined;
  }
}
