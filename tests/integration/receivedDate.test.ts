import { addDays } from '../../shared/calendar/calendarDays';
import { endOfDay, localDate, subtractWorkingDays } from '../../shared/calendar/workingDays';
import { measureByCode, registerPerson, userId } from '../support/fixtures';
import { startTestSystem } from '../support/system';
import type { TestSystem } from '../support/system';

let system: TestSystem;
let operator: string;
let coordinator: string;
let personId: string;
let measure: Awaited<ReturnType<typeof measureByCode>>;

beforeAll(async () => {
  system = await startTestSystem();
  operator = await userId(system.prisma, 'operator.samara');
  coordinator = await userId(system.prisma, 'coordinator');
  measure = await measureByCode(system.prisma, 'MED_GP_APPOINTMENT');
  personId = await registerPerson(system, 'operator.samara', 'Бумажная');
}, 180_000);

afterAll(async () => {
  await system?.stop();
});

const register = (receivedAt: string) =>
  system.as(operator).post('/api/needs').send({ personId, measureId: measure.id, description: 'Заявление пришло почтой', receivedAt });

describe('registering a paper application with the date it was received', () => {
  it('counts the deadlines from that day, so a long-delayed application arrives overdue and escalated to the coordinator', async () => {
    const today = localDate(new Date());
    const received = localDate(
      new Date(subtractWorkingDays(system.calendar, endOfDay(today), measure.acceptWorkingDays + 8).getTime() - 1),
    );
    const res = await register(received);
    expect(res.status).toBe(201);
    expect(localDate(new Date(res.body.registeredAt))).toBe(received);
    expect(res.body).toMatchObject({ status: 'ASSIGNED', overdue: true, escalationLevel: 3 });
    const shown = await system.as(operator).get(`/api/needs/${res.body.id}`);
    expect(shown.body.workingDaysLeft).toBeLessThanOrEqual(-7);

    const escalations = await system
      .as(coordinator)
      .get('/api/supervision/escalations')
      .query({ range: JSON.stringify([0, 99]) });
    expect(escalations.status).toBe(200);
    expect(escalations.body.map((c: { id: string }) => c.id)).toContain(res.body.id);
    const events = await system.as(operator).get(`/api/needs/${res.body.id}/events`);
    expect(
      events.body.filter((e: { type: string }) => e.type === 'ESCALATED').map((e: { data: { level: number } }) => e.data.level),
    ).toEqual([1, 2, 3]);
  });

  it('refuses a date in the future or more than 60 days back, on the field, in Russian', async () => {
    const today = localDate(new Date());
    for (const receivedAt of [addDays(today, 1), addDays(today, -61), '2026-02-30']) {
      const res = await register(receivedAt);
      expect(res.status).toBe(422);
      expect(res.body.error.fields.receivedAt).toMatch(/[а-я]/i);
    }
    expect(await system.prisma.need.count({ where: { personId } })).toBe(1);
  });

  it('treats today as an ordinary registration', async () => {
    const res = await register(localDate(new Date()));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ escalationLevel: 0, overdue: false });
    expect((await system.as(operator).get(`/api/needs/${res.body.id}`)).body.workingDaysLeft).toBe(measure.acceptWorkingDays);
  });
});
