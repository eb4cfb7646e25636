import { randomUUID } from 'node:crypto';
import { addDays } from '../../shared/calendar/calendarDays';
import { isWorkingDay } from '../../shared/calendar/productionCalendar';
import { endOfDay, localDate } from '../../shared/calendar/workingDays';
import { demoDocumentPdf } from '../../scripts/seed/demoDocument';
import type { Prisma } from '../../prisma/client';
import { measureByCode, registerPerson, userId } from '../support/fixtures';
import { startTestSystem } from '../support/system';
import type { TestSystem } from '../support/system';

/**
 * Cases are registered through the API (real workflows, real projection rows); only their read
 * model is then aged in SQL — deadlines, registration and closing times, escalation level — since
 * real time cannot pass in a test.
 */
let system: TestSystem;
const user: Record<string, string> = {};
let samara: string;
let tolyatti: string;
let minsoc: string;
const person: Record<'samara' | 'tolyatti', string> = { samara: '', tolyatti: '' };

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const now = new Date();

async function register(operator: 'samara' | 'tolyatti', measureCode: string): Promise<string> {
  const measure = await measureByCode(system.prisma, measureCode);
  const res = await system
    .as(user[`operator.${operator}`])
    .post('/api/needs')
    .send({ personId: person[operator], measureId: measure.id, description: 'контроль сроков' });
  expect(res.status).toBe(201);
  return res.body.id;
}

const age = (id: string, data: Prisma.NeedUpdateInput) => system.prisma.need.update({ where: { id }, data });

/** A deadline exactly `days` working days behind today: the end of the day before the days-th working day back. */
function deadlineLate(days: number): Date {
  const { calendar } = system;
  let day = localDate(now);
  for (let counted = 0; counted < days; day = addDays(day, -1)) if (isWorkingDay(calendar, day)) counted += 1;
  return endOfDay(day);
}

async function act(actor: string, id: string, action: string, body: object = {}) {
  const res = await system.as(user[actor]).post(`/api/needs/${id}/${action}`).send(body);
  expect(res.status).toBe(200);
}

/** Support given through the API by MINTRUD's executor (its measures here ask for the act only). */
async function resolve(id: string) {
  await act('executor.mintrud', id, 'claim');
  await act('executor.mintrud', id, 'accept');
  const uploaded = await system
    .as(user['executor.mintrud'])
    .post(`/api/needs/${id}/documents`)
    .field('kind', 'act')
    .attach('file', await demoDocumentPdf('act'), { filename: 'act.pdf' });
  expect(uploaded.status).toBe(201);
  await act('executor.mintrud', id, 'resolve', { supportDate: localDate(now), report: 'Помощь оказана' });
}

const ids = (res: { body: { id: string }[] }) => res.body.map((c) => c.id);

beforeAll(async () => {
  system = await startTestSystem();
  const usernames = [
    'supervisor.minsoc',
    'supervisor.minzdrav',
    'supervisor.mintrud',
    'coordinator',
    'auditor',
    'operator.samara',
    'operator.tolyatti',
    'executor.minsoc',
    'executor2.minsoc',
    'executor.mintrud',
  ];
  for (const username of usernames) user[username] = await userId(system.prisma, username);
  samara = (await system.prisma.municipality.findUniqueOrThrow({ where: { code: 'samara' } })).id;
  tolyatti = (await system.prisma.municipality.findUniqueOrThrow({ where: { code: 'tolyatti' } })).id;
  minsoc = (await system.prisma.organisation.findUniqueOrThrow({ where: { code: 'MINSOC' } })).id;
  person.samara = await registerPerson(system, 'operator.samara', 'Контрольная');
  person.tolyatti = await registerPerson(system, 'operator.tolyatti', 'Тольяттинская');
}, 180_000);

afterAll(async () => {
  await system?.stop();
});

