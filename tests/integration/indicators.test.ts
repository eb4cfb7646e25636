import ExcelJS from 'exceljs';
import request from 'supertest';
import { nextSnils, userId } from '../support/fixtures';
import { startTestSystem } from '../support/system';
import type { TestSystem } from '../support/system';
import { waitFor } from '../support/waitFor';

/** The indicator catalog, custom indicators loaded from files and pushed by external systems, targets and home pages. */
let system: TestSystem;
let admin: string;
let coordinator: string;
let operator: string;
let supervisor: string;
let samara: { id: string; code: string; name: string };
let tolyatti: { id: string; code: string; name: string };
let custom: string;

async function xlsx(rows: (string | number)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Лист1');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const mapping = JSON.stringify({ territory: 'Территория', period: 'Период', value: 'Значение' });
const importFile = (file: Buffer, fileName: string, commit: boolean) =>
  system
    .as(coordinator)
    .post('/api/indicator-imports')
    .field('mapping', mapping)
    .field('indicatorCode', 'volunteers')
    .field('commit', String(commit))
    .attach('file', file, { filename: fileName });

beforeAll(async () => {
  system = await startTestSystem();
  admin = await userId(system.prisma, 'admin');
  coordinator = await userId(system.prisma, 'coordinator');
  operator = await userId(system.prisma, 'operator.samara');
  supervisor = await userId(system.prisma, 'supervisor.minsoc');
  const op = await system.prisma.user.findUniqueOrThrow({ where: { id: operator } });
  samara = await system.prisma.municipality.findUniqueOrThrow({ where: { id: op.municipalityId as string } });
  tolyatti = await system.prisma.municipality.findFirstOrThrow({ where: { id: { not: samara.id } }, orderBy: { code: 'asc' } });
  const created = await system
    .as(admin)
    .post('/api/indicators')
    .send({
      code: 'volunteers',
      name: 'Добровольцы социальных служб',
      unit: 'чел.',
      periodicity: 'MONTH',
      cuts: ['municipality'],
      goodDirection: 'UP',
      cumulative: false,
    });
  expect(created.status).toBe(201);
  custom = created.body.id;
}, 120_000);

afterAll(async () => {
  await system?.stop();
});

describe('the indicator catalog', () => {
  it('lists the built-in indicators with the custom one, and records who added it', async () => {
    const res = await system.as(supervisor).get('/api/indicators').query({ range: '[0,99]' });
    expect(res.status).toBe(200);
    const codes = res.body.map((i: { code: string }) => i.code);
    expect(codes).toEqual(
      expect.arrayContaining(['needs_registered', 'overdue_rate', 'resolution_days_p90', 'poverty_households_below', 'volunteers']),
    );
    expect(res.body.find((i: { code: string }) => i.code === 'needs_overdue')).toMatchObject({ source: 'BUILT_IN', goodDirection: 'DOWN' });
    const entry = await system.prisma.auditLog.findFirst({ where: { entity: 'Indicator', entityId: custom, action: 'CREATE' } });
    expect(entry?.actorId).toBe(admin);
    expect((await system.as(coordinator).post('/api/indicators').send({})).status).toBe(403);
  });
});

describe('custom indicator values from a file', () => {
  it('reports every bad row and column before writing, and writes nothing while any row is wrong', async () => {
    const bad = await xlsx([
      ['Территория', 'Период', 'Значение'],
      [samara.code, '2026-03', '12'],
      ['Атлантида', '2026-03', '5'],
      [tolyatti.name, '2026-13', '5'],
      [tolyatti.code, '2026-04', 'много'],
      [samara.name, '2026-03', '14'],
    ]);
    const preview = await importFile(bad, 'плохой.xlsx', false);
    expect(preview.status).toBe(200);
    expect(preview.body.problems).toEqual([
      { rowNumber: 3, column: 'Территория', message: 'Неизвестная или недоступная территория «Атлантида»' },
      { rowNumber: 4, column: 'Период', message: 'Период «2026-13» не подходит для периодичности MONTH' },
      { rowNumber: 5, column: 'Значение', message: 'Значение «много» не число' },
      { rowNumber: 6, column: 'Период', message: 'Повтор: те же показатель, территория и период, что в строке 2' },
    ]);
    const commit = await importFile(bad, 'плохой.xlsx', true);
    expect(commit.status).toBe(422);
    expect(await system.prisma.indicatorValue.count()).toBe(0);
  });

  it('loads a good CSV with provenance, and loading the same file again changes nothing', async () => {
    const csv = Buffer.from(
      `Территория;Период;Значение\n${samara.code};2026-03;12\n${tolyatti.name};2026-03;7,5\n${samara.code};2026-04;15\n`,
    );
    const first = await importFile(csv, 'добровольцы.csv', true);
    expect(first.status).toBe(202);
    expect(first.body).toMatchObject({ totalRows: 3, status: 'RUNNING', repeated: false });
    const progress = async () => (await system.as(coordinator).get(`/api/indicator-imports/${first.body.id}`)).body;
    await waitFor('the import to complete', async () => (await progress()).status === 'COMPLETED');
    expect(await progress()).toMatchObject({ processedRows: 3, writtenRows: 3, unchangedRows: 0, percent: 100 });
    const stored = await system.prisma.indicatorValue.findFirstOrThrow({ where: { municipalityId: tolyatti.id, period: '2026-03' } });
    expect(stored).toMatchObject({
      origin: 'FILE',
      fileName: 'добровольцы.csv',
      fileSha256: first.body.sha256,
      rowNumber: 3,
      loadedById: coordinator,
    });
    expect(Number(stored.value)).toBe(7.5);
    const listed = await system.as(coordinator).get(`/api/indicators/${custom}/stored-values`);
    expect(listed.status).toBe(200);
    expect(listed.headers['content-range']).toBe('stored-values 0-2/3');
    expect(listed.body.find((v: { id: string }) => v.id === stored.id)).toMatchObject({
      territory: tolyatti.name,
      value: 7.5,
      origin: 'FILE',
      fileName: 'добровольцы.csv',
      fileSha256: first.body.sha256,
      rowNumber: 3,
      loadedBy: (await system.prisma.user.findUniqueOrThrow({ where: { id: coordinator } })).fullName,
    });
    expect((await system.as(operator).get(`/api/indicators/${custom}/stored-values`)).status).toBe(403);
    expect((await importFile(csv, 'добровольцы-копия.csv', false)).body).toMatchObject({ alreadyImported: true });
    const again = await importFile(csv, 'добровольцы-копия.csv', true);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ id: first.body.id, repeated: true });
    const after = await system.prisma.indicatorValue.findFirstOrThrow({ where: { id: stored.id } });
    expect(after.loadedAt).toEqual(stored.loadedAt);
    expect(after.fileName).toBe('добровольцы.csv');
  });

  it('refuses a file with a column of names or SNILS numbers', async () => {
    const withNames = Buffer.from(`Территория;Период;Значение;ФИО\n${samara.code};2026-05;1;Иванова\n`);
    const res = await importFile(withNames, 'фио.csv', false);
    expect(res.status).toBe(422);
    expect(res.body.error.fields.file).toMatch(/ФИО/);
    const withSnils = Buffer.from(`Территория;Период;Значение;Код\n${samara.code};2026-05;1;${nextSnils()}\n`);
    expect((await importFile(withSnils, 'код.csv', false)).status).toBe(422);
  });

  it('gives a template to fill in', async () => {
    const res = await system
      .as(coordinator)
      .get(`/api/indicators/${custom}/template`)
      .buffer(true)
      .parse((r, done) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(res.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.body);
    expect(workbook.worksheets[0].getRow(1).values).toEqual([undefined, 'Показатель', 'Территория', 'Период', 'Значение']);
  });
});

