import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { localDate } from '../../shared/calendar/workingDays';
import { demoDocumentPdf } from '../../scripts/seed/demoDocument';
import { measureWithDocuments, registerPerson, userId } from '../support/fixtures';
import { binaryBody } from '../support/binaryBody';
import { startTestSystem } from '../support/system';
import type { TestSystem } from '../support/system';

let system: TestSystem;
let operator: string;
let executor: string;
let foreignExecutor: string;
let measure: Awaited<ReturnType<typeof measureWithDocuments>>;
let requiredKinds: string[];

beforeAll(async () => {
  system = await startTestSystem();
  [operator, executor, foreignExecutor] = await Promise.all(
    ['operator.samara', 'executor.minsoc', 'executor.mintrud'].map((u) => userId(system.prisma, u)),
  );
  measure = await measureWithDocuments(system.prisma, 'MINSOC');
  requiredKinds = (measure.requiredDocuments as { code: string }[]).map((d) => d.code);
}, 180_000);

afterAll(async () => {
  await system?.stop();
});

async function openCase(): Promise<string> {
  const personId = await registerPerson(system, 'operator.samara', 'Документова');
  const res = await system.as(operator).post('/api/needs').send({ personId, measureId: measure.id, description: 'документы' });
  await system.as(executor).post(`/api/needs/${res.body.id}/accept`).send({}).expect(200);
  return res.body.id;
}

const upload = (needId: string, bytes: Buffer, fileName: string, fields: Record<string, string> = {}) => {
  let request = system
    .as(executor)
    .post(`/api/needs/${needId}/documents`)
    .field('kind', fields.kind ?? requiredKinds[0]);
  if (fields.replaces) request = request.field('replaces', fields.replaces);
  // filepath, not filename: form-data would cut a path in `filename` down to its last part before sending.
  // (supertest passes the options to form-data, whose `filepath` its type does not declare)
  const options = { filepath: fileName, contentType: 'application/octet-stream' } as unknown as { filename: string };
  return request.attach('file', bytes, options);
};

async function storedFiles(): Promise<string[]> {
  const walk = async (dir: string): Promise<string[]> => {
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    const nested = await Promise.all(entries.map((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)])));
    return nested.flat();
  };
  return walk(system.config.FILE_STORAGE_ROOT);
}

