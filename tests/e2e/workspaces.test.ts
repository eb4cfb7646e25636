import type { Server } from 'node:http';
import type { Browser } from 'playwright-core';
import { DEMO_PASSWORD } from '../../prisma/seed/referenceData';
import { freePort } from '../../scripts/lib/processes';
import { measureWithDocuments, nextSnils, registerPerson, userId } from '../support/fixtures';
import { startTestSystem } from '../support/system';
import type { TestSystem } from '../support/system';
import { launchChromium, screenshot, signIn, watchedPage } from './browser';

let system: TestSystem;
let server: Server;
let baseUrl: string;
let browser: Browser;
let measureName: string;

beforeAll(async () => {
  system = await startTestSystem();
  const port = await freePort();
  server = system.app.listen(port, '127.0.0.1');
  baseUrl = `http://127.0.0.1:${port}`;
  const operator = await userId(system.prisma, 'operator.samara');
  const measure = await measureWithDocuments(system.prisma, 'MINSOC');
  measureName = measure.name;
  const personId = await registerPerson(system, 'operator.samara', 'Браузерова');
  const need = await system.as(operator).post('/api/needs').send({ personId, measureId: measure.id, description: 'Семье нужна поддержка' });
  expect(need.status).toBe(201);
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
  await system?.stop();
});

describe('the workspaces in a real browser', () => {
  it('lets an executor find the case in their queue, take it and accept it', async () => {
    const { page, errors } = await watchedPage(browser);
    await signIn(page, baseUrl, 'executor.minsoc', DEMO_PASSWORD);
    const row = page.getByRole('row').filter({ hasText: 'Браузерова' });
    await row.getByText(measureName).waitFor();
    await page.getByTestId('queue-counts').getByText('В очереди: 1').waitFor();
    await row
      .getByTestId('deadline-badge')
      .getByText(/Осталось \d+ раб\. дн\./)
      .waitFor();
    await screenshot(page, 'executor-queue');
    await row.click();
    await page.getByTestId('action-claim').click();
    await page.getByTestId('action-accept').click();
    await page.getByText('В работе').first().waitFor();
    await page.getByTestId('action-resolve').waitFor();
    await page.getByTestId('case-event').filter({ hasText: 'Принято в работу' }).waitFor();
    await screenshot(page, 'executor-case');
    expect(errors).toEqual([]);
  }, 60_000);

  it('asks for a reason before a refusal and shows the API’s message on the field', async () => {
    const { page, errors } = await watchedPage(browser);
    await signIn(page, baseUrl, 'executor.minsoc', DEMO_PASSWORD);
    await page.getByRole('row').filter({ hasText: 'Браузерова' }).click();
    await page.getByTestId('action-reject').click();
    await page.getByTestId('action-submit').click();
    await page.getByText('Выберите причину отказа из списка').waitFor();
    await screenshot(page, 'executor-reject-validation');
    expect(errors.filter((e) => !e.includes('422'))).toEqual([]);
  }, 60_000);

  it('shows an auditor a case timeline beside its raw Temporal history, and no write controls', async () => {
    const { page, errors } = await watchedPage(browser);
    await signIn(page, baseUrl, 'auditor', DEMO_PASSWORD);
    await page.getByRole('row').filter({ hasText: 'Браузерова' }).click();
    await page.getByTestId('case-event').filter({ hasText: 'Потребность зарегистрирована' }).waitFor();
    await page.getByText(/События Temporal \(\d+\)/).click();
    await page.getByText('WORKFLOW_EXECUTION_STARTED').waitFor();
    expect(await page.locator('[data-testid^="action-"]').count()).toBe(0);
    await screenshot(page, 'auditor-case-history');
    await page.goto(`${baseUrl}/#/audit`);
    await page.getByText('LOGIN').first().waitFor();
    await screenshot(page, 'auditor-audit-log');
    expect(errors).toEqual([]);
  }, 60_000);

  it('lets an operator register a family and a need of one of its members', async () => {
    const { page, errors } = await watchedPage(browser);
    await signIn(page, baseUrl, 'operator.samara', DEMO_PASSWORD);
    await page.goto(`${baseUrl}/#/passports/create`);
    await page.locator('input[name="household.address"]').fill('г. Самара, ул. Садовая, д. 5');
    await page.locator('input[name="persons.0.lastName"]').fill('Новосёлова');
    await page.locator('input[name="persons.0.firstName"]').fill('Ирина');
    await page.locator('input[name="persons.0.birthDate"]').fill('1988-03-14');
    await page.getByRole('combobox', { name: 'Пол' }).click();
    await page.getByRole('option', { name: 'Женский' }).click();
    await page.locator('input[name="persons.0.snils"]').fill(nextSnils());
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await page.getByText('Новосёлова').waitFor();
    await screenshot(page, 'operator-family');

    await page.getByTestId('register-need').first().click();
    await page.getByRole('combobox', { name: 'Мера поддержки' }).click();
    await page.getByRole('option', { name: measureName }).click();
    await page.getByText(/Исполнит: .*раб\. дн\./).waitFor();
    await page.locator('textarea[name="description"]').fill('Алименты не поступают полгода');
    await page.getByTestId('register-need-submit').click();
    await page.getByText('В очереди').first().waitFor();
    await screenshot(page, 'operator-need-registered');
    expect(errors).toEqual([]);
  }, 60_000);

  it('lets an operator find a family by name with ё written as е', async () => {
    const { page, errors } = await watchedPage(browser);
    await signIn(page, baseUrl, 'operator.samara', DEMO_PASSWORD);
    await page.goto(`${baseUrl}/#/passports`);
    await page.locator('input[name="q"]').fill('браузерова');
    await page.getByText('Браузерова Мария').waitFor();
    await screenshot(page, 'operator-passports');
    expect(errors).toEqual([]);
  }, 60_000);
});
