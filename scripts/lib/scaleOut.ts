import { randomBytes } from 'node:crypto';
import { freePort, spawnService, waitForHttp } from './processes';
import type { Service } from './processes';

export interface ApiProcess extends Service {
  url: string;
}

export interface Cluster {
  apis: ApiProcess[];
  workers: Service[];
}

/**
 * Several API and worker processes on one PostgreSQL and one Temporal server, each a real `node`
 * process in its own process group (so SIGKILL takes it down mid-request). Every API process gets
 * the same JWT_SECRET: a token issued by one is accepted by the others.
 */
export async function startCluster(options: {
  databaseUrl: string;
  temporalAddress: string;
  apis: number;
  workers: number;
  env?: Record<string, string>;
  quiet?: boolean;
}): Promise<Cluster> {
  const env = {
    ...process.env,
    JWT_SECRET: process.env.JWT_SECRET ?? randomBytes(32).toString('hex'),
    ...options.env,
    DATABASE_URL: options.databaseUrl,
    TEMPORAL_ADDRESS: options.temporalAddress,
  };
  const node = (name: string, entry: string, extra: Record<string, string>) =>
    spawnService(name, process.execPath, ['--import', 'tsx', entry], { ...env, ...extra }, { quiet: options.quiet });

  const workers = Array.from({ length: options.workers }, (_, i) => node(`worker-${i + 1}`, 'worker/main.ts', { LOG_LEVEL: 'info' }));
  const apis = await Promise.all(
    Array.from({ length: options.apis }, async (_, i): Promise<ApiProcess> => {
      const port = await freePort();
      const api = node(`api-${i + 1}`, 'api/main.ts', { API_PORT: String(port), LOG_LEVEL: 'warn' });
      return { ...api, url: `http://127.0.0.1:${port}` };
    }),
  );
  await Promise.all([
    ...workers.map((w) => w.waitForLine(/worker started/, 120_000)),
    ...apis.map((a) => waitForHttp(`${a.url}/api/health`, 120_000)),
  ]);
  return { apis, workers };
}
