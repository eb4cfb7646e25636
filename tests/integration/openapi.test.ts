import request from 'supertest';
import { CASE_ACTION_NAMES } from '../../shared/schemas/need';
import { servedRoutes } from '../support/routes';
import { startTestSystem } from '../support/system';
import type { TestSystem } from '../support/system';

let system: TestSystem;

beforeAll(async () => {
  system = await startTestSystem();
}, 180_000);

afterAll(async () => {
  await system?.stop();
});

describe('the OpenAPI 3.1 document', () => {
  it('is served as JSON and through Swagger UI at /api/docs', async () => {
    const doc = await request(system.app).get('/api/openapi.json');
    expect(doc.status).toBe(200);
    expect(doc.body.openapi).toBe('3.1.0');
    const ui = await request(system.app).get('/api/docs/');
    expect(ui.status).toBe(200);
    expect(ui.text).toContain('swagger-ui');
  });

  it('describes every route the API serves, with the shared zod schemas', async () => {
    const doc = (await request(system.app).get('/api/openapi.json')).body;
    const documented = new Set(
      Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(([path, ops]) =>
        Object.keys(ops).map((method) => `${method} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
      ),
    );
    const served = servedRoutes(system.app)
      .map((r) => `${r.method.toLowerCase()} ${r.path}`)
      .filter((r) => !r.endsWith('/api/openapi.json') && !r.endsWith('/api/health'))
      .flatMap((r) => (r.endsWith('/needs/:id/:action') ? CASE_ACTION_NAMES.map((a) => `post /needs/:id/${a}`) : [r]))
      .map((r) => r.replace(' /', ' /api/'));
    expect(served.length).toBeGreaterThan(15);
    for (const route of served) expect(documented).toContain(route);
    expect(doc.components.schemas.PassportCreate).toBeDefined();
    expect(doc.components.schemas.Need.properties.status.enum).toContain('WAITING_INFO');
  });
});
