import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import { createMetrics } from '../../api/metrics/metrics';
import type { PrismaClient } from '../../prisma/client';
import { loadConfig, PROJECT_ROOT } from '../../shared/config';
import { parseDockerfile, stagesOf } from '../support/dockerfile';

/**
 * There is no Docker engine on the development machine: the deployment files are checked with
 * real parsers and the Compose Specification's schema instead.
 */
const read = (file: string) => readFileSync(path.join(PROJECT_ROOT, file), 'utf8');
const yamlOf = (file: string) => parse(read(file), { merge: true }) as Record<string, unknown>;

type Service = {
  image?: string;
  command?: string[];
  environment?: Record<string, string | number>;
  volumes?: string[];
  secrets?: string[];
};
const compose = yamlOf('docker-compose.yml') as { services: Record<string, Service>; secrets: Record<string, { file: string }> };

/** Compose's interpolation, with a stand-in for each value the operator must supply. */
function interpolate(value: string): string {
  return value.replace(/\$\{(\w+)(?::?([-?])([^}]*))?\}/g, (_, name: string, kind: string | undefined, rest: string) => {
    if (kind === '-') return rest;
    return name.endsWith('_URL') ? 'https://region.example' : `stand-in-for-${name.toLowerCase()}-0123456789abcdef`;
  });
}
const environmentOf = (service: string) =>
  Object.fromEntries(Object.entries(compose.services[service].environment ?? {}).map(([k, v]) => [k, interpolate(String(v))]));

describe('docker-compose.yml', () => {
  it('is valid by the Compose Specification schema', () => {
    // The file declares draft 2019-09 but is written in draft-07 terms (`definitions`, no 2019-09
    // keywords), with draft-04 `id`s as labels; it is compiled as draft-07, the `id`s read as annotations.
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    ajv.removeKeyword('id');
    ajv.addKeyword({ keyword: 'id', schemaType: 'string' });
    // Compose durations are Go's (`1m30s`), not ISO 8601 like ajv-formats' `duration`.
    ajv.addFormat('duration', /^(\d+(\.\d+)?(ns|us|ms|s|m|h))+$/);
    const { $schema, id, ...schema } = JSON.parse(read('deploy/schemas/compose-spec.json')) as { $schema: string; id: string };
    expect([$schema, id]).toEqual(['http://json-schema.org/draft/2019-09/schema#', 'compose_spec.json']);
    const validate = ajv.compile({ $id: id, ...schema });
    expect(validate(compose) ? [] : validate.errors).toEqual([]);
    expect(Object.keys(compose.services).sort()).toEqual(
      ['api', 'grafana', 'migrate', 'postgres', 'prometheus', 'temporal', 'temporal-ui', 'worker'].sort(),
    );
  });

  it('pins every image to a version, never `latest`', () => {
    for (const [name, service] of Object.entries(compose.services)) {
      const image = interpolate(service.image ?? '');
      expect({ name, image }).toEqual({ name, image: expect.stringMatching(/^[\w./-]+:(?!latest$)[\w.-]+$/) });
    }
  });

  it('gives the API and the worker every variable the production checks demand, and a configuration that loads', () => {
    // What production refuses to start without, read from the configuration's own checks.
    let message = '';
    try {
      loadConfig({ NODE_ENV: 'production' });
    } catch (err) {
      message = (err as Error).message;
    }
    const required = [...message.matchAll(/^\s+(\w+): .* is required in production$/gm)].map((m) => m[1]);
    expect(required).toEqual(expect.arrayContaining(['DATABASE_URL', 'JWT_SECRET', 'METRICS_TOKEN']));
    for (const service of ['api', 'worker', 'migrate']) {
      const env = environmentOf(service);
      expect({ service, missing: required.filter((name) => !env[name]) }).toEqual({ service, missing: [] });
      const config = loadConfig(env);
      expect(config.NODE_ENV).toBe('production');
      expect(config.DATABASE_URL).toMatch(/@postgres:5432\//);
      expect(config.TEMPORAL_ADDRESS).toBe('temporal:7233');
    }
    expect(loadConfig(environmentOf('api')).API_HOST).toBe('0.0.0.0');
    expect(loadConfig(environmentOf('worker')).WORKER_METRICS_ADDRESS).toBe('0.0.0.0:9464');
  });

  it('runs the API and the worker as the two commands of one image', () => {
    const { api, worker, migrate } = compose.services;
    expect(new Set([api.image, worker.image, migrate.image]).size).toBe(1);
    expect([api.command, worker.command, migrate.command]).toEqual([['api'], ['worker'], ['migrate']]);
    const entry = read('scripts/container.sh');
    expect(entry).toMatch(/^\s*api\) exec node --import tsx api\/main\.ts ;;$/m);
    expect(entry).toMatch(/^\s*worker\) exec node --import tsx worker\/main\.ts ;;$/m);
    for (const file of ['api/main.ts', 'worker/main.ts']) expect(existsSync(path.join(PROJECT_ROOT, file))).toBe(true);
  });
});

