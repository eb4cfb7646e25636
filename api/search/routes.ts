import type { Router } from 'express';
import { guardedRouter } from '../access/guardedRouter';
import { z } from '../../shared/schemas/zod';
import { searchText } from '../../shared/schemas/zod';
import { audit } from '../audit/auditLog';
import type { ApiContext } from '../context';
import { actorOf } from '../http/actor';
import { unprocessable } from '../http/errors';
import { parseQuery } from '../http/validate';
import { ERROR_RESPONSES, describeRoute } from '../openapi/registry';
import { globalSearch } from './service';

const searchQuery = z.object({ q: searchText(100) });
const resultSchema = z
  .object({
    kind: z.enum(['snils', 'caseNumber', 'surname']),
    families: z.array(z.object({ id: z.uuid(), address: z.string(), members: z.array(z.string()) })),
    persons: z.array(z.object({ id: z.uuid(), name: z.string(), birthDate: z.string(), householdId: z.uuid().nullable() })),
    cases: z.array(z.object({ id: z.uuid(), number: z.string(), status: z.string(), measure: z.string(), person: z.string() })),
  })
  .openapi('GlobalSearchResult');

describeRoute({
  method: 'get',
  path: '/api/search',
  summary: 'The app bar search: a SNILS in any spelling, a case number or a surname; families, people and cases within scope',
  request: { query: searchQuery },
  responses: {
    200: { description: 'Results grouped', content: { 'application/json': { schema: resultSchema } } },
    422: { ...ERROR_RESPONSES[422], description: 'Fewer than two characters to search for' },
  },
});

export function createSearchRouter(ctx: ApiContext): Router {
  const router = guardedRouter();
  router.get('/search', async (req, res) => {
    const { q } = parseQuery(searchQuery, req.query);
    if (!q || q.trim().length < 2) throw unprocessable({ q: 'Введите не меньше двух символов' });
    const result = await globalSearch(ctx.prisma, actorOf(req), q);
    // Audited as a search: what was looked for (kind only: a SNILS or a surname is personal data) and how much was shown.
    await audit(ctx.prisma, req, {
      action: 'SEARCH',
      entity: 'GlobalSearch',
      changes: { kind: result.kind, families: result.families.length, persons: result.persons.length, cases: result.cases.length },
    });
    res.json(result);
  });
  return router;
}
