import { MockActivityEnvironment } from '@temporalio/testing';
import type { IndicatorImportHeartbeat } from '../../activities/indicators/importActivities';
import { createIndicatorImportActivities } from '../../activities/indicators/importActivities';
import { userId } from '../support/fixtures';
import { startTestSystem } from '../support/system';
import type { TestSystem } from '../support/system';
import { waitFor } from '../support/waitFor';

/**
 * Large files of custom indicator values: checked whole in the request, then written by the
 * indicatorImport workflow in chunks while the API keeps answering; the activity resumes a lost attempt.
 */
let system: TestSystem;
let admin: string;
let coordinator: string;
let municipalities: { id: string; code: string }[];
const ROWS = 20_000;
const mapping = JSON.stringify({ territory: 'Территория', period: 'Период', value: 'Значение' });

/** `rows` values spread over every municipality and consecutive months; `value` picks each row's number. */
function valuesFile(rows: number, value: (i: number) => string = (i) => String(i % 997)) {
  const lines = ['Территория;Период;Значение'];
  const expected = new Map<string, number>();
  for (let i = 0; i < rows; i++) {
    const territory = municipalities[i % municipalities.length];
    const month = Math.floor(i / municipalities.length);
    const period = `${1990 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
    lines.push(`${territory.code};${period};${value(i)}`);
    expected.set(`${territory.id}|${period}`, Number(value(i).replace(',', '.')));
  }
  return { csv: Buffer.from(`${lines.join('\n')}\n`), expected };
}

async function createIndicator(code: string) {
  const res = await system
    .as(admin)
    .post('/api/indicators')
    .send({
      code,
      name: `Показатель ${code}`,
      unit: 'ед.',
      periodicity: 'MONTH',
      cuts: ['municipality'],
      goodDirection: 'UP',
      cumulative: false,
    });
  expect(res.status).toBe(201);
  return res.body.id as string;
}

const commit = (indicatorCode: string, file: Buffer, filename: string) =>
  system
    .as(coordinator)
    .post('/api/indicator-imports')
    .field('mapping', mapping)
    .field('indicatorCode', indicatorCode)
    .field('commit', 'true')
    .attach('file', file, { filename });
const progressOf = async (id: string) => (await system.as(coordinator).get(`/api/indicator-imports/${id}`)).body;

async function storedValues(indicatorId: string) {
  const rows = await system.prisma.indicatorValue.findMany({ where: { indicatorId } });
  return new Map(rows.map((r) => [`${r.municipalityId}|${r.period}`, Number(r.value)]));
}

beforeAll(async () => {
  system = await startTestSystem({ env: { INDICATOR_IMPORT_CHUNK_ROWS: '500' } });
  admin = await userId(system.prisma, 'admin');
  coordinator = await userId(system.prisma, 'coordinator');
  municipalities = await system.prisma.municipality.findMany({ select: { id: true, code: true }, orderBy: { code: 'asc' } });
}, 120_000);

afterAll(async () => {
  await system?.stop();
});

describe('a file of 20,000 indicator values', () => {
  it('is written by a workflow with its progress while the API answers, and the same file again writes nothing', async () => {
    const indicatorId = await createIndicator('shelter_beds');
    const { csv, expected } = valuesFile(ROWS);
    const res = await commit('shelter_beds', csv, 'койки.csv');
    expect(res.status).toBe(202);
    expect(res.body).toMatchObject({ status: 'RUNNING', totalRows: ROWS, repeated: false });

    const catalog = await system.as(coordinator).get('/api/indicators');
    expect(catalog.status).toBe(200);
    const percents: number[] = [];
    await waitFor('the import to complete', async () => {
      const progress = await progressOf(res.body.id);
      percents.push(progress.percent);
      return progress.status === 'COMPLETED';
    });
    expect(percents.some((p) => p > 0 && p < 100)).toBe(true);
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    expect(await progressOf(res.body.id)).toMatchObject({ processedRows: ROWS, writtenRows: ROWS, unchangedRows: 0, percent: 100 });
    expect(await storedValues(indicatorId)).toEqual(expected);
    const sample = await system.prisma.indicatorValue.findFirstOrThrow({
      where: { indicatorId, municipalityId: municipalities[1].id, period: '1990-01' },
    });
    expect(sample).toMatchObject({
      origin: 'FILE',
      fileName: 'койки.csv',
      fileSha256: res.body.sha256,
      rowNumber: 3,
      loadedById: coordinator,
    });
    expect(await system.prisma.indicatorImportRow.count({ where: { importId: res.body.id } })).toBe(0);
    const audited = await system.prisma.auditLog.findMany({ where: { entity: 'IndicatorValue', actorId: coordinator } });
    expect(audited.map((a) => a.changes)).toContainEqual(expect.objectContaining({ importId: res.body.id, rows: ROWS }));

    const loadedAt = (await system.prisma.indicatorValue.aggregate({ where: { indicatorId }, _max: { loadedAt: true } }))._max.loadedAt;
    const again = await commit('shelter_beds', csv, 'койки-копия.csv');
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ id: res.body.id, repeated: true, status: 'COMPLETED', writtenRows: ROWS });
    expect(await system.prisma.indicatorImport.count({ where: { fileSha256: res.body.sha256 } })).toBe(1);
    expect((await system.prisma.indicatorValue.aggregate({ where: { indicatorId }, _max: { loadedAt: true } }))._max.loadedAt).toEqual(
      loadedAt,
    );
  }, 120_000);

  it('with one wrong row, or unreadable, writes nothing and reports the row', async () => {
    const indicatorId = await createIndicator('day_care_places');
    const { csv } = valuesFile(ROWS, (i) => (i === 14_999 ? 'много' : String(i)));
    const res = await commit('day_care_places', csv, 'места.csv');
    expect(res.status).toBe(422);
    expect(res.body.error.fields).toEqual({ 'строка 15001: Значение': 'Значение «много» не число' });
    const broken = Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(64, 1)]);
    const unreadable = await commit('day_care_places', broken, 'места.xlsx');
    expect(unreadable.status).toBe(422);
    expect(unreadable.body.error.fields.file).toBeDefined();
    expect(await system.prisma.indicatorImport.count({ where: { indicatorCode: 'day_care_places' } })).toBe(0);
    expect(await system.prisma.indicatorValue.count({ where: { indicatorId } })).toBe(0);
  });
});

describe('writeIndicatorImport', () => {
  it('resumes at the chunk of the last heartbeat that arrived, and counts each row once though a later chunk was committed', async () => {
    const indicatorId = await createIndicator('street_lamps');
    const rows = municipalities.slice(0, 5).map((m, position) => ({
      position,
      rowNumber: position + 2,
      indicatorId,
      municipalityId: m.id,
      period: '2026-01',
      value: String(position * 10),
    }));
    const kept = await system.prisma.indicatorImport.create({
      data: {
        fileSha256: 'resume-test',
        indicatorCode: 'street_lamps',
        fileName: 'фонари.csv',
        createdById: coordinator,
        status: 'RUNNING',
        totalRows: rows.length,
        workflowId: 'indicator-import-resume-test',
        rows: { create: rows },
      },
    });
    const write = createIndicatorImportActivities({ prisma: system.prisma }).writeIndicatorImport;
    const input = { importId: kept.id, chunkRows: 2 };

    // The first worker commits chunks 0 and 1, then dies as it reports the second.
    const lost = new MockActivityEnvironment();
    lost.on('heartbeat', (beat: IndicatorImportHeartbeat) => {
      if (beat.nextChunk === 2) throw new Error('worker lost');
    });
    await expect(lost.run(write, input)).rejects.toThrow('worker lost');
    expect(await progressOf(kept.id)).toMatchObject({ status: 'RUNNING', processedRows: 4, writtenRows: 4 });

    // Only the heartbeat after chunk 0 reached the server: the next attempt starts at chunk 1, already written.
    const beats: IndicatorImportHeartbeat[] = [];
    const next = new MockActivityEnvironment({ heartbeatDetails: { nextChunk: 1 } satisfies IndicatorImportHeartbeat });
    next.on('heartbeat', (beat: IndicatorImportHeartbeat) => beats.push(beat));
    expect(await next.run(write, input)).toEqual({ total: 5, processed: 5, written: 5 });
    expect(beats).toEqual([{ nextChunk: 2 }, { nextChunk: 3 }]);
    expect(await progressOf(kept.id)).toMatchObject({ status: 'COMPLETED', processedRows: 5, writtenRows: 5, unchangedRows: 0 });
    expect([...(await storedValues(indicatorId)).values()].sort((a, b) => a - b)).toEqual([0, 10, 20, 30, 40]);
  });
});
