import { createProjectionActivities } from '../../activities/projection';
import type { CaseEvent, CaseState } from '../../shared/needCase';
import { needWorkflowId } from '../../shared/needCase';
import { caseStateQuery } from '../../workflows/needCase';
import { measureWithDocuments, registerPerson, userId } from '../support/fixtures';
import { startTestSystem } from '../support/system';
import type { TestSystem } from '../support/system';

/** Issue 14: the queue's columns and saved queries kept on the server, and «Получен ответ» in the bell. */
let system: TestSystem;
let operator: string;
let executor: string;
let colleague: string;
let stranger: string;
let auditor: string;

beforeAll(async () => {
  system = await startTestSystem();
  [operator, executor, colleague, stranger, auditor] = await Promise.all(
    ['operator.samara', 'executor.minsoc', 'executor2.minsoc', 'executor.mintrud', 'auditor'].map((u) => userId(system.prisma, u)),
  );
}, 180_000);

afterAll(async () => {
  await system?.stop();
});

const COLUMNS = '/api/me/preferences/queue.columns';
const QUERIES = '/api/queue/saved-queries';
const query = (label: string, shared: boolean, filter: Record<string, unknown> = { status: 'ASSIGNED' }) => ({
  label,
  shared,
  value: { filter, sort: { field: 'activeDueAt', order: 'ASC' }, perPage: 25, displayedFilters: { status: true } },
});

describe("the queue's columns, saved per user on the server", () => {
  it('keeps the columns a user chose for them alone, and gives them back on any workstation', async () => {
    expect((await system.as(executor).get(COLUMNS)).body).toEqual({ key: 'queue.columns', value: null });
    const saved = await system
      .as(executor)
      .put(COLUMNS)
      .send({ value: ['number', 'status', 'person', 'activeDueAt'] });
    expect(saved.status).toBe(200);
    expect((await system.as(executor).get(COLUMNS)).body.value).toEqual(['number', 'status', 'person', 'activeDueAt']);
    expect((await system.as(executor).get('/api/me/preferences')).body).toEqual([
      { key: 'queue.columns', value: ['number', 'status', 'person', 'activeDueAt'] },
    ]);
    expect((await system.as(colleague).get(COLUMNS)).body.value).toBeNull();
  });

  it('refuses a column the queue does not have, one named twice, an unknown setting and an oversized value', async () => {
    const unknown = await system
      .as(executor)
      .put(COLUMNS)
      .send({ value: ['number', 'snils'] });
    expect([unknown.status, unknown.body.error.fields.value]).toEqual([422, expect.stringContaining('Столбец очереди')]);
    const twice = await system
      .as(executor)
      .put(COLUMNS)
      .send({ value: ['number', 'number'] });
    expect([twice.status, twice.body.error.fields.value]).toEqual([422, 'Столбец указан дважды']);
    expect((await system.as(executor).put('/api/me/preferences/anything').send({ value: [] })).status).toBe(404);
    const huge = await system
      .as(executor)
      .put(COLUMNS)
      .send({ value: Array.from({ length: 1000 }, () => 'number') });
    expect([huge.status, huge.body.error.fields.value]).toEqual([413, 'Не больше 4096 байт']);
    expect((await system.as(executor).get(COLUMNS)).body.value).toEqual(['number', 'status', 'person', 'activeDueAt']);
  });
});