describe('Prometheus and Grafana', () => {
  const prometheus = yamlOf('deploy/prometheus/prometheus.yml') as {
    scrape_configs: {
      job_name: string;
      metrics_path?: string;
      authorization?: { credentials_file: string };
      dns_sd_configs?: { names: string[]; port: number }[];
    }[];
  };
  const job = (name: string) => prometheus.scrape_configs.find((j) => j.job_name === name);

  it('scrapes every API replica with the metrics token and every worker at its metrics port', () => {
    const api = loadConfig(environmentOf('api'));
    expect(job('api')?.dns_sd_configs).toEqual([{ names: ['api'], type: 'A', port: api.API_PORT }]);
    expect(job('api')?.authorization?.credentials_file).toBe('/run/secrets/metrics_token');
    expect(compose.services.prometheus.secrets).toContain('metrics_token');
    expect(compose.secrets.metrics_token.file).toBe('./deploy/secrets/metrics-token');
    const workerPort = Number(loadConfig(environmentOf('worker')).WORKER_METRICS_ADDRESS?.split(':')[1]);
    expect(job('worker')?.dns_sd_configs).toEqual([{ names: ['worker'], type: 'A', port: workerPort }]);
    expect(compose.services.prometheus.volumes).toContain('./deploy/prometheus/prometheus.yml:/etc/prometheus/prometheus.yml:ro');
  });

  it('provisions a datasource and a dashboard whose queries use only metrics the API exports or the SDK names', () => {
    const datasource = yamlOf('deploy/grafana/provisioning/datasources/prometheus.yml') as { datasources: { uid: string; url: string }[] };
    expect(datasource.datasources[0]).toMatchObject({ uid: 'prometheus', url: 'http://prometheus:9090' });
    const provider = yamlOf('deploy/grafana/provisioning/dashboards/social-passport.yml') as { providers: { options: { path: string } }[] };
    expect(compose.services.grafana.volumes).toContain(`./deploy/grafana/dashboards:${provider.providers[0].options.path}:ro`);

    const dashboard = JSON.parse(read('deploy/grafana/dashboards/social-passport.json')) as {
      panels: { datasource: { uid: string }; targets: { expr: string }[] }[];
    };
    const exported = createMetrics({} as PrismaClient, [])
      .registry.getMetricsAsArray()
      .flatMap((m) => [m.name, `${m.name}_bucket`]);
    // The names left in each query once label matchers, ranges, groupings and functions are taken out.
    const functions = ['sum', 'max', 'rate', 'histogram_quantile'];
    const used = dashboard.panels
      .flatMap((p) => p.targets.map((t) => t.expr))
      .map((e) => e.replace(/\{[^}]*\}|\[[^\]]*\]|by \([^)]*\)/g, ''))
      .flatMap((e) => e.match(/\b[a-z_][a-z0-9_]*\b/g) ?? [])
      .filter((name) => !functions.includes(name));
    const ours = used.filter((name) => !name.startsWith('temporal_'));
    expect(ours.length).toBeGreaterThan(5);
    expect(ours.filter((name) => !exported.includes(name))).toEqual([]);
    for (const name of ['cases_open', 'cases_overdue', 'projection_lag_seconds', 'mail_outbox_backlog', 'http_requests_total']) {
      expect(used).toContain(name);
    }
    expect(dashboard.panels.every((p) => p.datasource.uid === datasource.datasources[0].uid)).toBe(true);
  });
});

describe('Dockerfile', () => {
  const stages = stagesOf(parseDockerfile(read('Dockerfile')));
  const runtime = stages[stages.length - 1];
  const last = (keyword: string) => runtime.instructions.filter((i) => i.keyword === keyword).pop();

  it('builds in one stage and runs from another, with pinned base images', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    for (const stage of stages) expect(stage.image).toMatch(/^[\w./-]+:(?!latest$)[\w.-]+$/);
    const build = stages[0].instructions.map((i) => i.args).join('\n');
    expect(build).toMatch(/prisma\/build\/index\.js generate/);
    expect(build).toMatch(/vite build admin-ui/);
    expect(runtime.instructions.some((i) => i.keyword === 'COPY' && i.args.includes(`--from=${stages[0].name}`))).toBe(true);
  });

  it('runs as a user other than root and downloads nothing at runtime', () => {
    const user = last('USER')?.args;
    expect(user).toBeDefined();
    expect(['root', '0']).not.toContain(user?.split(':')[0]);
    const runs = runtime.instructions.filter((i) => i.keyword === 'RUN').map((i) => i.args);
    expect(runs.filter((r) => /\b(npm|npx|curl|wget|apt-get|yarn)\b/.test(r))).toEqual([]);
  });

  it('starts the API by default and the worker when asked, through the entry script', () => {
    expect(last('ENTRYPOINT')?.json).toEqual(['/app/scripts/container.sh']);
    expect(last('CMD')?.json).toEqual(['api']);
    expect(read('.dockerignore').split('\n')).toEqual(expect.arrayContaining(['node_modules', '.git', 'deploy/secrets']));
  });
});
