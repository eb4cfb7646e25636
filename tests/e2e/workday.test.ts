import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../scripts/seed/referenceData';
import { addWorkingDays } from '../../shared/calendar/workingDays';
import { caseNumber } from '../../shared/caseWording';
import { registerPerson, userId } from '../support/fixtures';
import type { TestSystem } from '../support/system';
import { demoDocumentPdf } from '../../scripts/seed/demoDocument';
import { LAPTOP, TABLET, dropFile, fitsWidth, screenshot, signIn, watchedPage, startBrowserSystem } from './browser';

/**
 * A working day in the workspace (issue 14): the queue as a task inbox (compact, numbered, with who holds
 * what and how urgent it is), the case beside it, the case page's header, and taking a case back to the queue.
 */
let system: TestSystem;
let stop: () => Promise<void>;
let baseUrl: string;
let browser: Browser;
let firstId: string;
let secondId: string;
let askedId: string;
let pdf: Buffer;

const ORG = 'MINZDRAV';

beforeAll(async () => {
  ({ system, baseUrl, browser, stop } = await startBrowserSystem());
  const operator = await userId(system.prisma, 'operator.samara');
  const measure = await system.prisma.supportMeasure.findFirstOrThrow({
    where: { organisation: { code: ORG } },
    orderBy: { code: 'asc' },
  });
  const register = async (lastName: string) => {
    const personId = await registerPerson(system, 'operator.samara', lastName);
    await system.prisma.contact.create({ data: { personId, kind: 'PHONE', value: '+78461234567' } });
    const need = await system.as(operator).post('/api/needs').send({ personId, measureId: measure.id, description: 'Нужна помощь' });
    expect(need.status).toBe(201);
    return need.body.id as string;
  };
  firstId = await register('Первая');
  secondId = await register('Вторая');
  askedId = await register('Спрошенная');
  // The executor asks the operator about the third case: it waits in the operator's «Ждут моего ответа».
  const executor = await userId(system.prisma, `executor.${ORG.toLowerCase()}`);
  expect((await system.as(executor).post(`/api/needs/${askedId}/accept`).send({})).status).toBe(200);
  const asked = await system.as(executor).post(`/api/needs/${askedId}/requestInfo`).send({ question: 'Приложите справку о составе семьи' });
  expect(asked.status).toBe(200);
  pdf = await demoDocumentPdf('Справка');
  // A supervisor gives the second case to an executor: its history must say to whom.
  const supervisor = await userId(system.prisma, `supervisor.${ORG.toLowerCase()}`);
  const executor2 = await userId(system.prisma, `executor2.${ORG.toLowerCase()}`);
  const assigned = await system.as(supervisor).post(`/api/needs/${secondId}/assign`).send({ assigneeId: executor2 });
  expect(assigned.status).toBe(200);

  // A full day's queue: eighteen more cases of the organisation in its read model, due later, some urgent.
  const template = await system.prisma.need.findUniqueOrThrow({ where: { id: firstId } });
  const today = new Date();
  const dueIn = (days: number) => addWorkingDays(system.calendar, today, days);
  for (let i = 0; i < 18; i++) {
    const id = randomUUID();
    const due = i === 0 ? new Date(today.getTime() - 86_400_000) : dueIn(i === 1 ? 2 : 10 + i);
    // The overdue one has gone up the chain to the organisation's head: the supervisor's «Эскалации».
    await system.prisma.need.create({
      data: {
        ...template,
        id,
        workflowId: `need-${id}`,
        activeDueAt: due,
        acceptDueAt: due,
        registeredAt: today,
        updatedAt: today,
        projectionSeq: 1,
        escalationLevel: i === 0 ? 2 : 0,
      },
    });
  }
}, 180_000);

afterAll(async () => {
  await stop?.();
});

/** Rows of the queue's table wholly inside the window, as the user sees them without scrolling. */
const visibleRows = (page: Page) =>
  page.evaluate(
    () =>
      Array.from(document.querySelectorAll('tbody tr')).filter((row) => {
        const box = row.getBoundingClientRect();
        return box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight;
      }).length,
  );

