import { randomUUID } from 'node:crypto';
import { createMailNotifier } from '../../activities/mail/mailNotifier';
import { ensureOverdueDigestSchedule, DIGEST_SCHEDULE_ID } from '../../worker/digestSchedule';
import { TASK_QUEUE } from '../../shared/needCase';
import { measureByCode, registerPerson, takeAndResolve, userId } from '../support/fixtures';
import { startMailCatcher } from '../support/mailCatcher';
import { startTestSystem } from '../support/system';
import type { TestSystem } from '../support/system';
import nodemailer from 'nodemailer';
import { startLocalMailServer } from '../../scripts/lib/localMailServer';

let system: TestSystem;
let catcher: Awaited<ReturnType<typeof startMailCatcher>>;
let operator: string;
let executor: string;
let operatorEmail: string;
let orgEmail: string;
let personId: string;
let measureId: string;
const PERSON = 'Почтовая';
const REFUSED = 'nobody@refused.example';

const waitFor = async <T>(probe: () => T | undefined, what: string, timeoutMs = 15_000): Promise<T> => {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`no ${what} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
};

/** The case lines under a heading of the digest's plain text ("Просрочено: 2" and the indented lines after it). */
function listUnder(text: string, heading: string): string {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => l.startsWith(`${heading}: `));
  if (at < 0) return '';
  const rest = lines.slice(at + 1);
  const end = rest.findIndex((l) => !l.startsWith('  '));
  return rest.slice(0, end < 0 ? undefined : end).join('\n');
}

beforeAll(async () => {
  catcher = await startMailCatcher({ refuse: [REFUSED] });
  system = await startTestSystem({ smtpUrl: catcher.url });
  [operator, executor] = await Promise.all(['operator.samara', 'executor.minsoc'].map((u) => userId(system.prisma, u)));
  operatorEmail = 'operator.samara@example.ru';
  await system.prisma.user.update({ where: { id: operator }, data: { email: operatorEmail } });
  await system.prisma.user.update({ where: { id: executor }, data: { email: 'executor.minsoc@example.ru' } });
  const measure = await measureByCode(system.prisma, 'SOC_ONE_TIME_AID');
  measureId = measure.id;
  orgEmail = measure.organisation.email;
  personId = await registerPerson(system, 'operator.samara', PERSON);
}, 180_000);

afterAll(async () => {
  await system?.stop();
  await catcher?.stop();
});

async function register(description = 'нужна помощь'): Promise<string> {
  const res = await system.as(operator).post('/api/needs').send({ personId, measureId, description });
  expect(res.status).toBe(201);
  return res.body.id;
}

describe('mail about cases', () => {
  it('tells the organisation’s mailbox of a new case, with a link and without the person’s data', async () => {
    const needId = await register();
    const mail = await waitFor(() => catcher.to(orgEmail).find((m) => m.parsed.text?.includes(needId)), 'mail to the organisation');
    expect(mail.parsed.subject).toMatch(/^Новое дело № [0-9A-F]{8}: /);
    expect(mail.parsed.text).toContain(`${system.config.APP_PUBLIC_URL}/#/needs/${needId}/show`);
    expect(mail.parsed.html).toMatch(new RegExp(`href=["']${system.config.APP_PUBLIC_URL}/#/needs/${needId}/show["']`));
    const person = await system.prisma.person.findUniqueOrThrow({ where: { id: personId } });
    for (const secret of [PERSON, person.snils, person.snils.replace(/\D/g, '')]) {
      expect(mail.parsed.text).not.toContain(secret);
      expect(mail.parsed.html).not.toContain(secret);
    }
    expect(mail.parsed.messageId).toMatch(/@social-passport>$/);
  });

  it('never sends the same message twice when a notification is delivered again', async () => {
    const needId = await register();
    await waitFor(() => catcher.to(orgEmail).find((m) => m.parsed.text?.includes(needId)), 'the first mail');
    const again = createMailNotifier({
      prisma: system.prisma,
      transport: nodemailer.createTransport(catcher.url),
      from: system.config.MAIL_FROM,
      appUrl: system.config.APP_PUBLIC_URL,
    });
    const delivered = system.notifications.find((n) => n.needId === needId && n.kind === 'CASE_ROUTED');
    expect(delivered).toBeDefined();
    await again.send(delivered!);
    await again.send(delivered!);
    await new Promise((r) => setTimeout(r, 300));
    expect(catcher.to(orgEmail).filter((m) => m.parsed.text?.includes(needId))).toHaveLength(1);
    const outbox = await system.prisma.mailOutbox.findMany({ where: { needId, kind: 'CASE_ROUTED' } });
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({ status: 'SENT', attempts: 1, recipient: orgEmail });
  });

  it('tells the registering operator of a refusal, with the reason and the person’s name', async () => {
    const needId = await register();
    await system
      .as(executor)
      .post(`/api/needs/${needId}/reject`)
      .send({ reason: 'NOT_ELIGIBLE', comment: 'Доход выше порога' })
      .expect(200);
    const mail = await waitFor(
      () => catcher.to(operatorEmail).find((m) => m.parsed.text?.includes(needId) && /Отказ/.test(m.parsed.subject ?? '')),
      'the refusal',
    );
    expect(mail.parsed.text).toContain('в поддержке отказано');
    expect(mail.parsed.text).toContain('не соответствует условиям. Доход выше порога');
    expect(mail.parsed.text).toContain(PERSON);
  });

  it('tells the registering operator that support was given', async () => {
    const needId = await register();
    const measure = await system.prisma.supportMeasure.findUniqueOrThrow({ where: { id: measureId } });
    await takeAndResolve(system, executor, needId, measure, 'Выплата назначена');
    const mail = await waitFor(
      () => catcher.to(operatorEmail).find((m) => m.parsed.text?.includes(needId) && /^Поддержка оказана/.test(m.parsed.subject ?? '')),
      'the resolution',
    );
    expect(mail.parsed.text).toContain('принято решение: поддержка оказана.');
    expect(mail.parsed.text).toContain(`Открыть дело: ${system.config.APP_PUBLIC_URL}/#/needs/${needId}/show`);
    expect(mail.parsed.text).toContain(PERSON);
    const person = await system.prisma.person.findUniqueOrThrow({ where: { id: personId } });
    expect(mail.parsed.text).not.toContain(person.snils);
    expect(mail.parsed.html).not.toContain(person.snils);
  });

  it('tells the operator that information was requested', async () => {
    const needId = await register();
    await system.as(executor).post(`/api/needs/${needId}/accept`).send({}).expect(200);
    await system.as(executor).post(`/api/needs/${needId}/requestInfo`).send({ question: 'Справка о доходах?' }).expect(200);
    const mail = await waitFor(
      () => catcher.to(operatorEmail).find((m) => m.parsed.text?.includes(needId) && /Запрошена информация/.test(m.parsed.subject ?? '')),
      'the request',
    );
    expect(mail.parsed.text).toContain('срок решения приостановлен');
  });

  it('sends nothing of a kind the user switched off', async () => {
    await system
      .as(operator)
      .put('/api/me/notification-settings')
      .send({ disabledKinds: ['CASE_CLOSED'], digestInsteadOfSingle: false })
      .expect(200);
    const needId = await register();
    await system.as(executor).post(`/api/needs/${needId}/reject`).send({ reason: 'DUPLICATE', comment: 'Повтор' }).expect(200);
    await waitFor(() => system.notifications.find((n) => n.needId === needId && n.kind === 'CASE_CLOSED'), 'the notification');
    await new Promise((r) => setTimeout(r, 500));
    expect(catcher.to(operatorEmail).filter((m) => m.parsed.text?.includes(needId))).toHaveLength(0);
    const settings = await system.as(operator).get('/api/me/notification-settings');
    expect(settings.body).toEqual({ disabledKinds: ['CASE_CLOSED'], digestInsteadOfSingle: false });
    const bad = await system
      .as(operator)
      .put('/api/me/notification-settings')
      .send({ disabledKinds: ['SPAM'], digestInsteadOfSingle: 'yes' });
    expect(bad.status).toBe(422);
    expect(Object.keys(bad.body.error.fields).sort()).toEqual(['digestInsteadOfSingle', 'disabledKinds.0']);
  });
});

