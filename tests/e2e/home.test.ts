import type { Browser } from 'playwright-core';
import { DEMO_PASSWORD } from '../../scripts/seed/referenceData';
import { measureByCode, registerPerson, userId } from '../support/fixtures';
import type { TestSystem } from '../support/system';
import { screenshot, signIn, watchedPage, startBrowserSystem } from './browser';

/** Each role lands on its own home page of indicator widgets after signing in. */
let system: TestSystem;
let stop: () => Promise<void>;
let baseUrl: string;
let browser: Browser;

beforeAll(async () => {
  ({ system, baseUrl, browser, stop } = await startBrowserSystem());
  const operator = await userId(system.prisma, 'operator.samara');
  const personId = await registerPerson(system, 'operator.samara', 'Главная');
  const measure = await measureByCode(system.prisma, 'SOC_CONTRACT');
  const need = await system.as(operator).post('/api/needs').send({ personId, measureId: measure.id, description: 'Нужна поддержка' });
  expect(need.status).toBe(201);
}, 120_000);

afterAll(async () => {
  await stop?.();
});

describe('home page per role', () => {
  it.each([
    ['operator.samara', 'Мой муниципалитет: семьи и потребности', 'Семей в паспорте'],
    ['executor.minsoc', 'Моя очередь', 'Просроченных на конец периода'],
    ['supervisor.minsoc', 'Показатели органа власти', 'Доля решённых с нарушением срока'],
    ['coordinator', 'Регион по муниципалитетам и органам власти', 'Охват поддержкой'],
    ['auditor', 'Активность', 'Эскалации'],
  ])('%s sees its widgets on signing in', async (username, heading, widget) => {
    const { page, errors } = await watchedPage(browser);
    await signIn(page, baseUrl, username, DEMO_PASSWORD);
    await page.getByRole('heading', { name: heading }).waitFor();
    await page.getByRole('heading', { name: widget, exact: true }).first().waitFor();
    expect(await page.getByTestId('home-widget').count()).toBeGreaterThanOrEqual(3);
    await screenshot(page, `home-${username}`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lets the admin keep the indicator catalog', async () => {
    const { page, errors } = await watchedPage(browser);
    await signIn(page, baseUrl, 'admin', DEMO_PASSWORD);
    await page.goto(`${baseUrl}/#/indicators`);
    await page.getByText('Зарегистрировано потребностей').waitFor();
    await page.getByText('Убывающий').first().waitFor();
    await screenshot(page, 'indicators-admin');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens the records behind a number', async () => {
    const { page } = await watchedPage(browser);
    await signIn(page, baseUrl, 'operator.samara', DEMO_PASSWORD);
    const families = page.getByRole('region', { name: 'Семей в паспорте' });
    await families.getByRole('link').click();
    await page.waitForURL((url) => url.hash.startsWith('#/passports'));
    await page.close();
  });
});
