import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import type { Attachment } from 'mailparser';
import { endOfDay, localDate, subtractWorkingDays } from '../../shared/calendar/workingDays';
import { TASK_QUEUE } from '../../shared/needCase';
import { weekOf } from '../../shared/reports/reportWeek';
import { ensureWeeklyReportSchedule, WEEKLY_REPORT_SCHEDULE_ID } from '../../worker/weeklyReportSchedule';
import { measureByCode, registerPerson, takeAndResolve, userId } from '../support/fixtures';
import { startMailCatcher } from '../support/mailCatcher';
import { binaryBody } from '../support/binaryBody';
import { examinePdf } from '../support/poppler';
import { startTestSystem } from '../support/system';
import type { TestSystem } from '../support/system';

let system: TestSystem;
let catcher: Awaited<ReturnType<typeof startMailCatcher>>;
let operator: string;
let personId: string;
let school: Awaited<ReturnType<typeof measureByCode>>;
let doctor: Awaited<ReturnType<typeof measureByCode>>;
const week = weekOf(localDate(new Date()));
const COUNTS = ['received', 'resolvedInTime', 'resolvedLate', 'rejected', 'escalated', 'open', 'overdue'] as const;

beforeAll(async () => {
  catcher = await startMailCatcher();
  system = await startTestSystem({ smtpUrl: catcher.url });
  operator = await userId(system.prisma, 'operator.samara');
  school = await measureByCode(system.prisma, 'EDU_SCHOOL_KIT');
  doctor = await measureByCode(system.prisma, 'MED_GP_APPOINTMENT');
  personId = await registerPerson(system, 'operator.samara', 'Отчётная');
}, 180_000);

afterAll(async () => {
  await system?.stop();
  await catcher?.stop();
});

/** A case received today, or a paper application received long enough ago to be past both deadlines. */
async function register(measure: { id: string; acceptWorkingDays: number; resolveWorkingDays: number }, longAgo = false) {
  const receivedAt = longAgo
    ? localDate(subtractWorkingDays(system.calendar, endOfDay(localDate(new Date())), measure.resolveWorkingDays + 8))
    : undefined;
  const res = await system.as(operator).post('/api/needs').send({ personId, measureId: measure.id, description: 'Для отчёта', receivedAt });
  expect(res.status).toBe(201);
  return res.body.id as string;
}

async function resolve(needId: string, measure: { requiredDocuments: unknown }, executorName: string) {
  await takeAndResolve(system, await userId(system.prisma, executorName), needId, measure, 'Помощь оказана');
}

const runReport = () =>
  system.temporal.workflow.execute('weeklyReport', {
    taskQueue: TASK_QUEUE,
    workflowId: `weekly-report-test-${randomUUID()}`,
    args: [{ version: 1, week }],
  });

/** The counts of a measure's row (or «Итого») in the report's workbook. */
async function workbookRow(xlsx: Buffer, label: string): Promise<Record<(typeof COUNTS)[number], number>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(xlsx as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  let found: ExcelJS.Row | undefined;
  sheet.eachRow((row) => {
    if (row.getCell(1).value === label) found = row;
  });
  if (!found) throw new Error(`no row «${label}» in the workbook`);
  const row = found;
  return Object.fromEntries(COUNTS.map((k, i) => [k, Number(row.getCell(i + 2).value)])) as Record<(typeof COUNTS)[number], number>;
}

const attachment = (files: Attachment[], ext: string) => {
  const file = files.find((a) => a.filename?.endsWith(ext));
  if (!file) throw new Error(`no ${ext} attached`);
  return file.content;
};