describe('values pushed by an external system', () => {
  it('takes values with a valid key only, idempotently by indicator, territory and period', async () => {
    const value = { indicator: 'volunteers', territory: samara.code, period: '2026-06', value: 20 };
    expect(
      (
        await request(system.app)
          .post('/api/indicator-values')
          .send({ values: [value] })
      ).status,
    ).toBe(401);
    const created = await system.as(admin).post('/api/system-keys').send({ name: 'Региональный портал добровольцев' });
    expect(created.status).toBe(201);
    const stored = await system.prisma.systemApiKey.findUniqueOrThrow({ where: { id: created.body.id } });
    expect(stored.keyHash).not.toContain(created.body.key);
    const push = (values: unknown[]) =>
      request(system.app).post('/api/indicator-values').set('X-Api-Key', created.body.key).send({ values });
    expect((await push([value])).body).toEqual({ received: 1, written: 1 });
    expect((await push([value])).body).toEqual({ received: 1, written: 0 });
    expect((await push([{ ...value, value: 21 }])).body).toEqual({ received: 1, written: 1 });
    const bad = await push([{ ...value, territory: 'Атлантида' }]);
    expect(bad.status).toBe(422);
    expect((await system.as(admin).delete(`/api/system-keys/${created.body.id}`)).status).toBe(200);
    expect((await push([value])).status).toBe(401);
    const row = await system.prisma.indicatorValue.findFirstOrThrow({ where: { period: '2026-06' } });
    expect(row).toMatchObject({ origin: 'PUSH', systemKeyId: created.body.id });
  });
});