describe('overdue cases: the board, its drill-down and the escalations', () => {
  // MINSOC's cases, by working days late: a minute, 2, 3 (in Tolyatti), 10, 11; one on time; one closed late.
  const late: Record<'minute' | 'two' | 'three' | 'ten' | 'eleven', string> = { minute: '', two: '', three: '', ten: '', eleven: '' };

  beforeAll(async () => {
    const [minute, two, three, ten, eleven, onTime, closed] = await Promise.all([
      register('samara', 'SOC_CHILD_BENEFIT'),
      register('samara', 'SOC_CHILD_BENEFIT'),
      register('tolyatti', 'SOC_CHILD_BENEFIT'),
      register('samara', 'SOC_CHILD_BENEFIT'),
      register('samara', 'SOC_CHILD_BENEFIT'),
      register('samara', 'SOC_CHILD_BENEFIT'),
      register('samara', 'SOC_CHILD_BENEFIT'),
    ]);
    Object.assign(late, { minute, two, three, ten, eleven });
    await age(minute, { activeDueAt: new Date(now.getTime() - 60_000) });
    await age(two, { activeDueAt: deadlineLate(2), escalationLevel: 1 });
    await age(three, { activeDueAt: deadlineLate(3), escalationLevel: 2 });
    await age(ten, { activeDueAt: deadlineLate(10), escalationLevel: 2 });
    await age(eleven, { activeDueAt: deadlineLate(11), escalationLevel: 3 });
    expect(onTime).toBeDefined();
    await act('operator.samara', closed, 'cancel', { reason: 'Гражданин передумал' });
    await age(closed, { resolveDueAt: deadlineLate(20), escalationLevel: 3 });
  }, 120_000);

  it('counts a supervisor’s open overdue cases by working days late, per organisation', async () => {
    const res = await system.as(user['supervisor.minsoc']).get('/api/supervision/overdue-board?groupBy=organisation');
    expect(res.status).toBe(200);
    expect(res.body).toEqual([
      { groupId: minsoc, groupName: 'Минсоцдемографии', total: 5, buckets: { '1-2': 2, '3-5': 1, '6-10': 1, '11+': 1 } },
    ]);
  });

  it('splits the same cases by municipality', async () => {
    const res = await system.as(user['supervisor.minsoc']).get('/api/supervision/overdue-board?groupBy=municipality');
    expect(res.body).toEqual([
      { groupId: samara, groupName: 'городской округ Самара', total: 4, buckets: { '1-2': 2, '3-5': 0, '6-10': 1, '11+': 1 } },
      { groupId: tolyatti, groupName: 'городской округ Тольятти', total: 1, buckets: { '1-2': 0, '3-5': 1, '6-10': 0, '11+': 0 } },
    ]);
  });

  it('drills down from a cell of the board to its cases, longest overdue first', async () => {
    const cell = await system
      .as(user['supervisor.minsoc'])
      .get('/api/supervision/overdue-cases')
      .query({ filter: JSON.stringify({ groupBy: 'municipality', groupId: samara, bucket: '1-2' }) });
    expect(cell.status).toBe(200);
    expect(ids(cell)).toEqual([late.two, late.minute]);
    expect(cell.body[0]).toMatchObject({ workingDaysLeft: -2, overdue: true, municipality: { id: samara } });
    expect(cell.headers['content-range']).toBe('overdue-cases 0-1/2');

    const group = await system
      .as(user['supervisor.minsoc'])
      .get('/api/supervision/overdue-cases')
      .query({ filter: JSON.stringify({ groupBy: 'organisation', groupId: minsoc }), range: '[1,2]' });
    expect(ids(group)).toEqual([late.ten, late.three]);
    expect(group.headers['content-range']).toBe('overdue-cases 1-2/5');
  });

  it('refuses an unknown grouping or bucket with a message on the parameter', async () => {
    const grouping = await system.as(user['supervisor.minsoc']).get('/api/supervision/overdue-board?groupBy=ministry');
    expect(grouping.status).toBe(400);
    expect(Object.keys(grouping.body.error.fields)).toEqual(['groupBy']);
    const bucket = await system
      .as(user['supervisor.minsoc'])
      .get('/api/supervision/overdue-cases')
      .query({ filter: JSON.stringify({ bucket: '4-7' }) });
    expect(bucket.status).toBe(400);
    expect(bucket.body.error.fields.filter).toMatch(/1-2, 3-5, 6-10, 11\+/);
  });

  it('gives the head of the organisation the cases escalated to them or above, longest overdue first', async () => {
    const res = await system.as(user['supervisor.minsoc']).get('/api/supervision/escalations');
    expect(ids(res)).toEqual([late.eleven, late.ten, late.three]);
    expect(res.headers['content-range']).toBe('escalations 0-2/3');
  });

  it('gives the regional coordinator only those escalated to the top of the chain, and auditors every escalation', async () => {
    expect(ids(await system.as(user.coordinator).get('/api/supervision/escalations'))).toEqual([late.eleven]);
    expect(ids(await system.as(user.auditor).get('/api/supervision/escalations'))).toEqual([late.eleven, late.ten, late.three, late.two]);
  });

  it('shows another organisation’s supervisor none of them', async () => {
    const other = system.as(user['supervisor.minzdrav']);
    expect((await other.get('/api/supervision/overdue-board')).body).toEqual([]);
    expect((await other.get('/api/supervision/escalations')).body).toEqual([]);
    const drill = await other.get('/api/supervision/overdue-cases').query({ filter: JSON.stringify({ groupId: minsoc }) });
    expect(drill.body).toEqual([]);
    expect(drill.headers['content-range']).toBe('overdue-cases 0-0/0');
  });

  it('audits the case lists, which show names', async () => {
    await system.as(user.coordinator).get('/api/supervision/escalations');
    const entry = await system.prisma.auditLog.findFirst({
      where: { actorId: user.coordinator, action: 'SEARCH' },
      orderBy: { at: 'desc' },
    });
    expect(entry?.changes).toMatchObject({ list: 'escalations', shown: 1 });
  });

  it('is not for executors', async () => {
    expect((await system.as(user['executor.minsoc']).get('/api/supervision/escalations')).status).toBe(403);
    expect((await system.as(user['executor.minsoc']).get('/api/supervision/overdue-cases')).status).toBe(403);
  });
});

