import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { z } from 'zod';
import { DEFAULT_OUTREACH_CONTACT } from './campaigns/messageText';

/**
 * The only reader of process.env. Every process parses its environment once at start-up;
 * embedded-mode defaults let `npm start` run on a fresh machine, production mode demands values.
 */
const ROOT = path.resolve(__dirname, '..');

/** The largest case document accepted, unless UPLOAD_MAX_BYTES says otherwise (stated in the OpenAPI document). */
export const DEFAULT_UPLOAD_MAX_BYTES = 10 * 1024 * 1024;

const configSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    DATABASE_URL: z.string().url().optional(),
    TEMPORAL_ADDRESS: z.string().default('127.0.0.1:7233'),
    TEMPORAL_NAMESPACE: z.string().default('default'),
    API_HOST: z.string().default('127.0.0.1'),
    API_PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    API_PUBLIC_URL: z.string().url().optional(),
    /** The built react-admin workspace, served at / when present. */
    ADMIN_UI_DIST: z.string().default(path.join(ROOT, 'admin-ui', 'dist')),
    /** Where case documents are kept: `filesystem` (under FILE_STORAGE_ROOT) or an S3-compatible bucket. */
    DOCUMENT_STORE: z.enum(['filesystem', 's3']).default('filesystem'),
    FILE_STORAGE_ROOT: z.string().default(path.join(ROOT, '.data', 'files')),
    S3_ENDPOINT: z.string().url().optional(),
    S3_REGION: z.string().default('us-east-1'),
    S3_BUCKET: z.string().optional(),
    S3_ACCESS_KEY_ID: z.string().optional(),
    S3_SECRET_ACCESS_KEY: z.string().optional(),
    S3_FORCE_PATH_STYLE: z
      .enum(['true', 'false'])
      .default('true')
      .transform((v) => v === 'true'),
    UPLOAD_MAX_BYTES: z.coerce.number().int().positive().default(DEFAULT_UPLOAD_MAX_BYTES),
    /** Where mail goes (smtp://host:port or smtps://user:pass@host); without it notifications are only logged. */
    SMTP_URL: z.string().url().optional(),
    MAIL_FROM: z.string().default('Социальный паспорт <no-reply@social-passport.local>'),
    /** The workspace's address as people open it: the links in mails point here. */
    APP_PUBLIC_URL: z.string().url().default('http://127.0.0.1:3000'),
    /** The embedded default's local mail server keeps every message here; admins read them in the workspace. */
    MAIL_DIR: z.string().default(path.join(ROOT, '.data', 'mail')),
    /** An SMS gateway taking POST JSON { to, text } with the key as a Bearer token; without it messages are kept locally. */
    SMS_GATEWAY_URL: z.string().url().optional(),
    SMS_GATEWAY_KEY: z.string().optional(),
    /** Where outreach messages tell families to turn. */
    OUTREACH_CONTACT: z.string().max(40).default(DEFAULT_OUTREACH_CONTACT),
    /** Rows the import workflow writes per chunk (one activity, one transaction). */
    IMPORT_CHUNK_ROWS: z.coerce.number().int().min(1).max(10_000).default(500),
    /** Indicator values the indicator import writes per transaction (its heartbeat marks each one). */
    INDICATOR_IMPORT_CHUNK_ROWS: z.coerce.number().int().min(1).max(10_000).default(1000),
    PRODUCTION_CALENDAR_FILE: z.string().default(path.join(ROOT, 'shared', 'calendar', 'ru-production-calendar.json')),
    /** The upper bound of near-poverty as thousandths of a household's threshold (1500 = 1.5×). */
    POVERTY_NEAR_BAND_PERMILLE: z.coerce.number().int().min(1000).max(3000).default(1500),
    SEED_FAMILIES: z.coerce.number().int().min(0).max(100_000).default(300),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    /** Signs access tokens; required in production. Elsewhere a random one is made per process. */
    JWT_SECRET: z.string().min(32, 'JWT_SECRET must be at least 32 characters').optional(),
    ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(30).max(3600).default(900),
    REFRESH_TOKEN_TTL_HOURS: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 30)
      .default(12),
    LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
    LOGIN_LOCKOUT_MINUTES: z.coerce.number().int().min(1).default(15),
    LOGIN_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(30),
    /**
     * Whether the refresh-token cookie is marked Secure (sent over HTTPS only). Unset: yes in production
     * or when APP_PUBLIC_URL is https, no for local development over plain http.
     */
    COOKIE_SECURE: z
      .enum(['true', 'false'])
      .optional()
      .transform((v) => (v === undefined ? undefined : v === 'true')),
    /** Browser origins allowed by CORS, comma-separated; none by default (same origin only). */
    CORS_ORIGINS: z
      .string()
      .default('')
      .transform((v) =>
        v
          .split(',')
          .map((o) => o.trim())
          .filter(Boolean),
      ),
    /** How long the API waits for a case workflow to answer an Update before it answers 503 with Retry-After. */
    UPDATE_DEADLINE_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
    /**
     * Who may read the API's /metrics: callers sending `Authorization: Bearer <METRICS_TOKEN>`.
     * Required in production; unset elsewhere, /metrics is open (embedded mode, local Prometheus).
     */
    METRICS_TOKEN: z.string().min(16, 'METRICS_TOKEN must be at least 16 characters').optional(),
    /** Where the worker serves the Temporal SDK's Prometheus metrics (host:port); unset, it serves none. */
    WORKER_METRICS_ADDRESS: z.string().optional(),
    /**
     * How many open cases one worker keeps in memory (Temporal's sticky cache). A cached case costs
     * about 0.42 MB of resident memory (bench row (i)); an evicted one is replayed from its history on
     * its next step (~0.2 s for ~200 events). 2,000 cases ≈ 0.85 GB above the worker's ~0.35 GB: a
     * region's 100,000 open cases mostly sleep towards a deadline, so the cache only has to hold the
     * ones being worked on. See docs/DEPLOYMENT.md, "Worker memory".
     */
    WORKER_MAX_CACHED_WORKFLOWS: z.coerce.number().int().min(0).max(100_000).default(2_000),
    /** On SIGTERM, how long in-flight requests and activities get to finish before the process exits anyway. */
    SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(600_000).default(25_000),
    /** Test-only fault injection: the API exits at the named point (ignored outside NODE_ENV=test). */
    FAILPOINT: z.string().optional(),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === 'production' && !env.DATABASE_URL) {
      ctx.addIssue({ code: 'custom', path: ['DATABASE_URL'], message: 'DATABASE_URL is required in production' });
    }
    if (env.DOCUMENT_STORE === 's3') {
      for (const key of ['S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const) {
        if (!env[key]) ctx.addIssue({ code: 'custom', path: [key], message: `${key} is required when DOCUMENT_STORE=s3` });
      }
    }
    if (env.NODE_ENV === 'production' && !env.JWT_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['JWT_SECRET'], message: 'JWT_SECRET is required in production' });
    }
    if (env.NODE_ENV === 'production' && !env.METRICS_TOKEN) {
      ctx.addIssue({ code: 'custom', path: ['METRICS_TOKEN'], message: 'METRICS_TOKEN is required in production' });
    }
  });

export type Config = z.infer<typeof configSchema> & { DATABASE_URL: string; JWT_SECRET: string; COOKIE_SECURE: boolean };

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  if (!parsed.data.DATABASE_URL) {
    throw new Error('DATABASE_URL is not set: start the system with `npm start`, which provides the embedded database');
  }
  // Outside production a missing secret is made up: tokens then last until the API restarts.
  const jwtSecret = parsed.data.JWT_SECRET ?? randomBytes(32).toString('hex');
  const cookieSecure =
    parsed.data.COOKIE_SECURE ?? (parsed.data.NODE_ENV === 'production' || parsed.data.APP_PUBLIC_URL.startsWith('https:'));
  return { ...parsed.data, JWT_SECRET: jwtSecret, COOKIE_SECURE: cookieSecure } as Config;
}

export const PROJECT_ROOT = ROOT;