describe('a working day in the queue and on the case', () => {
  it('shows at least fifteen numbered rows at 1366×768 with assignee, status as people say it and an urgency legend', async () => {
    const { page, errors } = await watchedPage(browser);
    await signIn(page, baseUrl, `executor.${ORG.toLowerCase()}`, DEMO_PASSWORD);
    await page.getByRole('menuitem', { name: 'Моя очередь' }).click();
    await page
      .getByRole('row')
      .filter({ hasText: caseNumber(firstId) })
      .waitFor();
    await page.waitForFunction(() => document.querySelectorAll('tbody tr').length >= 20);
    await screenshot(page, 'workday-queue');
    expect(await visibleRows(page)).toBeGreaterThanOrEqual(15);
    expect(await fitsWidth(page)).toBe(true);
    const second = page.getByRole('row').filter({ hasText: caseNumber(secondId) });
    await second.getByText('Попова Мария Юрьевна').waitFor();
    await second.getByText('Взято в работу').waitFor();
    await page
      .getByRole('row')
      .filter({ hasText: caseNumber(firstId) })
      .getByText('Не взято')
      .waitFor();
    await page.getByTestId('queue-counts').getByText('Не взято: 19').waitFor();
    await page.getByTestId('urgency-legend').getByText('просрочено').waitFor();
    expect(await page.locator('[data-testid="deadline-badge"][data-urgency="overdue"]').count()).toBe(1);
    expect(await page.locator('[data-testid="deadline-badge"][data-urgency="soon"]').count()).toBeGreaterThanOrEqual(1);
    await screenshot(page, 'workday-queue');

    // A filter that hides everything says so, and offers to drop it.
    await page.getByRole('combobox', { name: 'Статус' }).click();
    await page.getByRole('option', { name: 'Отозвано' }).click();
    await page.getByTestId('queue-empty').getByText('Под фильтры не подходит ни одно дело').waitFor();
    await screenshot(page, 'workday-queue-filtered-empty');
    await page.getByRole('button', { name: 'Сбросить фильтры' }).click();
    await page
      .getByRole('row')
      .filter({ hasText: caseNumber(firstId) })
      .waitFor();
    expect(errors).toEqual([]);
  }, 60_000);

  it('goes through cases beside the list with the keyboard, takes one and gives it back to the queue', async () => {
    const { page, errors } = await watchedPage(browser);
    await signIn(page, baseUrl, `executor.${ORG.toLowerCase()}`, DEMO_PASSWORD);
    await page.getByRole('menuitem', { name: 'Моя очередь' }).click();
    await page
      .getByRole('row')
      .filter({ hasText: caseNumber(firstId) })
      .click();
    const panel = page.getByTestId('case-panel');
    await panel
      .getByTestId('case-number')
      .getByText(`Дело № ${caseNumber(firstId)}`)
      .waitFor();
    // Cases due the same day come in the order of their ids: the next one is whichever row follows.
    const numbers = await page.getByTestId('case-link').allTextContents();
    const next = numbers[numbers.indexOf(caseNumber(firstId)) + 1];
    await page.keyboard.press('KeyJ');
    await panel.getByTestId('case-number').getByText(`Дело № ${next}`).waitFor();
    await page.keyboard.press('KeyK');
    await panel
      .getByTestId('case-number')
      .getByText(`Дело № ${caseNumber(firstId)}`)
      .waitFor();
    await page.keyboard.press('KeyC');
    await page.getByText(`Дело № ${caseNumber(firstId)} взято в работу`).waitFor();
    await panel.getByTestId('case-assignee').getByText('Кузнецов Олег Андреевич').waitFor();
    await screenshot(page, 'workday-queue-panel');
    await panel.getByTestId('action-unclaim').click();
    await page.getByText(`Дело № ${caseNumber(firstId)} возвращено в очередь`).waitFor();
    await panel.getByTestId('case-assignee').getByText('Не взято — в общей очереди').waitFor();
    expect(errors).toEqual([]);
  }, 60_000);

  it('heads the case page with its number, stages, both deadlines, the citizen’s phone, and a history that names the assignee', async () => {
    const { page, errors } = await watchedPage(browser);
    await signIn(page, baseUrl, `executor2.${ORG.toLowerCase()}`, DEMO_PASSWORD);
    // The bell: each new case of the organisation told once, as by mail; a click opens the case and reads it.
    await page.getByTestId('bell-count').getByText('3').waitFor();
    await page.getByTestId('bell').click();
    await page
      .getByTestId('bell-item')
      .filter({ hasText: `Новое дело № ${caseNumber(secondId)} в очереди` })
      .click();
    await page.waitForURL(new RegExp(`/needs/${secondId}/show`));
    await page.getByTestId('bell-count').getByText('2').waitFor();
    const header = page.getByTestId('case-header');
    await header.getByText(`Дело № ${caseNumber(secondId)}`).waitFor();
    await header.getByTestId('stage-bar').getByText('В очереди').waitFor();
    await header
      .getByTestId('deadline-accept')
      .getByText(/Принять в работу до: \d\d\.\d\d\.\d{4}/)
      .waitFor();
    await header
      .getByTestId('deadline-resolve')
      .getByText(/Решить до: \d\d\.\d\d\.\d{4}/)
      .waitFor();
    await header.getByTestId('case-citizen').getByText('+78461234567').waitFor();
    await header.getByTestId('case-assignee').getByText('Попова Мария Юрьевна').waitFor();
    await page.getByTestId('action-accept').click();
    await page.getByText(`Дело № ${caseNumber(secondId)} принято в работу`).waitFor();
    await header
      .getByTestId('deadline-accept')
      .getByText(/принято \d\d\.\d\d\.\d{4}/)
      .waitFor();
    await screenshot(page, 'workday-case-page');
    await page.getByRole('tab', { name: 'История дела' }).click();
    await page
      .getByTestId('case-event')
      .filter({ hasText: 'Назначен исполнитель' })
      .getByText('Исполнитель: Попова Мария Юрьевна')
      .waitFor();

    await page.setViewportSize({ width: TABLET.width, height: TABLET.height });
    await page.getByRole('tab', { name: 'Дело' }).click();
    await header.waitFor();
    await screenshot(page, 'workday-case-page-768');
    await page.goto(`${baseUrl}/#/needs`);
    await page.locator('tbody tr').first().waitFor();
    await screenshot(page, 'workday-queue-768');
    await page.setViewportSize(LAPTOP);
    expect(errors).toEqual([]);
  }, 60_000);

  it('gives the operator «Ждут моего ответа» with the question, answered with a document, and counts them in the menu', async () => {
    const { page, errors } = await watchedPage(browser);
    await signIn(page, baseUrl, 'operator.samara', DEMO_PASSWORD);
    await page.getByTestId('count-waiting').getByText('1').waitFor();
    await page.getByRole('menuitem', { name: /Ждут моего ответа/ }).click();
    await page.getByRole('row').filter({ hasText: 'Приложите справку о составе семьи' }).waitFor();
    await page.getByTestId(`answer-${caseNumber(askedId)}`).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('answer-question').getByText('Приложите справку о составе семьи').waitFor();
    await dropFile(page, dialog.getByRole('button', { name: /Перетащите файл сюда/ }), {
      name: 'Справка.pdf',
      mimeType: 'application/pdf',
      buffer: pdf,
    });
    await dialog.getByTestId('answer-attached').getByText('Приложено документов: 1').waitFor();
    await dialog.locator('#answer-text').fill('Справка приложена');
    await screenshot(page, 'workday-operator-answer');
    await dialog.getByTestId('answer-submit').click();
    await page.getByText(`По делу № ${caseNumber(askedId)} информация предоставлена`).waitFor();
    await page.getByText('Запросов информации нет').waitFor();
    await page.getByTestId('count-waiting').getByText('1').waitFor({ state: 'hidden' });
    const answered = await system.prisma.need.findUniqueOrThrow({ where: { id: askedId }, include: { documents: true } });
    expect([answered.status, answered.documents.map((d) => d.fileName)]).toEqual(['IN_PROGRESS', ['Справка.pdf']]);

    // The app bar's search: a SNILS spelled with spaces finds the family, the person and the case; a case number the case.
    const person = await system.prisma.person.findFirstOrThrow({ where: { lastName: 'Спрошенная' } });
    const digits = person.snils.replace(/\D/g, '');
    const box = page.getByTestId('global-search');
    await box.fill(`${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6, 9)} ${digits.slice(9)}`);
    const results = page.getByTestId('global-search-results');
    await results.getByTestId('search-families').getByText('Спрошенная Мария Петровна').waitFor();
    await results
      .getByTestId('search-cases')
      .getByText(`Дело № ${caseNumber(askedId)}`)
      .waitFor();
    await screenshot(page, 'workday-global-search');
    await box.fill(`№ ${caseNumber(askedId).toLowerCase()}`);
    await results.getByTestId('search-families').first().waitFor({ state: 'detached' }); // a number finds cases only
    await results
      .getByTestId('search-cases')
      .getByText(`Дело № ${caseNumber(askedId)}`)
      .click();
    await page.waitForURL(new RegExp(`/needs/${askedId}/show`));
    const searches = await system.prisma.auditLog.findMany({ where: { entity: 'GlobalSearch' } });
    expect(searches.map((s) => (s.changes as { kind: string }).kind)).toEqual(expect.arrayContaining(['snils', 'caseNumber']));
    expect(JSON.stringify(searches.map((s) => s.changes))).not.toContain(digits.slice(0, 9));

    const overseer = await watchedPage(browser);
    await signIn(overseer.page, baseUrl, `supervisor.${ORG.toLowerCase()}`, DEMO_PASSWORD);
    await overseer.page.getByTestId('count-escalations').getByText('1').waitFor();
    await overseer.page.getByRole('menuitem', { name: /Эскалации/ }).click();
    await overseer.page.getByTestId('escalations').getByRole('row').filter({ hasText: 'Первая' }).waitFor();
    await screenshot(overseer.page, 'workday-supervisor-escalations');
    await overseer.page.setViewportSize(TABLET);
    await screenshot(overseer.page, 'workday-supervisor-escalations-768');
    await page.setViewportSize(TABLET);
    await page.goto(`${baseUrl}/#/waiting`);
    await page.getByText('Запросов информации нет').waitFor();
    await screenshot(page, 'workday-operator-inbox-768');
    expect([...errors, ...overseer.errors]).toEqual([]);
  }, 60_000);
});
