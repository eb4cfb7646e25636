import type { Router } from 'express';
import ExcelJS from 'exceljs';
import {
  dashboardSchema,
  dashboardViewSchema,
  indicatorCreateSchema,
  indicatorFilterSchema,
  indicatorSchema,
  indicatorSeriesSchema,
  indicatorTargetsSchema,
  indicatorUpdateSchema,
  indicatorValuesQuerySchema,
  storedValueSchema,
  systemKeyCreatedSchema,
  systemKeyCreateSchema,
  systemKeySchema,
} from '../../shared/schemas/indicators';
import { PERIOD_KEY_PATTERNS } from '../../shared/indicators/catalog';
import { z } from '../../shared/schemas/zod';
import { guardedRouter } from '../access/guardedRouter';
import { audit, diff } from '../audit/auditLog';
import type { ApiContext } from '../context';
import { actorOf } from '../http/actor';
import { HttpError } from '../http/errors';
import { listQuerySchema, pageOf, parseId, setContentRange } from '../http/listParams';
import { parseBody, parseQuery } from '../http/validate';
import { describeRoute, ERROR_RESPONSES } from '../openapi/registry';
import { createIndicatorCatalog } from './catalogService';
import { readDashboard, saveDashboard } from './dashboard';
import { createSystemKeys } from './systemKeys';
import { indicatorValues } from './values';
import { storedValues } from './storedValues';
import { seriesWorkbook } from './exportXlsx';

const listQuery = listQuerySchema(indicatorFilterSchema, ['code']);
const storedQuery = listQuerySchema(z.object({}).strict(), ['period']);
const idParams = z.object({ id: z.uuid() });
const json = (schema: z.ZodType) => ({ content: { 'application/json': { schema } } });
const WHAT = 'Показатель';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describeRoute({
  method: 'get',
  path: '/api/indicators',
  summary: 'The indicator catalog, built-in and custom (react-admin list: filter by source, active, q)',
  request: { query: listQuery },
  responses: { 200: { description: 'Indicators', ...json(z.array(indicatorSchema)) } },
});
describeRoute({
  method: 'get',
  path: '/api/indicators/{id}',
  request: { params: idParams },
  responses: { 200: { description: 'One indicator', ...json(indicatorSchema) } },
});
describeRoute({
  method: 'post',
  path: '/api/indicators',
  summary: 'Add a custom indicator (values loaded from files or pushed by external systems; audited)',
  request: { body: json(indicatorCreateSchema) },
  responses: { 201: { description: 'The indicator', ...json(indicatorSchema) } },
});
describeRoute({
  method: 'put',
  path: '/api/indicators/{id}',
  summary: 'Change an indicator’s name, unit, periodicity, cuts, direction, base value (audited before/after)',
  request: { params: idParams, body: json(indicatorUpdateSchema) },
  responses: { 200: { description: 'The indicator', ...json(indicatorSchema) } },
});
describeRoute({
  method: 'get',
  path: '/api/indicators/{id}/values',
  summary: 'An indicator’s values by period (Samara dates from..to) and cut within the caller’s scope, with plan and verdict',
  request: { params: idParams, query: indicatorValuesQuerySchema },
  responses: { 200: { description: 'Points, oldest period first', ...json(indicatorSeriesSchema) } },
});
describeRoute({
  method: 'get',
  path: '/api/indicators/{id}/stored-values',
  summary: 'The stored values of a custom indicator within the caller’s territories, with provenance (file, SHA-256, row, who, when)',
  request: { params: idParams, query: storedQuery },
  responses: { 200: { description: 'Values, newest period first', ...json(z.array(storedValueSchema)) } },
});
describeRoute({
  method: 'get',
  path: '/api/indicators/{id}/export',
  summary: 'The same values as an XLSX workbook, with the filters written into it (audited as an export)',
  request: { params: idParams, query: indicatorValuesQuerySchema },
  responses: { 200: { description: 'The workbook', content: { [XLSX]: { schema: z.string().openapi({ format: 'binary' }) } } } },
});
describeRoute({
  method: 'get',
  path: '/api/indicators/{id}/targets',
  request: { params: idParams },
  responses: { 200: { description: 'Base value and year, plan values per period and territory', ...json(indicatorTargetsSchema) } },
});
describeRoute({
  method: 'put',
  path: '/api/indicators/{id}/targets',
  summary: 'Replace the base value and the plan values (per period and territory; null territory is the region; audited)',
  request: { params: idParams, body: json(indicatorTargetsSchema) },
  responses: { 200: { description: 'The targets', ...json(indicatorTargetsSchema) } },
});
describeRoute({
  method: 'get',
  path: '/api/indicators/{id}/template',
  summary: 'An XLSX template for loading the values of a custom indicator',
  request: { params: idParams },
  responses: {
    200: { description: 'The template', content: { [XLSX]: { schema: z.string().openapi({ format: 'binary' }) } } },
    409: ERROR_RESPONSES[409],
  },
});
describeRoute({
  method: 'get',
  path: '/api/system-keys',
  summary: 'External systems’ keys for pushing indicator values (never the keys themselves)',
  responses: { 200: { description: 'Keys', ...json(z.array(systemKeySchema)) } },
});
describeRoute({
  method: 'post',
  path: '/api/system-keys',
  summary: 'Create a key for an external system; the key is shown in this answer only',
  request: { body: json(systemKeyCreateSchema) },
  responses: { 201: { description: 'The key', ...json(systemKeyCreatedSchema) } },
});
describeRoute({
  method: 'delete',
  path: '/api/system-keys/{id}',
  summary: 'Revoke a key',
  request: { params: idParams },
  responses: { 200: { description: 'The revoked key', ...json(systemKeySchema) } },
});
describeRoute({
  method: 'get',
  path: '/api/dashboard',
  summary: 'The caller’s home page: widgets chosen from the catalog (the role’s defaults until saved)',
  responses: { 200: { description: 'Widgets in order', ...json(dashboardViewSchema) } },
});
describeRoute({
  method: 'put',
  path: '/api/dashboard',
  summary: 'Save the caller’s home page widgets',
  request: { body: json(dashboardSchema) },
  responses: { 200: { description: 'Widgets in order', ...json(dashboardViewSchema) } },
});

