import { localDate } from '../../shared/calendar/workingDays';
import { measureByCode, registerPerson, userId } from '../support/fixtures';
import { startTestSystem } from '../support/system';
import type { TestSystem } from '../support/system';

let system: TestSystem;
let operator: string;
let coordinator: string;
let executorMinfin: string;
let supervisorMincult: string;
let supervisorMinzdrav: string;
let personId: string;

beforeAll(async () => {
  system = await startTestSystem();
  operator = await userId(system.prisma, 'operator.samara');
  coordinator = await userId(system.prisma, 'coordinator');
  executorMinfin = await userId(system.prisma, 'executor.minfin');
  supervisorMincult = await userId(system.prisma, 'supervisor.mincult');
  supervisorMinzdrav = await userId(system.prisma, 'supervisor.minzdrav');
  personId = await registerPerson(system, 'operator.samara');
}, 180_000);

afterAll(async () => {
  await system?.stop();
});

type Point = { key: string; status: string; needId: string };
const pointOf = (body: { points: Point[] }, key: string) => body.points.find((p) => p.key === key)!;

async function planUntil(planId: string, check: (body: { status: string; points: Point[] }) => boolean) {
  // Bounded by time, not by tries: on a loaded machine the child case and the plan's projection take longer.
  for (const until = Date.now() + 60_000; Date.now() < until;) {
    const res = await system.as(operator).get(`/api/plans/${planId}`);
    if (check(res.body)) return res.body;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the plan did not reach the expected state');
}

async function twoStepTemplate() {
  const [literacy, pushkin] = await Promise.all([
    measureByCode(system.prisma, 'DEBT_FIN_LITERACY'),
    measureByCode(system.prisma, 'CULT_PUSHKIN_CARD'),
  ]);
  const point = (key: string, measureId: string, predecessors: string[]) => ({
    key,
    title: key === 'budget' ? 'Курс финансовой грамотности' : 'Пушкинская карта',
    measureId,
    durationWorkingDays: 5,
    evidenceDocument: 'Справка',
    predecessors,
  });
  return {
    code: `TWO_STEPS_${Date.now()}`,
    name: 'Два шага',
    onPredecessorRejected: 'BLOCK',
    points: [point('budget', literacy.id, []), point('card', pushkin.id, ['budget'])],
  };
}

describe('support plans through the API', () => {
  it('refuses a template whose links form a cycle, naming the cycle', async () => {
    const template = await twoStepTemplate();
    template.points[0].predecessors = ['card'];
    const res = await system.as(coordinator).post('/api/plan-templates').send(template);
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('PLAN_GRAPH_INVALID');
    expect(res.body.error.message).toContain('«Курс финансовой грамотности» → «Пушкинская карта» → «Курс финансовой грамотности»');
  });

  it('starts the seeded social-contract plan with its first point a case in the queue and the rest waiting', async () => {
    const templates = await system.as(operator).get('/api/plan-templates');
    const template = templates.body.find((t: { code: string }) => t.code === 'SOCIAL_CONTRACT_JOB');
    const res = await system.as(operator).post('/api/plans').send({ personId, templateId: template.id });
    expect({ status: res.status, body: res.status === 201 ? null : res.body }).toEqual({ status: 201, body: null });
    expect(res.body.criticalPath).toEqual(['contract', 'job_search', 'training', 'work_start', 'monitoring']);
    expect(pointOf(res.body, 'contract').status).toBe('OPEN');
    expect(pointOf(res.body, 'job_search').status).toBe('WAITING');
    const need = await system.as(operator).get(`/api/needs/${pointOf(res.body, 'contract').needId}`);
    expect(need.status).toBe(200);
    expect(need.body.status).toBe('ASSIGNED');
    // A ministry with no point in the plan does not see it.
    expect((await system.as(supervisorMinzdrav).get(`/api/plans/${res.body.id}`)).status).toBe(404);
    const listed = await system
      .as(operator)
      .get('/api/plans')
      .query({ filter: JSON.stringify({ personId }) });
    expect(listed.body.map((p: { id: string }) => p.id)).toContain(res.body.id);
  });

  it('opens the next point when its predecessor is resolved, and withdraws it when the plan is cancelled', async () => {
    const created = await system
      .as(coordinator)
      .post('/api/plan-templates')
      .send(await twoStepTemplate());
    expect(created.status).toBe(201);
    const started = await system
      .as(operator)
      .post('/api/plans')
      .set('Idempotency-Key', created.body.code)
      .send({ personId, templateId: created.body.id });
    expect(started.status).toBe(201);
    const again = await system
      .as(operator)
      .post('/api/plans')
      .set('Idempotency-Key', created.body.code)
      .send({ personId, templateId: created.body.id });
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(started.body.id);

    const budgetNeed = pointOf(started.body, 'budget').needId;
    expect((await system.as(executorMinfin).post(`/api/needs/${budgetNeed}/accept`).send({})).status).toBe(200);
    const resolved = await system
      .as(executorMinfin)
      .post(`/api/needs/${budgetNeed}/resolve`)
      .send({ supportDate: localDate(new Date()), report: 'Курс пройден' });
    expect(resolved.status).toBe(200);

    const moved = await planUntil(started.body.id, (p) => pointOf(p, 'card').status === 'OPEN');
    expect(pointOf(moved, 'budget').status).toBe('RESOLVED');
    // The organisation answering for the second point now sees the plan, with a link to its case.
    const seen = await system.as(supervisorMincult).get(`/api/plans/${started.body.id}`);
    expect(seen.status).toBe(200);
    const cardNeed = pointOf(seen.body, 'card').needId;

    const cancelled = await system.as(operator).post(`/api/plans/${started.body.id}/cancel`).send({ reason: 'Семья переехала' });
    expect(cancelled.status).toBe(202);
    const over = await planUntil(started.body.id, (p) => p.status === 'CANCELLED');
    expect(pointOf(over, 'card').status).toBe('CANCELLED');
    expect((await system.as(operator).get(`/api/needs/${cardNeed}`)).body.status).toBe('CANCELLED');
    expect((await system.as(operator).post(`/api/plans/${started.body.id}/cancel`).send({ reason: 'Ещё раз' })).status).toBe(409);
  });

  it('refuses the plan-task measure from the needs API and from an appeal: only a plan opens such a case', async () => {
    const task = await measureByCode(system.prisma, 'PLAN_TASK');
    const direct = await system.as(operator).post('/api/needs').send({ personId, measureId: task.id, description: 'в обход плана' });
    expect(direct.status).toBe(422);
    expect(direct.body.error.fields).toEqual({ measureId: 'Эту меру открывает только план сопровождения' });
    const { householdId } = await system.prisma.person.findUniqueOrThrow({ where: { id: personId } });
    const appeal = await system
      .as(operator)
      .post('/api/appeals')
      .send({ householdId, applicantId: personId, needs: [{ personId, measureId: task.id, description: 'в обход плана' }] });
    expect(appeal.status).toBe(422);
    expect(appeal.body.error.fields).toEqual({ 'needs.0.measureId': 'Эту меру открывает только план сопровождения' });
    expect(await system.prisma.need.count({ where: { personId, measureId: task.id, description: 'в обход плана' } })).toBe(0);
  });

  it('opens a free-task point as a case of the plan-task measure, titled by the point, in the queue of the organisation named', async () => {
    const minfin = await system.prisma.organisation.findUniqueOrThrow({ where: { code: 'MINFIN' } });
    const template = {
      code: `FREE_TASK_${Date.now()}`,
      name: 'Разговор о бюджете',
      onPredecessorRejected: 'BLOCK',
      points: [
        {
          key: 'talk',
          title: 'Составить с семьёй бюджет на месяц',
          organisationId: minfin.id,
          durationWorkingDays: 3,
          evidenceDocument: 'Бюджет семьи',
          predecessors: [],
        },
      ],
    };
    const withoutOrganisation = { ...template, points: [{ ...template.points[0], organisationId: undefined }] };
    const refused = await system.as(coordinator).post('/api/plan-templates').send(withoutOrganisation);
    expect(refused.status).toBe(422);
    expect(Object.keys(refused.body.error.fields)).toEqual(['points.0.organisationId']);
    const created = await system.as(coordinator).post('/api/plan-templates').send(template);
    expect(created.status).toBe(201);
    expect(created.body.points[0]).toMatchObject({ measureId: null, organisationId: minfin.id });

    const started = await system.as(operator).post('/api/plans').send({ personId, templateId: created.body.id });
    expect(started.status).toBe(201);
    expect(pointOf(started.body, 'talk').status).toBe('OPEN');
    const need = await system.as(executorMinfin).get(`/api/needs/${pointOf(started.body, 'talk').needId}`);
    expect(need.status).toBe(200);
    expect(need.body).toMatchObject({ status: 'ASSIGNED', measure: { name: 'Задача плана сопровождения' } });
    expect(need.body.description).toContain('Составить с семьёй бюджет на месяц');
  });
});
