import type { Router } from 'express';
import { importBatchSchema, importDryRunSchema, importRowFilterSchema, importRowSchema } from '../../shared/schemas/imports';
import { errorBodySchema, z } from '../../shared/schemas/zod';
import type { ImportCommand } from '../../workflows/importBatch';
import { guardedRouter } from '../access/guardedRouter';
import { audit } from '../audit/auditLog';
import type { ApiContext } from '../context';
import { actorOf } from '../http/actor';
import { notFound } from '../http/errors';
import { listQuerySchema, pageOf, parseId, setContentRange } from '../http/listParams';
import { tabularUpload } from '../http/tabularUpload';
import { parseQuery } from '../http/validate';
import { ERROR_RESPONSES, describeRoute } from '../openapi/registry';
import { createImportService } from './service';
import { templateCsv, templateXlsx } from './template';

const json = (schema: z.ZodType) => ({ content: { 'application/json': { schema } } });
const idParams = z.object({ id: z.uuid() });
const listQuery = listQuerySchema(z.object({}), ['createdAt']);
const rowsQuery = listQuerySchema(importRowFilterSchema, ['rowNumber']);
const COMMANDS: Record<string, ImportCommand | 'START'> = { start: 'START', pause: 'PAUSE', resume: 'RESUME' };
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const binary = (type: string) => ({ content: { [type]: { schema: z.string().openapi({ format: 'binary' }) } } });

describeRoute({
  method: 'get',
  path: '/api/imports/template.csv',
  summary: 'The import template as CSV (UTF-8, semicolons): one row per person, the columns documented in the XLSX',
  responses: { 200: { description: 'The template', ...binary('text/csv') } },
});
describeRoute({
  method: 'get',
  path: '/api/imports/template.xlsx',
  summary: 'The import template as XLSX, with a sheet explaining every column',
  responses: { 200: { description: 'The template', ...binary(XLSX) } },
});
describeRoute({
  method: 'post',
  path: '/api/imports',
  summary: 'Upload a CSV or XLSX file of households: read, checked row by row and kept as a batch (the same file again finds its batch)',
  request: { body: { content: { 'multipart/form-data': { schema: z.object({ file: z.string().openapi({ format: 'binary' }) }) } } } },
  responses: {
    201: { description: 'The batch with its counts of valid and bad rows', ...json(importBatchSchema) },
    200: { description: 'This file was uploaded before: its batch (repeated: true), nothing added', ...json(importBatchSchema) },
    413: { description: 'File larger than 64 MiB', ...json(errorBodySchema) },
    422: { description: 'Not a readable CSV/XLSX, columns of the template missing, or no rows', ...json(errorBodySchema) },
  },
});
describeRoute({
  method: 'get',
  path: '/api/imports',
  summary: 'Uploaded batches, newest first',
  request: { query: listQuery },
  responses: { 200: { description: 'Batches; Content-Range gives the total', ...json(z.array(importBatchSchema)) } },
});
describeRoute({
  method: 'get',
  path: '/api/imports/{id}',
  summary: 'A batch and its progress',
  request: { params: idParams },
  responses: { 200: { description: 'The batch', ...json(importBatchSchema) } },
});
describeRoute({
  method: 'get',
  path: '/api/imports/{id}/rows',
  summary: 'The rows of a batch: the validation report per row and field (filter errors=true), outcomes and likely duplicates',
  request: { params: idParams, query: rowsQuery },
  responses: { 200: { description: 'Rows; Content-Range gives the total', ...json(z.array(importRowSchema)) } },
});
describeRoute({
  method: 'get',
  path: '/api/imports/{id}/dry-run',
  summary: 'What the import would do now, writing nothing: families and persons to create, SNILS to link',
  request: { params: idParams },
  responses: { 200: { description: 'Counts', ...json(importDryRunSchema) } },
});
describeRoute({
  method: 'post',
  path: '/api/imports/{id}/{command}',
  summary: 'Start the import workflow (a second start adds nothing), pause or resume it (between chunks)',
  request: { params: z.object({ id: z.uuid(), command: z.enum(['start', 'pause', 'resume']) }) },
  responses: {
    200: { description: 'The batch with its new status', ...json(importBatchSchema) },
    503: { ...ERROR_RESPONSES[503], headers: { 'Retry-After': { schema: { type: 'integer' as const } } } },
  },
});

export function createImportsRouter(ctx: ApiContext): Router {
  const router = guardedRouter();
  const imports = createImportService(ctx);
  const upload = tabularUpload(2);

  router.get('/imports/template.csv', (_req, res) => {
    res.attachment('shablon-importa.csv').type('text/csv; charset=utf-8').send(templateCsv());
  });
  router.get('/imports/template.xlsx', async (_req, res) => {
    res
      .attachment('shablon-importa.xlsx')
      .type(XLSX)
      .send(await templateXlsx());
  });
  router.post('/imports', upload.single('file'), async (req, res) => {
    const batch = await imports.upload(actorOf(req), req.file);
    await audit(ctx.prisma, req, {
      action: 'IMPORT',
      entity: 'ImportBatch',
      entityId: batch.id,
      changes: { step: 'UPLOAD', rows: batch.totalRows, errorRows: batch.errorRows, repeated: batch.repeated },
    });
    res.status(batch.repeated ? 200 : 201).json(batch);
  });
  router.get('/imports', async (req, res) => {
    const { skip, take } = pageOf(parseQuery(listQuery, req.query).range);
    const { items, total } = await imports.list(actorOf(req), skip, take);
    setContentRange(res, 'imports', skip, items.length, total);
    res.json(items);
  });
  router.get('/imports/:id', async (req, res) => {
    res.json(await imports.view(actorOf(req), parseId(req.params.id, 'Загрузка')));
  });
  router.get('/imports/:id/rows', async (req, res) => {
    const id = parseId(req.params.id, 'Загрузка');
    const query = parseQuery(rowsQuery, req.query);
    const { skip, take } = pageOf(query.range);
    const { items, total } = await imports.rows(actorOf(req), id, query.filter ?? {}, skip, take);
    setContentRange(res, 'rows', skip, items.length, total);
    res.json(items);
  });
  router.get('/imports/:id/dry-run', async (req, res) => {
    res.json(await imports.dryRun(actorOf(req), parseId(req.params.id, 'Загрузка')));
  });
  router.post('/imports/:id/:command', async (req, res) => {
    const command = COMMANDS[String(req.params.command)];
    if (!command) throw notFound('Действие');
    const id = parseId(req.params.id, 'Загрузка');
    const batch = command === 'START' ? await imports.start(actorOf(req), id) : await imports.control(actorOf(req), id, command);
    await audit(ctx.prisma, req, { action: 'IMPORT', entity: 'ImportBatch', entityId: id, changes: { step: command } });
    res.json(batch);
  });
  return router;
}
