import type { Router } from 'express';
import { guardedRouter } from '../access/guardedRouter';
import { SUPPORT_KINDS, USER_ROLES } from '../../shared/domain';
import { organisationSchema, municipalitySchema, supportMeasureSchema, userSummarySchema } from '../../shared/schemas/catalog';
import { searchText, uuidSchema, z } from '../../shared/schemas/zod';
import type { ApiContext } from '../context';
import { listQuerySchema, pageOf, parseId, setContentRange } from '../http/listParams';
import { parseBody, parseQuery } from '../http/validate';
import { audit, diff } from '../audit/auditLog';
import { createUserAdmin, userCreateSchema, userUpdateSchema } from './users';
import { describeRoute } from '../openapi/registry';
import { createCatalogService } from './service';
import { addWorkingDays } from '../../shared/calendar/workingDays';

const measureFilter = z.object({
  kind: z.enum(SUPPORT_KINDS).optional(),
  organisationId: uuidSchema.optional(),
  q: searchText(100),
  // Admins list the measures taken out of use too (issue 13).
  includeInactive: z.boolean().optional(),
});
const userFilter = z.object({
  organisationId: uuidSchema.optional(),
  role: z.enum(USER_ROLES).optional(),
  /** Part of the login or the name, any case (the admin's user search). */
  q: searchText(100),
  municipalityId: uuidSchema.optional(),
  active: z.boolean().optional(),
  // react-admin asks for the users a page refers to (getMany) with a list of ids.
  id: z.array(uuidSchema).max(100).optional(),
});
const measureQuery = listQuerySchema(measureFilter, ['name', 'code', 'kind']);
const userQuery = listQuerySchema(userFilter, ['fullName', 'username', 'role']);
const ok = (description: string, schema: z.ZodType) => ({ 200: { description, content: { 'application/json': { schema } } } });

describeRoute({
  method: 'get',
  path: '/api/organisations',
  summary: 'Executive bodies',
  responses: ok('Organisations', z.array(organisationSchema)),
});
describeRoute({
  method: 'get',
  path: '/api/municipalities',
  summary: 'Municipalities of the region',
  responses: ok('Municipalities', z.array(municipalitySchema)),
});
describeRoute({
  method: 'get',
  path: '/api/support-measures',
  summary: 'The catalog of support measures',
  request: { query: measureQuery },
  responses: ok('Measures', z.array(supportMeasureSchema)),
});
describeRoute({
  method: 'get',
  path: '/api/support-measures/{id}',
  request: { params: z.object({ id: z.uuid() }) },
  responses: ok('Measure', supportMeasureSchema),
});
describeRoute({
  method: 'get',
  path: '/api/users',
  summary: 'Staff directory',
  request: { query: userQuery },
  responses: ok('Users', z.array(userSummarySchema)),
});

describeRoute({
  method: 'get',
  path: '/api/users/{id}',
  summary: 'One account (admins)',
  request: { params: z.object({ id: uuidSchema }) },
  responses: ok('The account', userSummarySchema),
});

describeRoute({
  method: 'post',
  path: '/api/users',
  summary: 'Create an account (admins)',
  request: { body: { content: { 'application/json': { schema: userCreateSchema } } } },
  responses: { 201: ok('The account', userSummarySchema)[200] },
});
describeRoute({
  method: 'patch',
  path: '/api/users/{id}',
  summary: 'Change an account, its role, placement or password (admins)',
  request: { params: z.object({ id: z.uuid() }), body: { content: { 'application/json': { schema: userUpdateSchema } } } },
  responses: ok('The account', userSummarySchema),
});

export function createCatalogRouter(ctx: ApiContext): Router {
  const router = guardedRouter();
  const catalog = createCatalogService(ctx.prisma);
  const users = createUserAdmin(ctx.prisma);

  router.post('/users', async (req, res) => {
    const user = await users.create(parseBody(userCreateSchema, req.body));
    await audit(ctx.prisma, req, { action: 'CREATE', entity: 'User', entityId: user.id, changes: { ...user } });
    res.status(201).json(user);
  });
  router.get('/users/:id', async (req, res) => {
    res.json(await users.get(parseId(req.params.id, 'Пользователь')));
  });
  router.patch('/users/:id', async (req, res) => {
    const { before, after, passwordChanged } = await users.update(
      parseId(req.params.id, 'Пользователь'),
      parseBody(userUpdateSchema, req.body),
    );
    await audit(ctx.prisma, req, {
      action: 'UPDATE',
      entity: 'User',
      entityId: after.id,
      changes: { ...diff(before, after), ...(passwordChanged ? { password: '***' } : {}) },
    });
    res.json(after);
  });

  router.get('/organisations', async (_req, res) => {
    const rows = await catalog.organisations();
    setContentRange(res, 'organisations', 0, rows.length, rows.length);
    res.json(rows);
  });
  router.get('/municipalities', async (_req, res) => {
    const rows = await catalog.municipalities();
    setContentRange(res, 'municipalities', 0, rows.length, rows.length);
    res.json(rows);
  });
  router.get('/support-measures', async (req, res) => {
    const query = parseQuery(measureQuery, req.query);
    const page = pageOf(query.range, 100);
    const { rows, total } = await catalog.measures(query.filter ?? {}, query.sort, page);
    setContentRange(res, 'support-measures', page.skip, rows.length, total);
    // When a need registered now would have to be accepted and resolved: shown to the operator choosing the measure.
    const now = new Date();
    res.json(
      rows.map((m) => ({
        ...m,
        acceptDueAtIfRegisteredNow: addWorkingDays(ctx.calendar, now, m.acceptWorkingDays).toISOString(),
        resolveDueAtIfRegisteredNow: addWorkingDays(ctx.calendar, now, m.resolveWorkingDays).toISOString(),
      })),
    );
  });
  router.get('/support-measures/:id', async (req, res) => {
    res.json(await catalog.measure(parseId(req.params.id, 'Мера поддержки')));
  });
  router.get('/users', async (req, res) => {
    const query = parseQuery(userQuery, req.query);
    const page = pageOf(query.range, 100);
    const { rows, total } = await catalog.users(query.filter ?? {}, query.sort, page);
    setContentRange(res, 'users', page.skip, rows.length, total);
    res.json(rows);
  });
  return router;
}
