import path from 'node:path';
import { z } from 'zod';

/**
 * The only reader of process.env. Every process parses its environment once at start-up;
 * embedded-mode defaults let `npm start` run on a fresh machine, production mode demands values.
 */
const ROOT = path.resolve(__dirname, '..');

const configSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    DATABASE_URL: z.string().url().optional(),
    TEMPORAL_ADDRESS: z.string().default('127.0.0.1:7233'),
    TEMPORAL_NAMESPACE: z.string().default('default'),
    API_HOST: z.string().default('127.0.0.1'),
    API_PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    API_PUBLIC_URL: z.string().url().optional(),
    FILE_STORAGE_ROOT: z.string().default(path.join(ROOT, '.data', 'files')),
    UPLOAD_MAX_BYTES: z.coerce
      .number()
      .int()
      .positive()
      .default(10 * 1024 * 1024),
    PRODUCTION_CALENDAR_FILE: z.string().default(path.join(ROOT, 'shared', 'calendar', 'ru-production-calendar.json')),
    SEED_FAMILIES: z.coerce.number().int().min(0).max(100_000).default(300),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    /** Test-only fault injection: the API exits at the named point (ignored outside NODE_ENV=test). */
    FAILPOINT: z.string().optional(),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === 'production' && !env.DATABASE_URL) {
      ctx.addIssue({ code: 'custom', path: ['DATABASE_URL'], message: 'DATABASE_URL is required in production' });
    }
  });

export type Config = z.infer<typeof configSchema> & { DATABASE_URL: string };

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  if (!parsed.data.DATABASE_URL) {
    throw new Error('DATABASE_URL is not set: start the system with `npm start`, which provides the embedded database');
  }
  return parsed.data as Config;
}

export const PROJECT_ROOT = ROOT;