describe('values, targets and home pages', () => {
  it('shows fact against plan, good or bad by the indicator’s direction, within the caller’s territory', async () => {
    const targets = await system
      .as(coordinator)
      .put(`/api/indicators/${custom}/targets`)
      .send({
        baseValue: 10,
        baseYear: 2025,
        targets: [
          { period: '2026-03', municipalityId: samara.id, value: 10 },
          { period: '2026-04', municipalityId: samara.id, value: 20 },
        ],
      });
    expect(targets.status).toBe(200);
    const mine = await system.as(operator).get(`/api/indicators/${custom}/values`).query({ from: '2026-03-01', to: '2026-04-30' });
    expect(mine.status).toBe(200);
    expect(mine.body.points).toEqual([
      { period: '2026-03', key: null, label: null, value: 12, plan: 10, verdict: 'GOOD' },
      { period: '2026-04', key: null, label: null, value: 15, plan: 20, verdict: 'BAD' },
    ]);
    const region = await system
      .as(coordinator)
      .get(`/api/indicators/${custom}/values`)
      .query({ from: '2026-03-01', to: '2026-03-31', cut: 'municipality' });
    expect(region.body.points.map((p: { label: string; value: number }) => [p.label, p.value]).sort()).toEqual(
      [
        [samara.name, 12],
        [tolyatti.name, 7.5],
      ].sort(),
    );
  });

  it('computes every built-in indicator for each role, by each cut it offers', async () => {
    const list = await system
      .as(coordinator)
      .get('/api/indicators')
      .query({ filter: JSON.stringify({ source: 'BUILT_IN' }), range: '[0,99]' });
    expect(list.body.length).toBeGreaterThanOrEqual(17);
    const failures: string[] = [];
    for (const indicator of list.body as { id: string; code: string; cuts: string[] }[]) {
      for (const [who, cut] of [
        [coordinator, undefined],
        [operator, undefined],
        [supervisor, indicator.cuts[0]],
      ] as const) {
        const res = await system
          .as(who)
          .get(`/api/indicators/${indicator.id}/values`)
          .query({ from: '2026-01-01', to: '2026-03-31', ...(cut && { cut }) });
        if (res.status !== 200 || !Array.isArray(res.body.points)) failures.push(`${indicator.code} ${cut ?? ''} → ${res.status}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('exports the values to XLSX with the filters written into the file, and records the export', async () => {
    const res = await system
      .as(operator)
      .get(`/api/indicators/${custom}/export`)
      .query({ from: '2026-03-01', to: '2026-04-30' })
      .buffer(true)
      .parse((r, done) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(res.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.body);
    const [values, filters] = workbook.worksheets;
    expect(values.getRow(2).values).toEqual([undefined, '2026-03', '', 12, 10, 'в норме']);
    const written = filters.getSheetValues().map((row) => (Array.isArray(row) ? row.slice(1, 3) : row));
    expect(written).toEqual(
      expect.arrayContaining([
        ['from', '2026-03-01'],
        ['to', '2026-04-30'],
        ['Выгрузил', 'operator.samara'],
      ]),
    );
    const entry = await system.prisma.auditLog.findFirst({ where: { action: 'EXPORT', entity: 'Indicator', entityId: custom } });
    expect(entry?.actorId).toBe(operator);
  });

  it('gives each role its home page until the user saves another', async () => {
    const first = await system.as(supervisor).get('/api/dashboard');
    expect(first.body.saved).toBe(false);
    expect(first.body.widgets.map((w: { indicator: string }) => w.indicator)).toContain('needs_overdue');
    const widgets = [{ indicator: 'volunteers', kind: 'TREND' }];
    expect((await system.as(supervisor).put('/api/dashboard').send({ widgets })).status).toBe(200);
    expect((await system.as(supervisor).get('/api/dashboard')).body).toEqual({ widgets, saved: true });
    expect(
      (
        await system
          .as(supervisor)
          .put('/api/dashboard')
          .send({ widgets: [{ indicator: 'nothing_here', kind: 'NUMBER' }] })
      ).status,
    ).toBe(422);
  });
});