describe('case documents', () => {
  it('keeps every version readable, with who, when, size, checksum and type', async () => {
    const needId = await openCase();
    const first = await upload(needId, await demoDocumentPdf('Заявление, версия 1'), 'Заявление Иванова.pdf');
    expect(first.status).toBe(201);
    const second = await upload(needId, await demoDocumentPdf('Заявление, версия 2'), 'Заявление Иванова (исправленное).pdf', {
      replaces: first.body.id,
    });
    expect(second.status).toBe(201);
    expect(second.body).toMatchObject({
      version: 2,
      seriesId: first.body.id,
      kind: requiredKinds[0],
      uploadedById: executor,
      deletedAt: null,
    });
    expect(second.body).not.toHaveProperty('storageKey');

    const list = await system.as(executor).get(`/api/needs/${needId}/documents`);
    expect(list.body.map((d: { fileName: string; version: number }) => [d.fileName, d.version])).toEqual([
      ['Заявление Иванова.pdf', 1],
      ['Заявление Иванова (исправленное).pdf', 2],
    ]);
    expect(list.body[0]).toMatchObject({ uploadedById: executor, mimeType: 'application/pdf', deletedAt: null });
    expect(list.body[0].sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(list.body[0].size).toBeGreaterThan(100);
    const audited = await system.prisma.auditLog.findMany({
      where: { entity: 'Document', actorId: executor, action: { in: ['CREATE', 'READ'] } },
    });
    expect(audited.filter((a) => a.entityId === second.body.id).map((a) => a.action)).toEqual(['CREATE']);
    expect(audited.some((a) => a.action === 'READ' && (a.changes as { needId?: string }).needId === needId)).toBe(true);
  });

  it('streams a download with its type and its Cyrillic name (RFC 6266), and audits it', async () => {
    const needId = await openCase();
    const bytes = await demoDocumentPdf('Справка');
    const { body: document } = await upload(needId, bytes, 'Справка о доходах.pdf');
    const res = await system.as(operator).get(`/api/needs/${needId}/documents/${document.id}/content`).buffer(true).parse(binaryBody);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('Справка о доходах.pdf')}`);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(Buffer.compare(res.body as Buffer, bytes)).toBe(0);
    const audited = await system.prisma.auditLog.findFirst({ where: { action: 'DOWNLOAD', entityId: document.id } });
    expect(audited).toMatchObject({ actorId: operator, entity: 'Document' });
    expect((await system.as(foreignExecutor).get(`/api/needs/${needId}/documents/${document.id}/content`)).status).toBe(404);
  });

  it('deletes softly: the file stays readable, the checklist stops counting it, and nothing can be deleted once resolved', async () => {
    const needId = await openCase();
    const uploads = [];
    for (const kind of requiredKinds) uploads.push((await upload(needId, await demoDocumentPdf(kind), `${kind}.pdf`, { kind })).body);
    const removed = await system.as(executor).delete(`/api/needs/${needId}/documents/${uploads[0].id}`);
    expect(removed.status).toBe(200);
    expect(removed.body).toMatchObject({ id: uploads[0].id, deletedById: executor });
    expect(removed.body.deletedAt).not.toBeNull();
    expect(
      await system.prisma.auditLog.count({ where: { action: 'DELETE', entity: 'Document', entityId: uploads[0].id, actorId: executor } }),
    ).toBe(1);
    expect((await system.as(executor).get(`/api/needs/${needId}/documents/${uploads[0].id}/content`)).status).toBe(200);

    const today = localDate(new Date());
    const early = await system.as(executor).post(`/api/needs/${needId}/resolve`).send({ supportDate: today, report: 'Оказана' });
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('MISSING_DOCUMENTS');
    await upload(needId, await demoDocumentPdf('снова'), 'снова.pdf', { kind: requiredKinds[0] }).expect(201);
    await system.as(executor).post(`/api/needs/${needId}/resolve`).send({ supportDate: today, report: 'Оказана' }).expect(200);

    const late = await system.as(executor).delete(`/api/needs/${needId}/documents/${uploads[uploads.length - 1].id}`);
    expect(late.status).toBe(409);
    expect(late.body.error.message).toMatch(/Дело закрыто/);
    const events = await system.as(executor).get(`/api/needs/${needId}/events`);
    expect(events.body.filter((e: { type: string }) => e.type === 'DOCUMENT_REMOVED')).toHaveLength(1);
  });

  it('refuses a wrong type by content, an oversized or empty file and a path in the name, storing nothing', async () => {
    const needId = await openCase();
    const before = await storedFiles();
    const pdf = await demoDocumentPdf('x');
    const cases: [Buffer, string, number, string][] = [
      [
        Buffer.from('Это обычный текст, а не PDF, хотя имя файла говорит иное'),
        'отчёт.pdf',
        415,
        'Содержимое файла не PDF, PNG, JPEG или TIFF',
      ],
      [Buffer.alloc(300 * 1024, 1), 'большой.pdf', 413, ''],
      [Buffer.alloc(0), 'пустой.pdf', 422, 'Файл пустой'],
      [pdf, '../../etc/passwd.pdf', 422, 'Имя файла не должно содержать путь (/, \\ или ..)'],
      [pdf, '..\\..\\windows\\win.ini.pdf', 422, 'Имя файла не должно содержать путь (/, \\ или ..)'],
      [pdf, 'акт\u0007.pdf', 400, 'Имя файла содержит недопустимые символы или запрос повреждён'],
      [pdf, 'счёт\u202Efdp.exe', 422, 'Имя файла: недопустимый символ: управление направлением текста U+202E'],
      [pdf, '\u200b\u200b', 422, 'Имя файла: поле состоит только из невидимых символов'],
      [pdf, '..', 422, 'Имя файла не должно содержать путь (/, \\ или ..)'],
    ];
    for (const [bytes, name, status, message] of cases) {
      const res = await upload(needId, bytes, name);
      expect([name, res.status]).toEqual([name, status]);
      if (message) expect(res.body.error.fields.file).toBe(message);
    }
    expect(await system.prisma.document.count({ where: { needId } })).toBe(0);
    expect(await storedFiles()).toEqual(before);
  });

  it('refuses a new version of a document the case does not have', async () => {
    const needId = await openCase();
    const res = await upload(needId, await demoDocumentPdf('v'), 'v.pdf', { replaces: '00000000-0000-4000-8000-000000000000' });
    expect(res.status).toBe(422);
    expect(res.body.error.message).toMatch(/не найден/);
  });
});
