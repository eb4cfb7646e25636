import '../../api/app';
import { openApiDocument } from '../../api/openapi/document';
import { createOpenApiValidator } from '../support/openApiValidator';
import type { OpenApiDocument } from '../support/openApiValidator';

const check = createOpenApiValidator(JSON.parse(JSON.stringify(openApiDocument())) as OpenApiDocument);
const needId = '0b6f4f0e-6a43-4d5e-9f57-1d2f0c6b7a11';
const json = 'application/json; charset=utf-8';
const relation = { id: needId, fromPersonId: needId, toPersonId: needId, kind: 'SPOUSE' };

describe('checking answers against the OpenAPI document', () => {
  it('accepts an answer that matches the schema of its operation and status', () => {
    expect(check({ method: 'POST', url: '/api/relations', status: 201, contentType: json, body: relation })).toBeNull();
    expect(
      check({
        method: 'GET',
        url: `/api/needs/${needId}`,
        status: 404,
        contentType: json,
        body: { error: { code: 'NOT_FOUND', message: 'нет' } },
      }),
    ).toBeNull();
  });

  it('names a body that does not match, a status the operation does not declare, and an undocumented success', () => {
    expect(check({ method: 'POST', url: '/api/relations', status: 201, contentType: json, body: { ...relation, kind: 'COUSIN' } })).toMatch(
      /POST \/api\/relations → 201: .*kind/,
    );
    expect(check({ method: 'GET', url: '/api/organisations', status: 201, contentType: json, body: [] })).toMatch(/status not declared/);
    expect(check({ method: 'GET', url: '/api/nowhere', status: 200, contentType: json, body: {} })).toMatch(/not in the document/);
    expect(check({ method: 'GET', url: '/api/nowhere', status: 404, contentType: json, body: { message: 'x' } })).toMatch(/error/);
  });

  it('resolves templated paths, preferring literal ones', () => {
    const claimed = check({ method: 'POST', url: `/api/needs/${needId}/claim`, status: 200, contentType: json, body: {} });
    expect(claimed).toMatch(/POST \/api\/needs\/[^ ]+\/claim → 200: body must have required property/);
  });
});
