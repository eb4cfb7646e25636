import type { Worker } from '@temporalio/worker';
import { createWorker } from '../../worker/createWorker';
import { createActivities } from '../../worker/activities';
import { nextSnils, registerPerson, userId } from '../support/fixtures';
import { csvFile, goodRow, xlsxFile } from '../support/importFiles';
import { importsAs } from '../support/importRuns';
import { startTestSystem } from '../support/system';
import type { TestSystem } from '../support/system';

/**
 * The register on the real system: bulk import through the API and the importBatch workflow (a
 * worker stopped mid-file), exact and likely duplicates, and merging two persons.
 */
let system: TestSystem;
let operator: string;
let coordinator: string;
let replacement: { worker: Worker; connection: { close(): Promise<void> }; running: Promise<void> } | undefined;

const waitFor = async (what: string, check: () => Promise<boolean>, timeoutMs = 60_000) => {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

const upload = (file: Buffer, name: string) => importsAs(system, operator).upload(file, name);
const batch = (id: string) => importsAs(system, operator).batch(id);
const completed = (id: string) => importsAs(system, operator).completed(id);

beforeAll(async () => {
  system = await startTestSystem({ env: { IMPORT_CHUNK_ROWS: '40' } });
  operator = await userId(system.prisma, 'operator.samara');
  coordinator = await userId(system.prisma, 'coordinator');
}, 180_000);

afterAll(async () => {
  if (replacement) {
    replacement.worker.shutdown();
    await replacement.running;
    await replacement.connection.close();
  }
  await system?.stop();
});

describe('bulk import', () => {
  it('offers the template as CSV and XLSX, and the CSV template itself imports', async () => {
    const csv = await system.as(operator).get('/api/imports/template.csv').buffer(true);
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.text).toMatch(/^\uFEFFНомер семьи;Код муниципалитета;Адрес семьи;Фамилия/);
    const xlsx = await system.as(operator).get('/api/imports/template.xlsx');
    expect(xlsx.status).toBe(200);
    const res = await upload(Buffer.from(csv.text, 'utf8'), 'шаблон.csv');
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ totalRows: 1, validRows: 1, errorRows: 0, status: 'VALIDATED' });
  });

  it('imports a good file: a dry run first, then households, persons, contacts and incomes; an existing SNILS is linked and a likely duplicate flagged', async () => {
    const existingId = await registerPerson(system, 'operator.samara', 'Семёнова');
    const existing = await system.prisma.person.findUniqueOrThrow({ where: { id: existingId } });
    const rows = Array.from({ length: 118 }, (_, i) => goodRow(i, String(Math.floor(i / 3) + 1)));
    rows.push(goodRow(118, '900', { snils: existing.snils, lastName: existing.lastName, firstName: existing.firstName }));
    rows.push(goodRow(119, '901', { lastName: 'Семенова', firstName: 'Мария', middleName: 'Петровна', birthDate: '12.04.1985' }));
    const res = await upload(csvFile(rows), 'семьи.csv');
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ totalRows: 120, validRows: 120, errorRows: 0 });
    const dry = await system.as(operator).get(`/api/imports/${res.body.id}/dry-run`);
    expect(dry.body).toEqual({
      rows: 120,
      errorRows: 0,
      families: 42,
      newHouseholds: 41,
      newPersons: 119,
      linkedPersons: 1,
      likelyDuplicates: 1,
      relations: 0,
    });
    const personsBefore = await system.prisma.person.count();
    expect(await system.prisma.person.count()).toBe(personsBefore); // the dry run wrote nothing

    expect((await system.as(operator).post(`/api/imports/${res.body.id}/start`)).status).toBe(200);
    await completed(res.body.id);
    expect(await batch(res.body.id)).toMatchObject({ processedRows: 120, createdPersons: 119, linkedPersons: 1, percent: 100 });
    expect(await system.prisma.person.count()).toBe(personsBefore + 119);
    const family = await system.prisma.household.findFirstOrThrow({
      where: { address: 'г. Самара, ул. Импортная, д. 1' },
      include: { members: { include: { contacts: true, incomes: true } } },
    });
    expect(family.members).toHaveLength(3);
    expect(family.members[0].contacts).toEqual([expect.objectContaining({ kind: 'PHONE', value: '+79270000000' })]);
    expect(family.members[0].incomes).toEqual([expect.objectContaining({ source: 'SALARY', period: '2026-10' })]);
    const report = await system
      .as(operator)
      .get(`/api/imports/${res.body.id}/rows`)
      .query({ filter: JSON.stringify({ duplicates: 'true' }) });
    expect(report.body).toEqual([expect.objectContaining({ rowNumber: 121, duplicateOf: existingId, outcome: 'CREATED' })]);
    expect(report.body[0].duplicateScore).toBeGreaterThanOrEqual(70);
    const linked = await system.as(operator).get(`/api/imports/${res.body.id}/rows`).query({ range: '[118,118]' });
    expect(linked.body[0]).toMatchObject({ rowNumber: 120, outcome: 'LINKED', personId: existingId });
  }, 60_000);

  it('reports every bad row by field in Russian (XLSX), and imports only the good ones', async () => {
    const good = goodRow(0, 'b1');
    const bad = [
      goodRow(1, 'b2', { snils: '112-233-445 96' }),
      goodRow(2, 'b3', { municipality: 'atlantida' }),
      goodRow(3, 'b4', { birthDate: '31.02.1990' }),
      goodRow(4, 'b5', { birthDate: '01.01.2999' }),
      goodRow(5, 'b6', { lastName: 'Ива\u202Eнова' }),
      goodRow(6, 'b7', { firstName: '' }),
      goodRow(7, 'b8', { sex: 'X' }),
      goodRow(8, 'b9', { phone: '12345' }),
      goodRow(9, 'b10', { incomeAmount: 'много' }),
      goodRow(10, 'b11', { snils: good.snils }),
      goodRow(11, 'b12', { municipality: 'tolyatti' }),
      goodRow(12, 'b13', { debtKind: 'Кредит', debtCreditor: 'Банк', debtAmount: '1000', debtSince: '2026-13-01' }),
    ];
    const res = await upload(await xlsxFile([good, ...bad]), 'ошибки.xlsx');
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ totalRows: 13, validRows: 1, errorRows: 12 });
    const report = await system
      .as(operator)
      .get(`/api/imports/${res.body.id}/rows`)
      .query({ filter: JSON.stringify({ errors: 'true' }) });
    expect(report.headers['content-range']).toBe('rows 0-11/12');
    const byRow = Object.fromEntries(
      report.body.map((r: { rowNumber: number; errors: { field: string; message: string }[] }) => [r.rowNumber, r.errors]),
    );
    expect(byRow[3]).toEqual([{ field: 'snils', column: 'СНИЛС', message: 'Неверный СНИЛС: контрольное число не сходится' }]);
    expect(byRow[4]).toEqual([expect.objectContaining({ field: 'municipality', message: 'Неизвестный муниципалитет «atlantida»' })]);
    expect(byRow[5]).toEqual([expect.objectContaining({ field: 'birthDate', message: 'Такой даты нет в календаре' })]);
    expect(byRow[6]).toEqual([expect.objectContaining({ field: 'birthDate', message: 'Дата рождения не может быть в будущем' })]);
    expect(byRow[7]).toEqual([expect.objectContaining({ field: 'lastName', message: expect.stringMatching(/^Недопустимый символ/) })]);
    expect(byRow[8]).toEqual([expect.objectContaining({ field: 'firstName', message: 'Обязательное поле' })]);
    expect(byRow[9]).toEqual([expect.objectContaining({ field: 'sex', message: 'Пол: М или Ж' })]);
    expect(byRow[10]).toEqual([expect.objectContaining({ field: 'phone', message: 'Телефон в формате +7XXXXXXXXXX' })]);
    expect(byRow[11]).toEqual([expect.objectContaining({ field: 'incomeAmount' })]);
    expect(byRow[12]).toEqual([expect.objectContaining({ field: 'snils', message: 'Этот СНИЛС уже указан в строке 2' })]);
    expect(byRow[13]).toEqual([
      expect.objectContaining({ field: 'municipality', message: 'Оператор загружает семьи только своего муниципалитета' }),
    ]);
    expect(byRow[14]).toEqual([expect.objectContaining({ field: 'debtSince', message: 'Такой даты нет в календаре' })]);

    await system.as(operator).post(`/api/imports/${res.body.id}/start`);
    await completed(res.body.id);
    expect(await batch(res.body.id)).toMatchObject({ processedRows: 1, createdPersons: 1 });
    expect(await system.prisma.person.count({ where: { lastName: 'Ива\u202Eнова' } })).toBe(0);
  }, 60_000);

  it('refuses a file that is not the template, naming the missing columns', async () => {
    const res = await upload(Buffer.from('Фамилия;Имя\nИванова;Анна\n', 'utf8'), 'чужой.csv');
    expect(res.status).toBe(422);
    expect(res.body.error.fields.file).toMatch(/^В файле нет столбцов шаблона: Номер семьи, Код муниципалитета/);
  });

  it('adds nothing for the same file twice, uploaded or started again', async () => {
    const file = csvFile([goodRow(0, 'r1'), goodRow(1, 'r1')]);
    const first = await upload(file, 'повтор.csv');
    await system.as(operator).post(`/api/imports/${first.body.id}/start`);
    await completed(first.body.id);
    const persons = await system.prisma.person.count();
    const again = await upload(file, 'повтор-копия.csv');
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ id: first.body.id, repeated: true, status: 'COMPLETED' });
    expect((await system.as(operator).post(`/api/imports/${first.body.id}/start`)).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await system.prisma.person.count()).toBe(persons);
  }, 30_000);

  it('imports every row and relation exactly once when the worker is stopped mid-file and another takes over', async () => {
    // Families of four sisters, each stated a sister of the one in the row above: three pairs a family.
    const rows = Array.from({ length: 800 }, (_, i) =>
      goodRow(i, `w${Math.floor(i / 4)}`, {
        lastName: 'Перезапускова',
        ...(i % 4 > 0 ? { relationKind: 'Сестра', relationTo: String(i + 1) } : {}),
      }),
    );
    const res = await upload(csvFile(rows), 'перезапуск.csv');
    await system.as(operator).post(`/api/imports/${res.body.id}/start`);
    await waitFor('the first chunks', async () => (await batch(res.body.id)).processedRows > 0);
    await system.stopWorker();
    const atStop = (await batch(res.body.id)).processedRows;
    expect(atStop).toBeLessThan(800);

    const { worker, connection } = await createWorker({
      temporalAddress: system.temporalAddress,
      namespace: 'default',
      activities: createActivities({
        prisma: system.prisma,
        temporal: system.temporal,
        calendar: system.calendar,
        notifier: { send: async () => undefined },
      }),
    });
    replacement = { worker, connection, running: worker.run() };
    await completed(res.body.id);
    expect(await batch(res.body.id)).toMatchObject({ processedRows: 800, createdPersons: 800 });
    expect(await system.prisma.person.count({ where: { lastName: 'Перезапускова' } })).toBe(800);
    expect(await system.prisma.importRow.count({ where: { batchId: res.body.id, personId: null } })).toBe(0);
    expect(await system.prisma.household.count({ where: { address: { startsWith: 'г. Самара, ул. Импортная, д. w' } } })).toBe(200);
    expect(await system.prisma.relation.count({ where: { from: { lastName: 'Перезапускова' }, kind: 'SIBLING' } })).toBe(1200);
  }, 90_000);
});

