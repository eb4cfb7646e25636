import { Test } from 'supertest';
import type { Response } from 'supertest';
import { createOpenApiValidator } from './openApiValidator';
import type { OpenApiDocument } from './openApiValidator';
import type * as OpenApi from '../../api/openapi/document';

/**
 * Every answer a test receives through supertest is checked against the API's OpenAPI document
 * (jest setupFilesAfterEnv): the test during which an undeclared status or a body that does not
 * match its schema arrived fails with the list of them.
 */
let check: ReturnType<typeof createOpenApiValidator> | undefined;
const violations: string[] = [];

function validator() {
  // Loaded on the first answer only: unit and component tests never pay for the API's modules.
  if (!check) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require('../../api/app'); // registers every route's description
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { openApiDocument } = require('../../api/openapi/document') as typeof OpenApi;
    check = createOpenApiValidator(JSON.parse(JSON.stringify(openApiDocument())) as OpenApiDocument);
  }
  return check;
}

type Assert = (this: Test, error: Error | null, res: Response | undefined, fn: unknown) => void;
const prototype = Test.prototype as unknown as { assert: Assert; method: string; url: string };
const assert = prototype.assert;
prototype.assert = function (this: Test & { method: string; url: string }, error, res, fn) {
  if (res) {
    const problem = validator()({
      method: this.method,
      url: this.url,
      status: res.status,
      contentType: res.headers['content-type'],
      body: res.body,
    });
    if (problem && !violations.includes(problem)) violations.push(problem);
  }
  return assert.call(this, error, res, fn);
};

afterEach(() => {
  const found = violations.splice(0);
  if (found.length) throw new Error(`Answers that do not match the OpenAPI document:\n  ${found.join('\n  ')}`);
});