/** The indicator catalog, values with targets, system keys and the home page. */
export function createIndicatorsRouter(ctx: ApiContext): Router {
  const router = guardedRouter();
  const catalog = createIndicatorCatalog(ctx.prisma);
  const keys = createSystemKeys(ctx.prisma);

  router.get('/indicators', async (req, res) => {
    const query = parseQuery(listQuery, req.query);
    const page = pageOf(query.range, 100);
    const { rows, total } = await catalog.list(query.filter ?? { q: undefined }, page);
    setContentRange(res, 'indicators', page.skip, rows.length, total);
    res.json(rows);
  });
  router.get('/indicators/:id', async (req, res) => {
    res.json(await catalog.get(parseId(req.params.id, WHAT)));
  });
  router.post('/indicators', async (req, res) => {
    const row = await catalog.create(parseBody(indicatorCreateSchema, req.body));
    await audit(ctx.prisma, req, { action: 'CREATE', entity: 'Indicator', entityId: row.id, changes: diff({}, row) });
    res.status(201).json(row);
  });
  router.put('/indicators/:id', async (req, res) => {
    const id = parseId(req.params.id, WHAT);
    const { before, after } = await catalog.update(id, parseBody(indicatorUpdateSchema, req.body));
    await audit(ctx.prisma, req, { action: 'UPDATE', entity: 'Indicator', entityId: id, changes: diff(before, after) });
    res.json(after);
  });
  router.get('/indicators/:id/values', async (req, res) => {
    const indicator = await catalog.get(parseId(req.params.id, WHAT));
    res.json(await indicatorValues(ctx.prisma, actorOf(req), indicator, parseQuery(indicatorValuesQuerySchema, req.query)));
  });
  router.get('/indicators/:id/stored-values', async (req, res) => {
    const indicator = await catalog.get(parseId(req.params.id, WHAT));
    const page = pageOf(parseQuery(storedQuery, req.query).range, 100);
    const { values, total } = await storedValues(ctx.prisma, actorOf(req), indicator.id, page);
    setContentRange(res, 'stored-values', page.skip, values.length, total);
    res.json(values);
  });

  router.get('/indicators/:id/export', async (req, res) => {
    const indicator = await catalog.get(parseId(req.params.id, WHAT));
    const query = parseQuery(indicatorValuesQuerySchema, req.query);
    const actor = actorOf(req);
    const series = await indicatorValues(ctx.prisma, actor, indicator, query);
    const filters = Object.fromEntries(
      Object.entries(query)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, String(v)]),
    );
    await audit(ctx.prisma, req, {
      action: 'EXPORT',
      entity: 'Indicator',
      entityId: indicator.id,
      changes: { filters, rows: series.points.length },
    });
    const user = await ctx.prisma.user.findUnique({ where: { id: actor.userId } });
    res.attachment(`${indicator.code} ${query.from}—${query.to}.xlsx`);
    res.type(XLSX);
    res.send(await seriesWorkbook(series, filters, user?.username ?? actor.userId));
  });

  const targetsOf = async (id: string) => {
    const indicator = await catalog.get(id);
    const rows = await ctx.prisma.indicatorTarget.findMany({
      where: { indicatorId: id },
      orderBy: [{ period: 'asc' }, { municipalityId: 'asc' }],
    });
    const targets = rows.map((t) => ({ period: t.period, municipalityId: t.municipalityId, value: Number(t.value) }));
    return { baseValue: indicator.baseValue, baseYear: indicator.baseYear, targets };
  };
  router.get('/indicators/:id/targets', async (req, res) => {
    res.json(await targetsOf(parseId(req.params.id, WHAT)));
  });
  router.put('/indicators/:id/targets', async (req, res) => {
    const id = parseId(req.params.id, WHAT);
    const input = parseBody(indicatorTargetsSchema, req.body);
    const before = await targetsOf(id);
    const seen = new Set<string>();
    for (const [i, t] of input.targets.entries()) {
      const key = `${t.period}|${t.municipalityId ?? ''}`;
      if (seen.has(key))
        throw new HttpError(422, 'VALIDATION_FAILED', 'Проверьте заполнение полей', {
          [`targets.${i}.period`]: 'План на этот период и территорию уже указан',
        });
      seen.add(key);
    }
    await ctx.prisma.$transaction([
      ctx.prisma.indicator.update({ where: { id }, data: { baseValue: input.baseValue, baseYear: input.baseYear } }),
      ctx.prisma.indicatorTarget.deleteMany({ where: { indicatorId: id } }),
      ctx.prisma.indicatorTarget.createMany({ data: input.targets.map((t) => ({ indicatorId: id, ...t })) }),
    ]);
    const after = await targetsOf(id);
    await audit(ctx.prisma, req, { action: 'UPDATE', entity: 'IndicatorTarget', entityId: id, changes: diff(before, after) });
    res.json(after);
  });

  router.get('/indicators/:id/template', async (req, res) => {
    const indicator = await catalog.get(parseId(req.params.id, WHAT));
    if (indicator.source !== 'CUSTOM') throw new HttpError(409, 'CONFLICT', 'Шаблон загрузки есть только у пользовательских показателей');
    const municipality = await ctx.prisma.municipality.findFirst({ orderBy: { code: 'asc' } });
    const example = { DAY: '2026-03-15', WEEK: '2026-W11', MONTH: '2026-03', QUARTER: '2026-Q1', YEAR: '2026' }[indicator.periodicity];
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Значения');
    sheet.columns = [
      { header: 'Показатель', key: 'indicator', width: 28 },
      { header: 'Территория', key: 'territory', width: 28 },
      { header: 'Период', key: 'period', width: 14 },
      { header: 'Значение', key: 'value', width: 14 },
    ];
    sheet.addRow({ indicator: indicator.code, territory: municipality?.code ?? '', period: example, value: 0 });
    const notes = workbook.addWorksheet('Пояснения');
    notes.addRow([`Показатель: ${indicator.name} (${indicator.unit})`]);
    notes.addRow([`Период: ${PERIOD_KEY_PATTERNS[indicator.periodicity].source}, например ${example}`]);
    notes.addRow(['Территория: код или название муниципального образования. Персональные данные (ФИО, СНИЛС) не загружаются.']);
    res.attachment(`Шаблон ${indicator.code}.xlsx`);
    res.type(XLSX);
    res.send(Buffer.from(await workbook.xlsx.writeBuffer()));
  });

  router.get('/system-keys', async (_req, res) => {
    res.json(await keys.list());
  });
  router.post('/system-keys', async (req, res) => {
    const { name } = parseBody(systemKeyCreateSchema, req.body);
    const created = await keys.create(name, actorOf(req).userId);
    const { key: _secret, ...shown } = created;
    await audit(ctx.prisma, req, { action: 'CREATE', entity: 'SystemApiKey', entityId: created.id, changes: diff({}, shown) });
    res.status(201).json(created);
  });
  router.delete('/system-keys/:id', async (req, res) => {
    const id = parseId(req.params.id, 'Ключ');
    const revoked = await keys.revoke(id);
    await audit(ctx.prisma, req, { action: 'DELETE', entity: 'SystemApiKey', entityId: id, changes: { revokedAt: revoked.revokedAt } });
    res.json(revoked);
  });

  router.get('/dashboard', async (req, res) => {
    const actor = actorOf(req);
    res.json(await readDashboard(ctx.prisma, actor.userId, actor.role));
  });
  router.put('/dashboard', async (req, res) => {
    const dashboard = parseBody(dashboardSchema, req.body);
    for (const [i, w] of dashboard.widgets.entries()) {
      if (!(await catalog.byCode(w.indicator)))
        throw new HttpError(422, 'VALIDATION_FAILED', 'Проверьте заполнение полей', {
          [`widgets.${i}.indicator`]: 'Нет такого показателя',
        });
    }
    res.json(await saveDashboard(ctx.prisma, actorOf(req).userId, dashboard));
  });
  return router;
}