describe('the charts', () => {
  /** Monday 00:00 of this week in Samara, and the week starts as the API names them. */
  const today = () => localDate(now);
  const monday = () => addDays(today(), -((new Date(`${today()}T00:00:00Z`).getUTCDay() + 6) % 7));
  const weekStart = () => endOfDay(addDays(monday(), -1)).getTime();
  const at = (daysFromWeekStart: number) => new Date(weekStart() + daysFromWeekStart * DAY);

  beforeAll(async () => {
    const [p, q, r, s, u, quick, slower, long, old] = await Promise.all([
      ...Array.from({ length: 5 }, () => register('samara', 'EMP_JOB_SEARCH')),
      register('samara', 'EMP_JOB_SEARCH'),
      register('samara', 'EMP_JOB_SEARCH'),
      register('samara', 'EMP_TEEN_SUMMER'),
      register('samara', 'EMP_TEEN_SUMMER'),
    ]);
    // Open at week ends (ends: W-14d, W-7d, W, now) and past the resolve deadline then:
    await age(p, { registeredAt: at(-20), resolveDueAt: at(-10) }); //   open throughout, overdue from W-7d
    await act('operator.samara', q, 'cancel', { reason: 'Гражданин передумал' });
    await age(q, { registeredAt: at(-16), resolveDueAt: at(-15), closedAt: at(-8) }); // open and overdue at W-14d only
    await age(r, { registeredAt: at(-9), resolveDueAt: at(30) }); //    open from W-7d, never overdue
    await age(s, { registeredAt: at(-3), resolveDueAt: at(-1) }); //    open and overdue at W and now
    expect(u).toBeDefined(); //                                           registered now: open now only
    await Promise.all([quick, slower, long, old].map(resolve));
    // Median of 1.5 and 2.25 days is 1.875, shown as 1.9; closed within the week, so never open at a week's end.
    await age(quick, { registeredAt: at(-3.5), closedAt: at(-2) });
    await age(slower, { registeredAt: at(-4.25), closedAt: at(-2) });
    await age(long, { registeredAt: at(-40), closedAt: at(-30) });
    await age(old, { registeredAt: new Date(now.getTime() - 110 * DAY), closedAt: new Date(now.getTime() - 100 * DAY) });
  }, 180_000);

  it('counts the cases open at the end of each Samara week and, of them, those past the resolve deadline then', async () => {
    const res = await system.as(user['supervisor.mintrud']).get('/api/analytics/open-vs-overdue?weeks=4');
    expect(res.status).toBe(200);
    expect(res.body).toEqual([
      { weekStart: addDays(monday(), -21), open: 2, overdue: 1 },
      { weekStart: addDays(monday(), -14), open: 2, overdue: 1 },
      { weekStart: addDays(monday(), -7), open: 3, overdue: 2 },
      { weekStart: monday(), open: 4, overdue: 2 },
    ]);
  });

  it('gives the median days from registration to support per measure, over the period', async () => {
    const res = await system.as(user['supervisor.mintrud']).get('/api/analytics/median-resolution?days=90');
    const [jobSearch, teenSummer] = await Promise.all([
      measureByCode(system.prisma, 'EMP_JOB_SEARCH'),
      measureByCode(system.prisma, 'EMP_TEEN_SUMMER'),
    ]);
    expect(res.body).toEqual([
      { measureId: teenSummer.id, measureName: teenSummer.name, resolved: 1, medianDays: 10 },
      { measureId: jobSearch.id, measureName: jobSearch.name, resolved: 2, medianDays: 1.9 },
    ]);
  });

  it('shows another organisation’s supervisor none of these cases', async () => {
    const open = await system.as(user['supervisor.minzdrav']).get('/api/analytics/open-vs-overdue?weeks=4');
    expect(open.body.map((w: { open: number; overdue: number }) => [w.open, w.overdue])).toEqual([
      [0, 0],
      [0, 0],
      [0, 0],
      [0, 0],
    ]);
    expect((await system.as(user['supervisor.minzdrav']).get('/api/analytics/median-resolution')).body).toEqual([]);
  });

  it('refuses a period out of range', async () => {
    const res = await system.as(user.coordinator).get('/api/analytics/open-vs-overdue?weeks=0');
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.error.fields)).toEqual(['weeks']);
  });
});

