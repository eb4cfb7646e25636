import { caseStateQuery } from '../../workflows/needCase';
import { localDate } from '../../shared/calendar/workingDays';
import { demoDocumentPdf } from '../../scripts/seed/demoDocument';
import { measureWithDocuments, registerPerson, userId } from '../support/fixtures';
import { startTestSystem } from '../support/system';
import type { TestSystem } from '../support/system';

let system: TestSystem;
let operator: string;
let executor: string;
let otherExecutor: string;
let supervisor: string;
let personId: string;
let measure: Awaited<ReturnType<typeof measureWithDocuments>>;

beforeAll(async () => {
  system = await startTestSystem();
  operator = await userId(system.prisma, 'operator.samara');
  executor = await userId(system.prisma, 'executor.minsoc');
  otherExecutor = await userId(system.prisma, 'executor2.minsoc');
  supervisor = await userId(system.prisma, 'supervisor.minsoc');
  measure = await measureWithDocuments(system.prisma, 'MINSOC');
  personId = await registerPerson(system, 'operator.samara');
}, 180_000);

afterAll(async () => {
  await system?.stop();
});

const register = (key?: string, description = 'Многодетная семья, нужна выплата') => {
  const req = system.as(operator).post('/api/needs');
  if (key) void req.set('Idempotency-Key', key);
  return req.send({ personId, measureId: measure.id, description });
};

async function workflowState(needId: string) {
  return system.temporal.workflow.getHandle(`need-${needId}`).query(caseStateQuery);
}