describe('duplicates and merge', () => {
  it('refuses an exact SNILS on entry with 409 naming the existing person', async () => {
    const personId = await registerPerson(system, 'operator.samara', 'Дублёва');
    const existing = await system.prisma.person.findUniqueOrThrow({ where: { id: personId } });
    const res = await system
      .as(operator)
      .post(`/api/passports/${existing.householdId}/persons`)
      .send({ lastName: 'Дублёва', firstName: 'Мария', birthDate: '1985-04-12', sex: 'FEMALE', snils: existing.snils });
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({ code: 'CONFLICT', existing: { personId, householdId: existing.householdId } });
  });

  it('finds likely duplicates despite ё/е and a typo, scored, and not in another municipality for an operator', async () => {
    const personId = await registerPerson(system, 'operator.samara', 'Фёдорова');
    const found = await system
      .as(operator)
      .get('/api/duplicates')
      .query({ lastName: 'Федорва', firstName: 'Мария', middleName: 'Петровна', birthDate: '1985-04-12' });
    expect(found.status).toBe(200);
    const hit = found.body.find((d: { id: string }) => d.id === personId);
    expect(hit.score).toBeGreaterThanOrEqual(70);
    const other = await system
      .as(operator)
      .get('/api/duplicates')
      .query({ lastName: 'Федорова', firstName: 'Мария', birthDate: '1990-01-01' });
    expect(other.body.find((d: { id: string }) => d.id === personId).score).toBeLessThan(70);
    const tolyatti = await userId(system.prisma, 'operator.tolyatti');
    const foreign = await system
      .as(tolyatti)
      .get('/api/duplicates')
      .query({ lastName: 'Федорова', firstName: 'Мария', birthDate: '1985-04-12' });
    expect(foreign.body.map((d: { id: string }) => d.id)).not.toContain(personId);
  });

  it('merges a duplicate field by field: needs, contacts and relations move, the duplicate stays a tombstone, both versions audited', async () => {
    const survivorId = await registerPerson(system, 'operator.samara', 'Слиянова');
    const mergedId = await registerPerson(system, 'operator.samara', 'Слиянёва');
    const merged = await system.prisma.person.findUniqueOrThrow({ where: { id: mergedId } });
    await system
      .as(operator)
      .patch(`/api/persons/${mergedId}`)
      .send({ contacts: [{ kind: 'PHONE', value: '+79271112233' }] });
    const measure = await system.prisma.supportMeasure.findFirstOrThrow({ where: { active: true }, orderBy: { code: 'asc' } });
    const need = await system
      .as(operator)
      .post('/api/needs')
      .send({ personId: mergedId, measureId: measure.id, description: 'до слияния' });
    expect(need.status).toBe(201);
    const child = await system
      .as(operator)
      .post(`/api/passports/${merged.householdId}/persons`)
      .send({
        lastName: 'Слиянёв',
        firstName: 'Иван',
        birthDate: '2015-01-01',
        sex: 'MALE',
        snils: nextSnils(),
        relations: [{ toPersonId: mergedId, kind: 'CHILD' }],
      });
    expect(child.status).toBe(201);

    const preview = await system.as(operator).get('/api/person-merges/preview').query({ survivorId, mergedId });
    expect(preview.body.merged).toMatchObject({ lastName: 'Слиянёва', needIds: [need.body.id] });
    const res = await system
      .as(operator)
      .post('/api/person-merges')
      .send({ survivorId, mergedId, take: { lastName: 'merged', snils: 'merged' } });
    expect(res.status).toBe(200);
    expect(res.body.survivor).toMatchObject({ lastName: 'Слиянёва', snils: merged.snils, needIds: [need.body.id] });
    expect(res.body.survivor.contacts).toEqual([expect.objectContaining({ value: '+79271112233' })]);
    expect(res.body.survivor.relations).toEqual([{ toPersonId: child.body.id, kind: expect.any(String) }]);
    expect(res.body.merged).toMatchObject({ mergedIntoId: survivorId, householdId: null, needIds: [], contacts: [] });
    expect((await system.prisma.need.findUniqueOrThrow({ where: { id: need.body.id } })).personId).toBe(survivorId);

    const entry = await system.prisma.auditLog.findFirstOrThrow({ where: { action: 'MERGE', entityId: survivorId } });
    const changes = entry.changes as {
      survivor: { before: { lastName: string }; after: { lastName: string } };
      merged: { after: { mergedIntoId: string } };
    };
    expect(changes.survivor.before.lastName).toBe('Слиянова');
    expect(changes.survivor.after.lastName).toBe('Слиянёва');
    expect(changes.merged.after.mergedIntoId).toBe(survivorId);
    expect(JSON.stringify(changes)).not.toContain(merged.snils);

    // No silent undo: merging again is refused, editing the tombstone too, and the database keeps the pointer.
    expect((await system.as(operator).post('/api/person-merges').send({ survivorId: mergedId, mergedId: survivorId })).status).toBe(409);
    expect((await system.as(operator).patch(`/api/persons/${mergedId}`).send({ firstName: 'Анна' })).status).toBe(409);
    await expect(system.prisma.person.update({ where: { id: mergedId }, data: { mergedIntoId: null } })).rejects.toThrow();
    // The coordinator may read passports but not merge.
    expect((await system.as(coordinator).post('/api/person-merges').send({ survivorId, mergedId })).status).toBe(403);
  }, 60_000);
});