describe('bulk case actions', () => {
  const registerMinsoc = () => register('samara', 'SOC_CHILD_BENEFIT');

  it('claims each case it can and says why it could not claim the others', async () => {
    const [first, second, withdrawn] = await Promise.all([registerMinsoc(), registerMinsoc(), registerMinsoc()]);
    await act('operator.samara', withdrawn, 'cancel', { reason: 'Гражданин передумал' });
    const res = await system
      .as(user['executor.minsoc'])
      .post('/api/needs-bulk/claim')
      .send({ ids: [first, withdrawn, second] });
    expect(res.status).toBe(200);
    expect(res.body).toEqual([
      { id: first, ok: true, status: 'ASSIGNED' },
      { id: withdrawn, ok: false, error: { code: expect.any(String), message: expect.stringMatching(/Дело закрыто/) } },
      { id: second, ok: true, status: 'ASSIGNED' },
    ]);
    const claimed = await system.prisma.need.findMany({ where: { id: { in: [first, second] } } });
    expect(claimed.map((n) => n.assigneeId)).toEqual([user['executor.minsoc'], user['executor.minsoc']]);
    const audited = await system.prisma.auditLog.findMany({
      where: { action: 'CASE_CLAIM', entityId: { in: [first, second, withdrawn] } },
    });
    expect(audited.map((a) => a.entityId).sort()).toEqual([first, second].sort());
  });

  it('answers a case of another organisation as not found, without touching it', async () => {
    const foreign = await register('samara', 'EMP_JOB_SEARCH');
    const res = await system
      .as(user['executor.minsoc'])
      .post('/api/needs-bulk/claim')
      .send({ ids: [foreign] });
    expect(res.body).toEqual([{ id: foreign, ok: false, error: { code: 'NOT_FOUND', message: expect.any(String) } }]);
    expect((await system.prisma.need.findUniqueOrThrow({ where: { id: foreign } })).assigneeId).toBeNull();
  });

  it('lets a supervisor reassign cases in bulk, and refuses an executor case by case', async () => {
    const [first, second] = await Promise.all([registerMinsoc(), registerMinsoc()]);
    const byExecutor = await system
      .as(user['executor.minsoc'])
      .post('/api/needs-bulk/assign')
      .send({ ids: [first], assigneeId: user['executor2.minsoc'] });
    expect(byExecutor.body).toEqual([
      { id: first, ok: false, error: { code: 'FORBIDDEN', message: 'Назначать исполнителя может руководитель организации' } },
    ]);
    await act('executor.minsoc', second, 'claim');
    const res = await system
      .as(user['supervisor.minsoc'])
      .post('/api/needs-bulk/assign')
      .send({ ids: [first, second], assigneeId: user['executor2.minsoc'] });
    expect(res.body).toEqual([
      { id: first, ok: true, status: 'ASSIGNED' },
      { id: second, ok: true, status: 'ASSIGNED' },
    ]);
    const assigned = await system.prisma.need.findMany({ where: { id: { in: [first, second] } } });
    expect(assigned.map((n) => n.assigneeId)).toEqual([user['executor2.minsoc'], user['executor2.minsoc']]);
  });

  it('refuses an empty or too long selection, a bad id, or an assignment without an assignee, with field messages', async () => {
    const send = (action: string, body: object) => system.as(user['supervisor.minsoc']).post(`/api/needs-bulk/${action}`).send(body);
    const empty = await send('claim', { ids: [] });
    expect(empty.status).toBe(422);
    expect(empty.body.error.fields).toEqual({ ids: 'Выберите хотя бы одно дело' });
    const tooMany = await send('claim', { ids: Array.from({ length: 101 }, () => randomUUID()) });
    expect(tooMany.status).toBe(422);
    expect(tooMany.body.error.fields).toEqual({ ids: 'Не больше 100 дел за раз' });
    const badId = await send('claim', { ids: ['x'] });
    expect(badId.body.error.fields).toEqual({ 'ids.0': 'Ожидается идентификатор дела' });
    const noAssignee = await send('assign', { ids: [randomUUID()] });
    expect(noAssignee.status).toBe(422);
    expect(noAssignee.body.error.fields).toEqual({ assigneeId: 'Выберите исполнителя' });
    expect((await send('delete', { ids: [randomUUID()] })).status).toBe(404);
  });
});