describe('saved queries of the queue, private or shared with the organisation', () => {
  it('shows a shared query to the organisation with its author, a private one to its author only, and neither to another organisation', async () => {
    const shared = await system.as(executor).post(QUERIES).send(query('Новые дела', true));
    expect([shared.status, shared.body.mine, shared.body.shared]).toEqual([201, true, true]);
    await system.as(executor).post(QUERIES).send(query('Мои черновые', false)).expect(201);

    const seen = (await system.as(colleague).get(QUERIES).expect(200)).body;
    expect(seen.map((q: { label: string; author: { fullName: string }; mine: boolean }) => [q.label, q.author.fullName, q.mine])).toEqual([
      ['Новые дела', 'Павлова Ольга Евгеньевна', false],
    ]);
    expect(seen[0].value.filter).toEqual({ status: 'ASSIGNED' });
    expect((await system.as(executor).get(QUERIES)).body.map((q: { label: string }) => q.label)).toEqual(['Мои черновые', 'Новые дела']);
    expect((await system.as(stranger).get(QUERIES).expect(200)).body).toEqual([]);
    expect((await system.as(operator).get(QUERIES)).status).toBe(403);

    // Others apply it but do not delete it; outside the organisation it does not exist; its author deletes it.
    expect((await system.as(colleague).delete(`${QUERIES}/${shared.body.id}`)).status).toBe(403);
    expect((await system.as(stranger).delete(`${QUERIES}/${shared.body.id}`)).status).toBe(404);
    await system.as(executor).delete(`${QUERIES}/${shared.body.id}`).expect(204);
    expect((await system.as(colleague).get(QUERIES)).body).toEqual([]);
    expect(await system.prisma.auditLog.count({ where: { entity: 'SavedQuery', entityId: shared.body.id } })).toBe(2);
  });

  it('refuses bad input with a field message', async () => {
    const fieldsOf = async (body: unknown, who = executor) => {
      const res = await system
        .as(who)
        .post(QUERIES)
        .send(body as object);
      expect(res.status).toBe(422);
      return res.body.error.fields;
    };
    expect((await fieldsOf(query('   ', true))).label).toBe('Обязательное поле');
    expect((await fieldsOf(query('Кавычки\u202e', true))).label).toContain('управление направлением текста');
    expect((await fieldsOf(query('Статус', true, { status: 'LOST' })))['value.filter.status']).toEqual(expect.any(String));
    expect(Object.keys(await fieldsOf(query('Лишнее', true, { snils: '1' })))).toEqual(['value.filter']);
    expect((await fieldsOf(query('Без органа', true), auditor)).shared).toContain('организацией');
    expect((await system.as(executor).get(QUERIES)).body.map((q: { label: string }) => q.label)).toEqual(['Мои черновые']);
  });
});

describe('«Получен ответ» in the bell', () => {
  it('tells the assignee once that the operator answered, and a rerun of the recording adds nothing', async () => {
    const measureId = (await measureWithDocuments(system.prisma, 'MINSOC')).id;
    const personId = await registerPerson(system, 'operator.samara', 'Ответова');
    const needId = (await system.as(operator).post('/api/needs').send({ personId, measureId, description: 'ответ' }).expect(201)).body.id;
    await system.as(executor).post(`/api/needs/${needId}/accept`).send({}).expect(200);
    await system.as(executor).post(`/api/needs/${needId}/requestInfo`).send({ question: 'Нужна справка о доходах' }).expect(200);
    await system.as(operator).post(`/api/needs/${needId}/provideInfo`).send({ answer: 'Справка приложена' }).expect(200);

    const answered = async (who: string) =>
      (await system.as(who).get('/api/me/notifications').expect(200)).body.filter(
        (n: { kind: string; needId: string }) => n.kind === 'INFO_PROVIDED' && n.needId === needId,
      );
    expect(await answered(executor)).toEqual([expect.objectContaining({ read: false, measure: expect.any(String) })]);
    expect(await answered(operator)).toEqual([]);
    expect(await answered(colleague)).toEqual([]);

    // The projection activity run again with the same change, as a retry would: still one item.
    const state = await system.temporal.workflow.getHandle(needWorkflowId(needId)).query<CaseState>(caseStateQuery);
    const need = await system.prisma.need.findUniqueOrThrow({ where: { id: needId } });
    const row = await system.prisma.needEvent.findFirstOrThrow({ where: { needId, type: 'INFO_PROVIDED' } });
    const event: CaseEvent = {
      seq: row.seq,
      type: 'INFO_PROVIDED',
      actorId: row.actorId,
      at: row.at.toISOString(),
      data: row.data as object as Record<string, unknown>,
    };
    const registration = {
      needId,
      personId,
      measureId,
      organisationId: need.organisationId,
      municipalityId: need.municipalityId,
      description: need.description,
      registeredBy: { userId: operator, role: 'OPERATOR' as const, organisationId: null, municipalityId: need.municipalityId },
    };
    await createProjectionActivities({ prisma: system.prisma }).recordCaseChange({ registration, events: [event], state });
    expect(await answered(executor)).toHaveLength(1);
  }, 60_000);
});