describe('reminders and escalations', () => {
  const notifier = () =>
    createMailNotifier({
      prisma: system.prisma,
      transport: nodemailer.createTransport(catcher.url),
      from: system.config.MAIL_FROM,
      appUrl: system.config.APP_PUBLIC_URL,
    });

  it('reminds the assignee and takes each escalation level to its people, never naming the person', async () => {
    const needId = await register();
    const executor2 = await userId(system.prisma, 'executor2.minsoc');
    const supervisor = await system.prisma.user.findUniqueOrThrow({ where: { username: 'supervisor.minsoc' } });
    const coordinator = await system.prisma.user.findUniqueOrThrow({ where: { username: 'coordinator' } });
    await system.as(supervisor.id).post(`/api/needs/${needId}/assign`).send({ assigneeId: executor2 }).expect(200);
    const base = { needId, organisationId: '', assigneeId: executor2, deadline: 'ACCEPT' as const };
    await notifier().send({ ...base, idempotencyKey: `${needId}:90:REMINDER`, kind: 'REMINDER' });
    await notifier().send({
      ...base,
      idempotencyKey: `${needId}:91:ESCALATION`,
      kind: 'ESCALATION',
      level: 2,
      target: 'ORGANISATION_HEAD',
    });
    await notifier().send({
      ...base,
      idempotencyKey: `${needId}:92:ESCALATION`,
      kind: 'ESCALATION',
      level: 3,
      target: 'REGIONAL_COORDINATOR',
    });

    const reminder = catcher.to('executor2.minsoc@samregion.example').find((m) => m.parsed.text?.includes(needId));
    expect(reminder?.parsed.subject).toMatch(/^Напоминание о сроке по делу № /);
    expect(reminder?.parsed.text).toContain('срок принятия в работу');
    const toHead = catcher.to(supervisor.email as string).find((m) => m.parsed.text?.includes(needId));
    expect(toHead?.parsed.subject).toMatch(/^Эскалация \(уровень 2\): дело № [0-9A-F]{8} просрочено$/);
    expect(toHead?.parsed.text).toContain('Руководитель органа власти');
    const toCoordinator = catcher.to(coordinator.email as string).find((m) => m.parsed.text?.includes(needId));
    expect(toCoordinator?.parsed.subject).toMatch(/уровень 3/);
    for (const mail of [reminder, toHead, toCoordinator]) expect(mail?.parsed.text).not.toContain(PERSON);
  });
});

