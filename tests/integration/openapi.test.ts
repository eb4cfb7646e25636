import request from 'supertest';
import { CASE_ACTION_NAMES } from '../../shared/schemas/need';
import { startTestSystem } from '../support/system';
import type { TestSystem } from '../support/system';

let system: TestSystem;

beforeAll(async () => {
  system = await startTestSystem();
}, 180_000);

afterAll(async () => {
  await system?.stop();
});

/** Every route the Express app really serves under /api, read from its router stack. */
function servedRoutes(): string[] {
  type Layer = { route?: { path: string; methods: Record<string, boolean> }; handle?: { stack?: Layer[] } };
  const routes: string[] = [];
  const visit = (stack: Layer[]) => {
    for (const layer of stack) {
      if (layer.route) for (const method of Object.keys(layer.route.methods)) routes.push(`${method} ${layer.route.path}`);
      if (layer.handle?.stack) visit(layer.handle.stack);
    }
  };
  visit((system.app as unknown as { router: { stack: Layer[] } }).router.stack);
  return routes;
}

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
    const served = servedRoutes()
      .filter((r) => !r.endsWith('/api/openapi.json') && !r.endsWith('/api/health'))
      .flatMap((r) => (r.endsWith('/needs/:id/:action') ? CASE_ACTION_NAMES.map((a) => `post /needs/:id/${a}`) : [r]))
      .map((r) => r.replace(' /', ' /api/'));
    expect(served.length).toBeGreaterThan(15);
    for (const route of served) expect(documented).toContain(route);
    expect(doc.components.schemas.PassportCreate).toBeDefined();
    expect(doc.components.schemas.Need.properties.status.enum).toContain('WAITING_INFO');
  });
});