describe('a need from registration to support given, through the API', () => {
  it('walks the whole case like an operator and an executor would', async () => {
    const registered = await register();
    expect(registered.status).toBe(201);
    const id = registered.body.id;
    expect(registered.body).toMatchObject({ status: 'ASSIGNED', organisation: { id: measure.organisationId }, assigneeId: null });
    expect(registered.body.activeDueAt).toBe(registered.body.acceptDueAt);

    const shown = await system.as(executor).get(`/api/needs/${id}`);
    expect(shown.body.workingDaysLeft).toBe(measure.acceptWorkingDays); // the accept deadline, counted in working days
    const queued = await system
      .as(executor)
      .get('/api/queue')
      .query({ filter: JSON.stringify({ status: 'ASSIGNED' }), limit: '200' });
    expect(queued.body.find((item: { id: string }) => item.id === id).workingDaysLeft).toBe(measure.acceptWorkingDays);

    const claimed = await system.as(executor).post(`/api/needs/${id}/claim`).send({});
    expect(claimed.status).toBe(200);
    expect(claimed.body.assigneeId).toBe(executor);
    expect((await system.as(otherExecutor).post(`/api/needs/${id}/accept`).send({})).status).toBe(409);
    expect((await system.as(executor).post(`/api/needs/${id}/accept`).send({})).body.status).toBe('IN_PROGRESS');

    const asked = await system.as(executor).post(`/api/needs/${id}/requestInfo`).send({ question: 'Нужна справка о составе семьи' });
    expect(asked.body).toMatchObject({ status: 'WAITING_INFO', activeDueAt: null });
    const answered = await system.as(operator).post(`/api/needs/${id}/provideInfo`).send({ answer: 'Справка приложена' });
    expect(answered.body.status).toBe('IN_PROGRESS');

    const today = localDate(new Date());
    const early = await system.as(executor).post(`/api/needs/${id}/resolve`).send({ supportDate: today, report: 'Выплата назначена' });
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('MISSING_DOCUMENTS');

    for (const doc of measure.requiredDocuments as { code: string }[]) {
      const uploaded = await system
        .as(executor)
        .post(`/api/needs/${id}/documents`)
        .field('kind', doc.code)
        .attach('file', await demoDocumentPdf(doc.code), { filename: `${doc.code}.pdf`, contentType: 'application/octet-stream' });
      expect(uploaded.status).toBe(201);
      expect(uploaded.body).toMatchObject({ kind: doc.code, mimeType: 'application/pdf', fileName: `${doc.code}.pdf` });
      expect(uploaded.body.sha256).toMatch(/^[0-9a-f]{64}$/);
    }
    const resolved = await system.as(executor).post(`/api/needs/${id}/resolve`).send({ supportDate: today, report: 'Выплата назначена' });
    expect(resolved.status).toBe(200);
    expect(resolved.body).toMatchObject({ status: 'RESOLVED', supportDate: today, report: 'Выплата назначена' });

    const events = await system.as(supervisor).get(`/api/needs/${id}/events`);
    expect(events.body.map((e: { type: string }) => e.type)).toEqual([
      'REGISTERED',
      'ROUTED',
      'CLAIMED',
      'ACCEPTED',
      'INFO_REQUESTED',
      'INFO_PROVIDED',
      ...(measure.requiredDocuments as unknown[]).map(() => 'DOCUMENT_ATTACHED'),
      'RESOLVED',
    ]);
    expect(events.body[2]).toMatchObject({ actorId: executor, actorName: expect.any(String) });

    const history = await system.as(supervisor).get(`/api/needs/${id}/workflow-history`);
    const types = history.body.events.map((e: { eventType: string }) => e.eventType);
    expect(types[0]).toBe('EVENT_TYPE_WORKFLOW_EXECUTION_STARTED');
    expect(types).toContain('EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_ACCEPTED');
    expect(types[types.length - 1]).toBe('EVENT_TYPE_WORKFLOW_EXECUTION_COMPLETED');
  });

  it('keeps the queue row equal to the workflow state after every step', async () => {
    const { body } = await register();
    await system.as(executor).post(`/api/needs/${body.id}/accept`).send({});
    await system.as(supervisor).post(`/api/needs/${body.id}/assign`).send({ assigneeId: otherExecutor });
    const state = await workflowState(body.id);
    const row = await system.prisma.need.findUniqueOrThrow({ where: { id: body.id } });
    expect({
      status: row.status,
      organisationId: row.organisationId,
      assigneeId: row.assigneeId,
      activeDueAt: row.activeDueAt?.toISOString() ?? null,
      resolveDueAt: row.resolveDueAt?.toISOString() ?? null,
      escalationLevel: row.escalationLevel,
      projectionSeq: row.projectionSeq,
    }).toEqual({
      status: state.status,
      organisationId: state.organisationId,
      assigneeId: otherExecutor,
      activeDueAt: state.activeDueAt,
      resolveDueAt: state.resolveDueAt,
      escalationLevel: state.escalationLevel,
      projectionSeq: state.seq,
    });
  });

  it('registers once per Idempotency-Key and refuses the key for a different need', async () => {
    const first = await register('key-1');
    const again = await register('key-1');
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(first.body.id);
    const other = await register('key-1', 'Совсем другое обращение');
    expect(other.status).toBe(409);
    expect(await system.prisma.need.count({ where: { id: first.body.id } })).toBe(1);
  });

  it('refuses bad input with field messages and writes nothing', async () => {
    const before = await system.prisma.need.count();
    const bad = await system.as(operator).post('/api/needs').send({ personId: 'nope', description: '' });
    expect(bad.status).toBe(422);
    expect(Object.keys(bad.body.error.fields).sort()).toEqual(['description', 'measureId', 'personId']);
    const unknownPerson = await system
      .as(operator)
      .post('/api/needs')
      .send({ personId: measure.id, measureId: measure.id, description: 'x' });
    expect(unknownPerson.status).toBe(422);
    expect(unknownPerson.body.error.fields.personId).toBeDefined();
    expect((await system.as(executor).post('/api/needs').send({ personId, measureId: measure.id, description: 'x' })).status).toBe(403);
    expect(await system.prisma.need.count()).toBe(before);
  });

  it('answers 404 for unknown needs and 409 for transitions the case does not allow', async () => {
    expect((await system.as(executor).get('/api/needs/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await system.as(executor).get('/api/needs/not-a-uuid')).status).toBe(404);
    expect((await system.as(executor).post('/api/needs/00000000-0000-4000-8000-000000000000/claim').send({})).status).toBe(404);
    const { body } = await register();
    const refused = await system.as(operator).post(`/api/needs/${body.id}/provideInfo`).send({ answer: 'x' });
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({ code: 'INVALID_TRANSITION', message: expect.stringContaining('Действие недоступно') });
    const badReason = await system.as(executor).post(`/api/needs/${body.id}/reject`).send({ reason: 'BECAUSE', comment: 'x' });
    expect(badReason.status).toBe(422);
    expect(badReason.body.error.fields.reason).toBe('Выберите причину отказа из списка');
  });

  it('refuses oversized, empty and disguised uploads and stores nothing', async () => {
    const { body } = await register();
    const upload = (bytes: Buffer, name: string) =>
      system.as(executor).post(`/api/needs/${body.id}/documents`).field('kind', 'act').attach('file', bytes, { filename: name });
    expect((await upload(Buffer.alloc(300 * 1024, 1), 'big.pdf')).status).toBe(413);
    expect((await upload(Buffer.from('MZ\x90\x00 not a pdf at all'), 'virus.pdf')).status).toBe(415);
    const empty = await upload(Buffer.alloc(0), 'empty.pdf');
    expect(empty.status).toBe(422);
    expect(await system.prisma.document.count({ where: { needId: body.id } })).toBe(0);
  });
});

describe('what an executor sees of the passport', () => {
  it('shows the person and contacts, and debts only when the measure is about debts', async () => {
    const debtMeasure = await system.prisma.supportMeasure.findFirstOrThrow({ where: { code: 'DEBT_UTILITIES_RESTRUCT' } });
    const otherMeasure = await system.prisma.supportMeasure.findFirstOrThrow({ where: { code: 'MED_GP_APPOINTMENT' } });
    const debtCase = await system.as(operator).post('/api/needs').send({ personId, measureId: debtMeasure.id, description: 'долг за ЖКУ' });
    const medicalCase = await system.as(operator).post('/api/needs').send({ personId, measureId: otherMeasure.id, description: 'врач' });
    const energy = await userId(system.prisma, 'executor.minenergo');
    const health = await userId(system.prisma, 'executor.minzdrav');
    const seenByEnergy = (await system.as(energy).get(`/api/needs/${debtCase.body.id}`)).body.person;
    const seenByHealth = (await system.as(health).get(`/api/needs/${medicalCase.body.id}`)).body.person;
    expect(seenByEnergy).toHaveProperty('debts');
    expect(seenByEnergy).toHaveProperty('contacts');
    expect(seenByHealth).toHaveProperty('contacts');
    expect(seenByHealth).not.toHaveProperty('debts');
    expect(seenByHealth).not.toHaveProperty('incomes');
    expect((await system.as(health).get(`/api/needs/${debtCase.body.id}`)).status).toBe(404);
  });
});
