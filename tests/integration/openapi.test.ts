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
      // Routers are mounted under /api; the app's own routes (/api/ready, /metrics) carry their full path.
      .map((r) => (/ \/(api\/ready|metrics)$/.test(r) ? r : r.replace(' /', ' /api/')));
    expect(served.length).toBeGreaterThan(15);
    for (const route of served) expect(documented).toContain(route);
    expect(doc.components.schemas.PassportCreate).toBeDefined();
    expect(doc.components.schemas.Need.properties.status.enum).toContain('WAITING_INFO');
  });

  it('answers 405 with the methods it takes for every method a known path does not take, and 404 for unknown paths', async () => {
    const doc = (await request(system.app).get('/api/openapi.json')).body;
    const paths = Object.entries(doc.paths as Record<string, Record<string, unknown>>);
    expect(paths.length).toBeGreaterThan(15);
    for (const [template, operations] of paths) {
      const url = template.replace(/\{\w+\}/g, '0b6f4f0e-6a43-4d5e-9f57-1d2f0c6b7a11');
      const taken = Object.keys(operations);
      const other = (['get', 'post', 'put', 'patch', 'delete'] as const).find((m) => !taken.includes(m)) as 'get';
      const res = await request(system.app)[other](url);
      expect({ url, other, status: res.status, code: res.body.error?.code }).toEqual({
        url,
        other,
        status: 405,
        code: 'METHOD_NOT_ALLOWED',
      });
      expect(res.headers.allow.split(', ')).toEqual(expect.arrayContaining(taken.map((m) => m.toUpperCase())));
    }
    const unknown = await request(system.app).delete('/api/nowhere');
    expect(unknown.status).toBe(401); // anonymous callers learn nothing about paths that do not exist
    const signedIn = await system.as((await system.prisma.user.findFirstOrThrow()).id).delete('/api/nowhere');
    expect(signedIn.status).toBe(404);
  });

  it('documents the JSON query parameters, the SNILS rule and the upload limit', async () => {
    const doc = (await request(system.app).get('/api/openapi.json')).body;
    const filter = doc.paths['/api/passports'].get.parameters.find((p: { name: string }) => p.name === 'filter');
    expect(Object.keys(filter.content['application/json'].schema.properties)).toEqual(['q', 'municipalityId', 'snils', 'birthDate']);
    const sort = doc.paths['/api/queue'].get.parameters.find((p: { name: string }) => p.name === 'sort');
    expect(sort.content['application/json'].schema.prefixItems[0].enum).toContain('activeDueAt');
    expect(doc.components.schemas.PassportCreate.properties.persons.items.properties.snils.description).toMatch(/check number/);
    const upload = doc.paths['/api/needs/{id}/documents'].post;
    expect(upload.description).toMatch(/10 MiB/);
    expect(Object.keys(upload.responses)).toEqual(expect.arrayContaining(['413', '415']));
    expect(doc.paths['/api/passports'].post.requestBody.required).toBe(true);
  });
});