describe('an address the mail server refuses', () => {
  it('keeps no one else from the mail, is recorded, and is not retried', async () => {
    const needId = await register();
    const organisationId = (await system.prisma.need.findUniqueOrThrow({ where: { id: needId } })).organisationId;
    const supervisor = await system.prisma.user.findUniqueOrThrow({ where: { username: 'supervisor.minsoc' } });
    const refused = await system.prisma.user.create({
      data: {
        username: `supervisor.refused.${randomUUID()}`,
        fullName: 'Руководитель без почты',
        email: REFUSED,
        role: 'SUPERVISOR',
        organisationId,
      },
    });
    const notifier = createMailNotifier({
      prisma: system.prisma,
      transport: nodemailer.createTransport(catcher.url),
      from: system.config.MAIL_FROM,
      appUrl: system.config.APP_PUBLIC_URL,
    });
    const escalation = {
      idempotencyKey: `${needId}:95:ESCALATION`,
      needId,
      organisationId,
      assigneeId: null,
      kind: 'ESCALATION' as const,
      level: 2,
      target: 'ORGANISATION_HEAD' as const,
    };
    try {
      await expect(notifier.send(escalation)).rejects.toMatchObject({ type: 'MailRejected', nonRetryable: true });
      await expect(notifier.send(escalation)).rejects.toMatchObject({ type: 'MailRejected' });
      expect(catcher.to(supervisor.email as string).filter((m) => m.parsed.text?.includes(needId))).toHaveLength(1);
      const rows = await system.prisma.mailOutbox.findMany({ where: { idempotencyKey: escalation.idempotencyKey } });
      expect(rows.find((r) => r.recipient === REFUSED)).toMatchObject({ status: 'FAILED', attempts: 2 });
      expect(rows.find((r) => r.recipient === REFUSED)?.lastError).toMatch(/550/);
      expect(rows.find((r) => r.recipient === supervisor.email)).toMatchObject({ status: 'SENT', attempts: 1 });
    } finally {
      await system.prisma.user.update({ where: { id: refused.id }, data: { active: false } });
    }
  });
});

