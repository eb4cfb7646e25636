import type { Router } from 'express';
import { duplicateQuerySchema, likelyDuplicateSchema, mergePairSchema, personMergeSchema } from '../../shared/schemas/register';
import { z } from '../../shared/schemas/zod';
import { guardedRouter } from '../access/guardedRouter';
import { audit } from '../audit/auditLog';
import type { ApiContext } from '../context';
import { actorOf } from '../http/actor';
import { parseBody, parseQuery } from '../http/validate';
import { describeRoute } from '../openapi/registry';
import { householdChanged } from '../poverty/reassess';
import { likelyDuplicates } from './duplicates';
import { createMergeService, mergeScope } from './merge';

const json = (schema: z.ZodType) => ({ content: { 'application/json': { schema } } });
const side = z.looseObject({ id: z.uuid(), lastName: z.string(), firstName: z.string(), mergedIntoId: z.uuid().nullable() });
const pairView = z.object({ survivor: side, merged: side }).openapi('MergePair');

describeRoute({
  method: 'get',
  path: '/api/duplicates',
  summary: 'Likely duplicates of a person as typed: same birth date and a similar name (ё/е, typos; pg_trgm), or a namesake; scored 0..100',
  request: { query: duplicateQuerySchema },
  responses: { 200: { description: 'Candidates, best first', ...json(z.array(likelyDuplicateSchema)) } },
});
describeRoute({
  method: 'get',
  path: '/api/person-merges/preview',
  summary: 'Two persons side by side before a merge',
  request: { query: mergePairSchema },
  responses: { 200: { description: 'Both persons', ...json(pairView) } },
});
describeRoute({
  method: 'post',
  path: '/api/person-merges',
  summary: 'Merge a duplicate into the surviving person, field by field; the duplicate stays as a tombstone',
  request: { body: json(personMergeSchema) },
  responses: { 200: { description: 'Both persons after the merge', ...json(pairView) } },
});

export function createRegisterRouter(ctx: ApiContext): Router {
  const router = guardedRouter();
  const merges = createMergeService(ctx.prisma);

  router.get('/duplicates', async (req, res) => {
    const query = parseQuery(duplicateQuerySchema, req.query);
    const actor = actorOf(req);
    const confinedTo = actor.role === 'OPERATOR' ? (actor.municipalityId ?? '') : undefined;
    const found = await likelyDuplicates(ctx.prisma, query, confinedTo);
    await audit(ctx.prisma, req, {
      action: 'SEARCH',
      entity: 'Person',
      changes: { duplicatesOf: query.excludePersonId ?? null, found: found.map((d) => d.id) },
    });
    res.json(found);
  });
  router.get('/person-merges/preview', async (req, res) => {
    const { survivorId, mergedId } = parseQuery(mergePairSchema, req.query);
    const pair = await merges.preview(actorOf(req), survivorId, mergedId);
    await audit(ctx.prisma, req, { action: 'READ', entity: 'Person', entityId: survivorId, changes: { mergePreviewWith: mergedId } });
    res.json(pair);
  });
  router.post('/person-merges', async (req, res) => {
    const input = parseBody(personMergeSchema, req.body);
    const result = await merges.merge(actorOf(req), input);
    await audit(ctx.prisma, req, {
      action: 'MERGE',
      entity: 'Person',
      entityId: input.survivorId,
      changes: { mergedId: input.mergedId, take: input.take, ...result.audit },
    });
    for (const household of result.households) await householdChanged(ctx.temporal, ctx.logger, household);
    res.json(result.after);
  });
  return router;
}

export { mergeScope };
