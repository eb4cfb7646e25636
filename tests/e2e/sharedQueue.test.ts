import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../scripts/seed/referenceData';
import { caseNumber } from '../../shared/caseWording';
import { registerPerson, userId } from '../support/fixtures';
import type { TestSystem } from '../support/system';
import { TABLET, screenshot, signIn, startBrowserSystem, watchedPage } from './browser';

/** Issue 14: the queue's columns follow the executor to another workstation, and a saved query is shared with colleagues. */
let system: TestSystem;
let stop: () => Promise<void>;
let baseUrl: string;
let browser: Browser;
let needId: string;

beforeAll(async () => {
  ({ system, baseUrl, browser, stop } = await startBrowserSystem());
  const operator = await userId(system.prisma, 'operator.samara');
  const measure = await system.prisma.supportMeasure.findFirstOrThrow({
    where: { organisation: { code: 'MINZDRAV' } },
    orderBy: { code: 'asc' },
  });
  const personId = await registerPerson(system, 'operator.samara', 'Столбцова');
  const need = await system.as(operator).post('/api/needs').send({ personId, measureId: measure.id, description: 'Нужна помощь' });
  expect(need.status).toBe(201);
  needId = need.body.id;
}, 180_000);

afterAll(async () => {
  await stop?.();
});

/** Signs in on a fresh browser (its own context: nothing kept from another sign-in) and opens the queue. */
async function queueOf(username: string): Promise<{ page: Page; errors: string[] }> {
  const watched = await watchedPage(browser);
  await signIn(watched.page, baseUrl, username, DEMO_PASSWORD);
  await watched.page.getByRole('menuitem', { name: 'Моя очередь' }).click();
  await watched.page
    .getByRole('row')
    .filter({ hasText: caseNumber(needId) })
    .waitFor();
  return watched;
}

const header = (page: Page, name: string) => page.getByRole('columnheader', { name, exact: true });

describe('the queue as a user arranged it, on any workstation', () => {
  it('keeps a hidden column hidden after signing in again elsewhere, and shares a saved query with a colleague', async () => {
    const first = await queueOf('executor.minzdrav');
    await header(first.page, 'Исполнитель').waitFor();
    await first.page.getByRole('button', { name: 'Столбцы' }).click();
    await first.page.getByRole('option', { name: 'Исполнитель', exact: true }).locator('input').click();
    await header(first.page, 'Исполнитель').waitFor({ state: 'detached' });
    await first.page.keyboard.press('Escape');
    const executor = await userId(system.prisma, 'executor.minzdrav');
    for (let i = 0; i < 50 && !(await system.prisma.userPreference.findFirst({ where: { userId: executor } })); i++) {
      await first.page.waitForTimeout(100);
    }
    await first.page.close();

    const second = await queueOf('executor.minzdrav');
    await header(second.page, 'Исполнитель').waitFor({ state: 'detached' });
    await header(second.page, 'Гражданин').waitFor();
    await second.page.getByRole('combobox', { name: 'Статус' }).click();
    await second.page.getByRole('option', { name: 'В очереди' }).click();
    await second.page.getByTestId('save-query').click();
    const dialog = second.page.getByRole('dialog');
    await dialog.locator('#saved-query-label').fill('Новые в очереди');
    await dialog.getByLabel('Показывать всей организации').check();
    await dialog.getByTestId('save-query-submit').click();
    await second.page.getByText('Запрос «Новые в очереди» сохранён').waitFor();
    await second.page.getByTestId('saved-query').filter({ hasText: 'Новые в очереди' }).getByText('Общий').waitFor();
    await screenshot(second.page, 'queue-saved-query-author');

    const colleague = await queueOf('executor2.minzdrav');
    await header(colleague.page, 'Исполнитель').waitFor(); // the columns are the author's own choice
    const shared = colleague.page.getByTestId('saved-query').filter({ hasText: 'Новые в очереди' });
    await shared.getByText('Общий · Кузнецов Олег Андреевич').waitFor();
    expect(await shared.getByRole('button', { name: /Удалить запрос/ }).count()).toBe(0);
    await shared.getByText('Новые в очереди').click();
    await colleague.page.waitForURL((url) => decodeURIComponent(url.hash).includes('"status":"ASSIGNED"'));
    await colleague.page
      .getByRole('row')
      .filter({ hasText: caseNumber(needId) })
      .waitFor();
    await screenshot(colleague.page, 'queue-saved-query-shared');
    await colleague.page.setViewportSize(TABLET);
    await screenshot(colleague.page, 'queue-saved-query-shared-768');
    expect([...first.errors, ...second.errors, ...colleague.errors]).toEqual([]);
  }, 90_000);
});
