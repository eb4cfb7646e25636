import { Router } from 'express';
import {
  passportCreateSchema,
  passportFilterSchema,
  personCreateSchema,
  personUpdateSchema,
  relationCreateSchema,
} from '../../shared/schemas/passport';
import { z } from '../../shared/schemas/zod';
import type { ApiContext } from '../context';
import { actorOf } from '../http/actor';
import { listQuerySchema, pageOf, parseId, setContentRange } from '../http/listParams';
import { parseBody, parseQuery } from '../http/validate';
import { describeRoute } from '../openapi/registry';
import { PASSPORT_SORT_FIELDS, searchHouseholds } from './search';
import { createPassportService } from './service';

const listQuery = listQuerySchema(passportFilterSchema, PASSPORT_SORT_FIELDS);
const idParams = z.object({ id: z.uuid() });
const json = (schema: z.ZodType) => ({ content: { 'application/json': { schema } } });
const done = (description: string, status = 200) => ({ [status]: { description } });

describeRoute({
  method: 'get',
  path: '/api/passports',
  summary: 'Find passports (name, SNILS, birth date; ё/е tolerant)',
  request: { query: listQuery },
  responses: done('Households with members'),
});
describeRoute({
  method: 'post',
  path: '/api/passports',
  summary: 'Register a social passport',
  request: { body: json(passportCreateSchema) },
  responses: done('The passport', 201),
});
describeRoute({
  method: 'get',
  path: '/api/passports/{id}',
  request: { params: idParams },
  responses: done('Household, members, relatives map, needs'),
});
describeRoute({
  method: 'post',
  path: '/api/passports/{id}/persons',
  summary: 'Add a family member',
  request: { params: idParams, body: json(personCreateSchema) },
  responses: done('The person', 201),
});
describeRoute({ method: 'get', path: '/api/persons/{id}', request: { params: idParams }, responses: done('The person') });
describeRoute({
  method: 'patch',
  path: '/api/persons/{id}',
  request: { params: idParams, body: json(personUpdateSchema) },
  responses: done('The person'),
});
describeRoute({
  method: 'post',
  path: '/api/relations',
  summary: 'Link two members (the inverse link is written too)',
  request: { body: json(relationCreateSchema) },
  responses: done('The link', 201),
});
describeRoute({
  method: 'delete',
  path: '/api/relations/{id}',
  summary: 'Remove a link in both directions',
  request: { params: idParams },
  responses: done('Removed', 204),
});

export function createPassportsRouter(ctx: ApiContext): Router {
  const router = Router();
  const passports = createPassportService(ctx.prisma);

  router.get('/passports', async (req, res) => {
    const query = parseQuery(listQuery, req.query);
    const page = pageOf(query.range);
    const { ids, total } = await searchHouseholds(ctx.prisma, query.filter ?? {}, query.sort, page);
    const rows = await Promise.all(ids.map((id) => passports.get(actorOf(req), id)));
    setContentRange(res, 'passports', page.skip, rows.length, total);
    res.json(rows);
  });
  router.post('/passports', async (req, res) => {
    res.status(201).json(await passports.create(actorOf(req), parseBody(passportCreateSchema, req.body)));
  });
  router.get('/passports/:id', async (req, res) => {
    res.json(await passports.get(actorOf(req), parseId(req.params.id, 'Паспорт')));
  });
  router.post('/passports/:id/persons', async (req, res) => {
    const id = parseId(req.params.id, 'Паспорт');
    res.status(201).json(await passports.addPerson(actorOf(req), id, parseBody(personCreateSchema, req.body)));
  });
  router.get('/persons/:id', async (req, res) => {
    res.json(await passports.person(actorOf(req), parseId(req.params.id, 'Человек')));
  });
  router.patch('/persons/:id', async (req, res) => {
    const id = parseId(req.params.id, 'Человек');
    res.json(await passports.updatePerson(actorOf(req), id, parseBody(personUpdateSchema, req.body)));
  });
  router.post('/relations', async (req, res) => {
    res.status(201).json(await passports.link(actorOf(req), parseBody(relationCreateSchema, req.body)));
  });
  router.delete('/relations/:id', async (req, res) => {
    await passports.unlink(actorOf(req), parseId(req.params.id, 'Связь'));
    res.status(204).end();
  });
  return router;
}
