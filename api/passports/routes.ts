import type { Router } from 'express';
import { guardedRouter } from '../access/guardedRouter';
import {
  passportCreateSchema,
  passportFilterSchema,
  personCreateSchema,
  personUpdateSchema,
  relationCreateSchema,
} from '../../shared/schemas/passport';
import { passportSchema, personSchema, relationSchema } from '../../shared/schemas/views';
import { z } from '../../shared/schemas/zod';
import { audit, diff } from '../audit/auditLog';
import { withWorkingDaysLeft } from '../http/workingDaysLeft';
import type { ApiContext } from '../context';
import { actorOf } from '../http/actor';
import { listQuerySchema, pageOf, parseId, setContentRange } from '../http/listParams';
import { parseBody, parseQuery } from '../http/validate';
import { describeRoute } from '../openapi/registry';
import { householdChanged } from '../poverty/reassess';
import { householdCategoriesUpdateSchema } from '../../shared/schemas/socialCategories';
import { PASSPORT_SORT_FIELDS, searchHouseholds } from './search';
import { createPassportService } from './service';

const listQuery = listQuerySchema(passportFilterSchema, PASSPORT_SORT_FIELDS);
const idParams = z.object({ id: z.uuid() });
const json = (schema: z.ZodType) => ({ content: { 'application/json': { schema } } });
const answer = (description: string, schema: z.ZodType, status = 200) => ({ [status]: { description, ...json(schema) } });

describeRoute({
  method: 'get',
  path: '/api/passports',
  summary: 'Find passports (name, SNILS, birth date; ё/е tolerant)',
  request: { query: listQuery },
  responses: answer('Households with members; Content-Range gives the total', z.array(passportSchema)),
});
describeRoute({
  method: 'post',
  path: '/api/passports',
  summary: 'Register a social passport',
  request: { body: json(passportCreateSchema) },
  responses: answer('The passport', passportSchema, 201),
});
describeRoute({
  method: 'get',
  path: '/api/passports/{id}',
  request: { params: idParams },
  responses: answer('Household, members, relatives map, needs', passportSchema),
});
describeRoute({
  method: 'post',
  path: '/api/passports/{id}/persons',
  summary: 'Add a family member',
  request: { params: idParams, body: json(personCreateSchema) },
  responses: answer('The person', personSchema, 201),
});
describeRoute({
  method: 'put',
  path: '/api/passports/{id}/categories',
  summary: 'Set the household categories (large family, single parent); the household is re-assessed',
  request: { params: idParams, body: json(householdCategoriesUpdateSchema) },
  responses: answer('The passport', passportSchema),
});
describeRoute({ method: 'get', path: '/api/persons/{id}', request: { params: idParams }, responses: answer('The person', personSchema) });
describeRoute({
  method: 'patch',
  path: '/api/persons/{id}',
  request: { params: idParams, body: json(personUpdateSchema) },
  responses: answer('The person', personSchema),
});
describeRoute({
  method: 'post',
  path: '/api/relations',
  summary: 'Link two members (the inverse link is written too)',
  request: { body: json(relationCreateSchema) },
  responses: answer('The link', relationSchema, 201),
});
describeRoute({
  method: 'delete',
  path: '/api/relations/{id}',
  summary: 'Remove a link in both directions',
  request: { params: idParams },
  responses: { 204: { description: 'Removed' } },
});

export function createPassportsRouter(ctx: ApiContext): Router {
  const router = guardedRouter();
  const passports = createPassportService(ctx.prisma);

  router.get('/passports', async (req, res) => {
    const query = parseQuery(listQuery, req.query);
    const page = pageOf(query.range);
    const { ids, total } = await searchHouseholds(ctx.prisma, actorOf(req), query.filter ?? {}, query.sort, page);
    const rows = await Promise.all(ids.map((id) => passports.get(actorOf(req), id)));
    await audit(ctx.prisma, req, { action: 'SEARCH', entity: 'Household', changes: { filter: query.filter ?? {}, found: ids } });
    setContentRange(res, 'passports', page.skip, rows.length, total);
    res.json(rows);
  });
  router.post('/passports', async (req, res) => {
    const passport = await passports.create(actorOf(req), parseBody(passportCreateSchema, req.body));
    await audit(ctx.prisma, req, {
      action: 'CREATE',
      entity: 'Household',
      entityId: passport.id,
      changes: { persons: passport.persons.map((p) => p.id) },
    });
    await householdChanged(ctx.temporal, ctx.logger, passport.id);
    res.status(201).json(passport);
  });
  router.get('/passports/:id', async (req, res) => {
    const passport = await passports.get(actorOf(req), parseId(req.params.id, 'Паспорт'));
    await audit(ctx.prisma, req, { action: 'READ', entity: 'Household', entityId: passport.id });
    const persons = passport.persons.map((person) => ({
      ...person,
      needs: person.needs.map((need) => withWorkingDaysLeft(ctx.calendar, need)),
    }));
    res.json({ ...passport, persons });
  });
  router.post('/passports/:id/persons', async (req, res) => {
    const id = parseId(req.params.id, 'Паспорт');
    await passports.get(actorOf(req), id); // a passport outside the actor's scope is 404 before any validation
    const person = await passports.addPerson(actorOf(req), id, parseBody(personCreateSchema, req.body));
    await audit(ctx.prisma, req, { action: 'CREATE', entity: 'Person', entityId: person.id, changes: { householdId: id } });
    await householdChanged(ctx.temporal, ctx.logger, id);
    res.status(201).json(person);
  });
  router.get('/persons/:id', async (req, res) => {
    const person = await passports.person(actorOf(req), parseId(req.params.id, 'Человек'));
    await audit(ctx.prisma, req, { action: 'READ', entity: 'Person', entityId: person.id });
    res.json(person);
  });
  router.patch('/persons/:id', async (req, res) => {
    const id = parseId(req.params.id, 'Человек');
    await passports.person(actorOf(req), id); // 404 outside the actor's scope, before any validation
    const { before, after } = await passports.updatePerson(actorOf(req), id, parseBody(personUpdateSchema, req.body));
    await audit(ctx.prisma, req, { action: 'UPDATE', entity: 'Person', entityId: id, changes: diff(before, after) });
    await householdChanged(ctx.temporal, ctx.logger, after.householdId);
    res.json(after);
  });
  router.put('/passports/:id/categories', async (req, res) => {
    const id = parseId(req.params.id, 'Паспорт');
    const before = await passports.get(actorOf(req), id);
    const { categories } = parseBody(householdCategoriesUpdateSchema, req.body);
    await ctx.prisma.household.update({ where: { id }, data: { categories } });
    await audit(ctx.prisma, req, {
      action: 'UPDATE',
      entity: 'Household',
      entityId: id,
      changes: diff({ categories: before.categories }, { categories }),
    });
    await householdChanged(ctx.temporal, ctx.logger, id);
    res.json(await passports.get(actorOf(req), id));
  });
  router.post('/relations', async (req, res) => {
    const relation = await passports.link(actorOf(req), parseBody(relationCreateSchema, req.body));
    await audit(ctx.prisma, req, { action: 'CREATE', entity: 'Relation', entityId: relation.id, changes: { ...relation } });
    res.status(201).json(relation);
  });
  router.delete('/relations/:id', async (req, res) => {
    const relation = await passports.unlink(actorOf(req), parseId(req.params.id, 'Связь'));
    await audit(ctx.prisma, req, { action: 'DELETE', entity: 'Relation', entityId: relation.id, changes: { ...relation } });
    res.status(204).end();
  });
  return router;
}
