import { measureWithDocuments, registerPerson, userId } from '../support/fixtures';
import { startTestSystem } from '../support/system';
import type { TestSystem } from '../support/system';

let system: TestSystem;
let operator: string;
let executor: string;
let coordinator: string;
let foreignExecutor: string;
let auditor: string;
let measureId: string;

beforeAll(async () => {
  system = await startTestSystem();
  [operator, executor, coordinator, foreignExecutor, auditor] = await Promise.all(
    ['operator.samara', 'executor.minsoc', 'coordinator', 'executor.mintrud', 'auditor'].map((u) => userId(system.prisma, u)),
  );
  measureId = (await measureWithDocuments(system.prisma, 'MINSOC')).id;
}, 180_000);

afterAll(async () => {
  await system?.stop();
});

async function openCase(): Promise<string> {
  const personId = await registerPerson(system, 'operator.samara', 'Комментова');
  const res = await system.as(operator).post('/api/needs').send({ personId, measureId, description: 'комментарии' });
  await system.as(executor).post(`/api/needs/${res.body.id}/accept`).send({}).expect(200);
  return res.body.id;
}

const comment = (who: string, needId: string, text: unknown) => system.as(who).post(`/api/needs/${needId}/comment`).send({ text });

describe('case comments', () => {
  it('records the comments of the executor, the operator and the coordinator in the case history, audited', async () => {
    const needId = await openCase();
    await comment(executor, needId, 'Позвонили семье, ждём справку').expect(200);
    await comment(operator, needId, 'Семья просит перезвонить после 18:00').expect(200);
    await comment(coordinator, needId, 'Прошу закрыть до конца недели').expect(200);

    const events = await system.as(operator).get(`/api/needs/${needId}/events`).expect(200);
    const comments = events.body.filter((e: { type: string }) => e.type === 'COMMENTED');
    expect(comments.map((e: { actorId: string; data: { text: string } }) => [e.actorId, e.data.text])).toEqual([
      [executor, 'Позвонили семье, ждём справку'],
      [operator, 'Семья просит перезвонить после 18:00'],
      [coordinator, 'Прошу закрыть до конца недели'],
    ]);
    expect(comments[0].actorName).toBe('Павлова Ольга Евгеньевна');
    const audited = await system.prisma.auditLog.findFirst({ where: { action: 'CASE_COMMENT', entityId: needId, actorId: coordinator } });
    expect(audited?.changes).toEqual({ text: 'Прошу закрыть до конца недели' });
  });

  it('refuses an empty or over-long comment with a field message, and people outside the case', async () => {
    const needId = await openCase();
    const empty = await comment(executor, needId, '   ');
    expect(empty.status).toBe(422);
    expect(empty.body.error.fields.text).toBeTruthy();
    expect((await comment(executor, needId, 'я'.repeat(2001))).status).toBe(422);
    await comment(executor, needId, 'я'.repeat(2000)).expect(200);
    expect((await comment(foreignExecutor, needId, 'чужое дело')).status).toBe(404);
    expect((await comment(auditor, needId, 'аудитор')).status).toBe(403);

    const events = await system.as(operator).get(`/api/needs/${needId}/events`);
    expect(events.body.filter((e: { type: string }) => e.type === 'COMMENTED')).toHaveLength(1);
  });

  it('refuses a comment once the case is closed', async () => {
    const needId = await openCase();
    await system.as(operator).post(`/api/needs/${needId}/cancel`).send({ reason: 'Семья переехала' }).expect(200);
    const late = await comment(executor, needId, 'поздно');
    expect(late.status).toBe(409);
    expect(late.body.error.message).toMatch(/Дело закрыто/);
  });
});
