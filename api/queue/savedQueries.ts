import type { Router } from 'express';
import type { Prisma } from '../../prisma/client';
import type { Actor } from '../../shared/needCase';
import { savedQueryCreateSchema, savedQuerySchema } from '../../shared/schemas/workspacePreferences';
import type { savedQueryValueSchema } from '../../shared/schemas/workspacePreferences';
import { z } from '../../shared/schemas/zod';
import { savedQueryScope } from '../access/scopes';
import { audit } from '../audit/auditLog';
import type { ApiContext } from '../context';
import { actorOf } from '../http/actor';
import { HttpError, notFound, unprocessable } from '../http/errors';
import { parseBody } from '../http/validate';
import { describeRoute } from '../openapi/registry';

/** Enough for every view a team keeps; a list that long is a sign of saving by mistake. */
const MAX_PER_AUTHOR = 50;

const json = (schema: z.ZodType) => ({ content: { 'application/json': { schema } } });
const idParam = z.object({ id: z.uuid() });

describeRoute({
  method: 'get',
  path: '/api/queue/saved-queries',
  summary: "The queue's saved queries the signed-in user may apply: their own and those shared with their organisation",
  responses: { 200: { description: 'Saved queries, by label', ...json(z.array(savedQuerySchema)) } },
});
describeRoute({
  method: 'post',
  path: '/api/queue/saved-queries',
  summary: 'Saves the current filters of the queue, privately or shared with the organisation',
  request: { body: json(savedQueryCreateSchema) },
  responses: { 201: { description: 'Saved', ...json(savedQuerySchema) } },
});
describeRoute({
  method: 'delete',
  path: '/api/queue/saved-queries/{id}',
  summary: 'Deletes a saved query; only its author may',
  request: { params: idParam },
  responses: { 204: { description: 'Deleted' } },
});

type Row = Prisma.SavedQueryGetPayload<object> & { author: { id: string; fullName: string } };
type Value = z.infer<typeof savedQueryValueSchema>;

const viewOf = (row: Row, actor: Actor) => ({
  id: row.id,
  label: row.label,
  shared: row.shared,
  value: row.value as Value,
  author: row.author,
  mine: row.authorId === actor.userId,
  createdAt: row.createdAt.toISOString(),
});

/** Saved queries have an author but no relation in the schema: the authors are read in one query beside them. */
async function withAuthors(ctx: ApiContext, rows: Prisma.SavedQueryGetPayload<object>[]): Promise<Row[]> {
  const users = await ctx.prisma.user.findMany({
    where: { id: { in: [...new Set(rows.map((r) => r.authorId))] } },
    select: { id: true, fullName: true },
  });
  const byId = new Map(users.map((u) => [u.id, u]));
  return rows.map((r) => ({ ...r, author: byId.get(r.authorId) ?? { id: r.authorId, fullName: '' } }));
}

export function mountSavedQueryRoutes(router: Router, ctx: ApiContext): void {
  router.get('/queue/saved-queries', async (req, res) => {
    const actor = actorOf(req);
    const rows = await ctx.prisma.savedQuery.findMany({ where: savedQueryScope(actor), orderBy: [{ label: 'asc' }, { createdAt: 'asc' }] });
    res.json((await withAuthors(ctx, rows)).map((r) => viewOf(r, actor)));
  });

  router.post('/queue/saved-queries', async (req, res) => {
    const actor = actorOf(req);
    const body = parseBody(savedQueryCreateSchema, req.body);
    if (body.shared && !actor.organisationId) {
      throw unprocessable({ shared: 'Поделиться можно только с организацией, а вы в ней не состоите' });
    }
    if ((await ctx.prisma.savedQuery.count({ where: { authorId: actor.userId } })) >= MAX_PER_AUTHOR) {
      throw unprocessable({ label: `Сохранено уже ${MAX_PER_AUTHOR} запросов: удалите ненужные` });
    }
    const row = await ctx.prisma.savedQuery.create({
      data: {
        authorId: actor.userId,
        organisationId: actor.organisationId,
        label: body.label,
        shared: body.shared,
        value: body.value as Prisma.InputJsonObject,
      },
    });
    await audit(ctx.prisma, req, {
      action: 'CREATE',
      entity: 'SavedQuery',
      entityId: row.id,
      changes: { label: body.label, shared: body.shared },
    });
    res.status(201).json(viewOf((await withAuthors(ctx, [row]))[0], actor));
  });

  router.delete('/queue/saved-queries/:id', async (req, res) => {
    const actor = actorOf(req);
    const id = z.uuid().safeParse(req.params.id);
    const row = id.success ? await ctx.prisma.savedQuery.findFirst({ where: { AND: [{ id: id.data }, savedQueryScope(actor)] } }) : null;
    if (!row) throw notFound('Сохранённый запрос');
    if (row.authorId !== actor.userId) throw new HttpError(403, 'FORBIDDEN', 'Удалить запрос может только его автор');
    await ctx.prisma.savedQuery.delete({ where: { id: row.id } });
    await audit(ctx.prisma, req, { action: 'DELETE', entity: 'SavedQuery', entityId: row.id, changes: { label: row.label } });
    res.status(204).end();
  });
}