describe('the weekly execution report', () => {
  it('is scheduled for Monday 07:00 in Samara time', async () => {
    await ensureWeeklyReportSchedule(system.temporal);
    await ensureWeeklyReportSchedule(system.temporal); // a second start leaves it as it is
    const described = await system.temporal.schedule.getHandle(WEEKLY_REPORT_SCHEDULE_ID).describe();
    expect(described.spec.calendars?.[0]).toMatchObject({
      hour: [{ start: 7, end: 7, step: 1 }],
      minute: [{ start: 0, end: 0, step: 1 }],
      dayOfWeek: [{ start: 'MONDAY', end: 'MONDAY', step: 1 }],
    });
    expect(described.spec.timezone).toBe('Europe/Samara');
    expect(described.action).toMatchObject({ type: 'startWorkflow', workflowType: 'weeklyReport' });
  });

  it('mails each organisation’s heads and the coordinator the week’s counts by measure, in PDF and XLSX, once', async () => {
    // Минсоцдемографии: one resolved in time, one refused.
    await resolve(await register(school), school, 'executor.minsoc');
    const refused = await register(school);
    await system
      .as(await userId(system.prisma, 'executor.minsoc'))
      .post(`/api/needs/${refused}/reject`)
      .send({ reason: 'DUPLICATE', comment: 'Повтор' })
      .expect(200);
    // Минздрав: a paper application resolved late, one past its deadline and still open, one new.
    await resolve(await register(doctor, true), doctor, 'executor.minzdrav');
    await register(doctor, true);
    await register(doctor);
    catcher.clear();

    const organisations = await system.prisma.organisation.count({ where: { active: true } });
    expect(await runReport()).toEqual({ week, organisations, sent: organisations * 2 });

    const subject = (shortName: string) => (m: (typeof catcher.caught)[number]) => m.parsed.subject?.endsWith(`: ${shortName}`);
    const minsoc = catcher.caught.filter(subject(school.organisation.shortName));
    expect(minsoc.flatMap((m) => m.envelopeTo).sort()).toEqual(['coordinator@samregion.example', 'supervisor.minsoc@samregion.example']);
    const minzdrav = catcher.caught.filter(subject(doctor.organisation.shortName));
    expect(minzdrav.flatMap((m) => m.envelopeTo).sort()).toEqual([
      'coordinator@samregion.example',
      'supervisor.minzdrav@samregion.example',
    ]);
    expect(minsoc[0].parsed.subject).toMatch(
      new RegExp(`^Отчёт по регламенту за неделю ${week} \\(\\d\\d\\.\\d\\d\\.\\d{4}–\\d\\d\\.\\d\\d\\.\\d{4}\\): `),
    );
    expect(minzdrav[0].parsed.text).toContain('Решено с нарушением срока: 1');

    const schoolCounts = { received: 2, resolvedInTime: 1, resolvedLate: 0, rejected: 1, escalated: 0, open: 0, overdue: 0 };
    const doctorCounts = { received: 1, resolvedInTime: 0, resolvedLate: 1, rejected: 0, escalated: 2, open: 2, overdue: 1 };
    expect(await workbookRow(attachment(minsoc[0].parsed.attachments, '.xlsx'), school.name)).toEqual(schoolCounts);
    expect(await workbookRow(attachment(minsoc[0].parsed.attachments, '.xlsx'), 'Итого')).toEqual(schoolCounts);
    expect(await workbookRow(attachment(minzdrav[0].parsed.attachments, '.xlsx'), doctor.name)).toEqual(doctorCounts);

    const pdf = await examinePdf(attachment(minzdrav[0].parsed.attachments, '.pdf'));
    expect(pdf.flowText).toContain(`Еженедельный отчёт об исполнении регламента: ${doctor.organisation.shortName}`);
    expect(pdf.flowText).toContain(`${doctor.name} ${COUNTS.map((k) => doctorCounts[k]).join(' ')}`);
    expect(pdf.fonts).toMatch(/DejaVuSans/);

    // Case mails of the steps above may still arrive: count the reports only.
    const reports = () => catcher.caught.filter((m) => m.parsed.subject?.startsWith('Отчёт по регламенту'));
    expect(reports()).toHaveLength(organisations * 2);
    expect(await runReport()).toEqual({ week, organisations, sent: 0 });
    expect(reports()).toHaveLength(organisations * 2);
    expect(await system.prisma.mailOutbox.count({ where: { kind: 'WEEKLY_REPORT', status: 'SENT' } })).toBe(organisations * 2);
  }, 120_000);

  it('is printed for a supervisor’s own organisation and for a coordinator’s any, and audited', async () => {
    const supervisor = await userId(system.prisma, 'supervisor.minsoc');
    const coordinator = await userId(system.prisma, 'coordinator');
    const own = await system
      .as(supervisor)
      .get('/api/reports/weekly')
      .query({ organisationId: school.organisationId, week, format: 'pdf' })
      .buffer(true)
      .parse(binaryBody);
    expect(own.status).toBe(200);
    expect(own.headers['content-type']).toMatch(/^application\/pdf/);
    const printed = await examinePdf(own.body as Buffer);
    expect(printed.flowText).toContain(`${school.name} 2 1 0 1 0 0 0`);
    const { fullName } = await system.prisma.user.findUniqueOrThrow({ where: { id: supervisor } });
    expect(printed.flowText).toContain(`${fullName}, руководитель`);

    const other = await system
      .as(supervisor)
      .get('/api/reports/weekly')
      .query({ organisationId: doctor.organisationId, week, format: 'pdf' });
    expect(other.status).toBe(403);
    const any = await system
      .as(coordinator)
      .get('/api/reports/weekly')
      .query({ organisationId: doctor.organisationId, week, format: 'xlsx' })
      .buffer(true)
      .parse(binaryBody);
    expect(any.status).toBe(200);
    expect(any.headers['content-disposition']).toContain('.xlsx');
    expect(await workbookRow(any.body as Buffer, 'Итого')).toMatchObject({ resolvedLate: 1, open: 2, overdue: 1 });
    const executor = await userId(system.prisma, 'executor.minsoc');
    expect(
      (await system.as(executor).get('/api/reports/weekly').query({ organisationId: school.organisationId, week, format: 'pdf' })).status,
    ).toBe(403);

    const bad = await system.as(coordinator).get('/api/reports/weekly').query({ organisationId: 'x', week: '2026-W54', format: 'doc' });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.fields).sort()).toEqual(['format', 'organisationId', 'week']);

    const audited = await system.prisma.auditLog.findMany({ where: { entity: 'WeeklyReport' }, orderBy: { at: 'asc' } });
    expect(audited.map((a) => [a.actorId, a.action, a.entityId])).toEqual([
      [supervisor, 'PRINT', school.organisationId],
      [coordinator, 'EXPORT', doctor.organisationId],
    ]);
  });
});