describe('the daily digest of overdue cases', () => {
  it('is scheduled every morning in Samara time', async () => {
    await ensureOverdueDigestSchedule(system.temporal);
    await ensureOverdueDigestSchedule(system.temporal); // a second start leaves it as it is
    const described = await system.temporal.schedule.getHandle(DIGEST_SCHEDULE_ID).describe();
    expect(described.spec.calendars?.[0]).toMatchObject({ hour: [{ start: 8, end: 8, step: 1 }], minute: [{ start: 0, end: 0, step: 1 }] });
    expect(described.spec.timezone).toBe('Europe/Samara');
    expect(described.action).toMatchObject({ type: 'startWorkflow', workflowType: 'overdueDigest' });
  });

  it('sends each organisation one morning summary of its new, due-soon and overdue cases, also to the people who chose it instead of single mails', async () => {
    const overdueId = await register('просрочено');
    await system.prisma.need.update({
      where: { id: overdueId },
      data: { activeDueAt: new Date(Date.now() - 3 * 86_400_000), escalationLevel: 1 },
    });
    // Due within the measure's reminder lead: a single-mail reader would have had the reminder by now.
    const measure = await system.prisma.supportMeasure.findUniqueOrThrow({ where: { id: measureId } });
    expect(measure.reminderWorkingDaysBefore).toBeGreaterThan(0);
    const dueSoonId = await register('скоро срок');
    await system.prisma.need.update({ where: { id: dueSoonId }, data: { activeDueAt: new Date(Date.now() + 3_600_000) } });
    const arrivedId = await register('новое');
    const coordinator = await system.prisma.user.findUniqueOrThrow({ where: { username: 'coordinator' } });
    for (const reader of [executor, coordinator.id]) {
      await system.as(reader).put('/api/me/notification-settings').send({ disabledKinds: [], digestInsteadOfSingle: true }).expect(200);
    }
    catcher.clear();
    const run = () =>
      system.temporal.workflow.execute('overdueDigest', { taskQueue: TASK_QUEUE, workflowId: `digest-test-${randomUUID()}` });
    expect(await run()).toBeGreaterThanOrEqual(2);
    const summary = /^Сводка по делам на \d\d\.\d\d\.\d{4}: /;
    const toMailbox = catcher.to(orgEmail).filter((m) => summary.test(m.parsed.subject ?? ''));
    expect(toMailbox).toHaveLength(1);
    const text = toMailbox[0].parsed.text ?? '';
    const link = (id: string) => `${system.config.APP_PUBLIC_URL}/#/needs/${id}/show`;
    expect(listUnder(text, 'Просрочено')).toContain(link(overdueId));
    expect(listUnder(text, 'Срок истекает')).toContain(link(dueSoonId));
    expect(listUnder(text, 'Новые в очереди за сутки')).toContain(link(arrivedId));
    expect(listUnder(text, 'Просрочено')).not.toContain(link(dueSoonId));
    expect(text).not.toContain(PERSON);
    expect(catcher.to('executor.minsoc@example.ru').filter((m) => summary.test(m.parsed.subject ?? ''))).toHaveLength(1);
    // The coordinator hears of escalations everywhere: one mail with every organisation's lists.
    const toCoordinator = catcher.to(coordinator.email as string);
    expect(toCoordinator).toHaveLength(1);
    expect(toCoordinator[0].parsed.subject).toMatch(/: все организации$/);
    expect(listUnder(toCoordinator[0].parsed.text ?? '', 'Просрочено')).toContain(link(overdueId));
    expect(await run()).toBe(0); // the same day again: nothing twice
  });

  it('spares a digest reader the single reminders', async () => {
    const needId = await register();
    await system.as(executor).post(`/api/needs/${needId}/claim`).send({}).expect(200);
    const notifier = createMailNotifier({
      prisma: system.prisma,
      transport: nodemailer.createTransport(catcher.url),
      from: system.config.MAIL_FROM,
      appUrl: system.config.APP_PUBLIC_URL,
    });
    catcher.clear();
    await notifier.send({
      idempotencyKey: `${needId}:99:REMINDER`,
      needId,
      organisationId: '',
      assigneeId: executor,
      kind: 'REMINDER',
      deadline: 'ACCEPT',
    });
    expect(catcher.caught).toHaveLength(0);
  });
});

describe('the local mailbox of the embedded default', () => {
  it('keeps what it receives for admins to read, page by page, and audits each read', async () => {
    const local = await startLocalMailServer(system.config.MAIL_DIR);
    try {
      const transport = nodemailer.createTransport(local.url);
      for (const n of [1, 2, 3]) {
        await transport.sendMail({
          from: system.config.MAIL_FROM,
          to: orgEmail,
          subject: `Письмо ${n}`,
          text: `Текст ${n}`,
          html: `<p>Текст ${n}</p>`,
        });
      }
      const admin = await userId(system.prisma, 'admin');
      const page = await system.as(admin).get('/api/mail').query({ range: '[0,1]' });
      expect(page.status).toBe(200);
      expect(page.headers['content-range']).toBe('mail 0-1/3');
      expect(page.body).toHaveLength(2);
      expect(page.body[0]).toMatchObject({ subject: 'Письмо 3', to: orgEmail });
      expect(Object.keys(page.body[0]).sort()).toEqual(['date', 'from', 'id', 'subject', 'to']);
      const one = await system.as(admin).get(`/api/mail/${page.body[1].id}`);
      expect(one.body).toMatchObject({ subject: 'Письмо 2', text: 'Текст 2', to: orgEmail });
      expect(one.body.html).toContain('<p>Текст 2</p>');
      expect(
        await system.prisma.auditLog.count({ where: { action: 'READ', entity: 'Mail', entityId: page.body[1].id, actorId: admin } }),
      ).toBe(1);
      expect((await system.as(admin).get('/api/mail/..%2F..%2Fetc%2Fpasswd')).status).toBe(404);
      expect((await system.as(operator).get('/api/mail')).status).toBe(403);
      // Another start while this one holds the port takes a free one instead of failing.
      const second = await startLocalMailServer(system.config.MAIL_DIR, local.port);
      await second.stop();
      expect(second.port).not.toBe(local.port);
    } finally {
      await local.stop();
    }
  });
});
