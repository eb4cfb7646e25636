import type { Browser } from 'playwright-core';
import { DEMO_PASSWORD } from '../../scripts/seed/referenceData';
import { registerPerson, userId } from '../support/fixtures';
import { commentPastTheApi, projectionRefusingNul, until } from '../support/stuckCases';
import type { TestSystem } from '../support/system';
import { screenshot, signIn, watchedPage, startBrowserSystem } from './browser';

let system: TestSystem;
let stop: () => Promise<void>;
let baseUrl: string;
let browser: Browser;
let needId: string;

beforeAll(async () => {
  ({ system, baseUrl, browser, stop } = await startBrowserSystem({ activities: projectionRefusingNul }));
  const [operator, executor, coordinator] = await Promise.all(
    ['operator.samara', 'executor.minsoc', 'coordinator'].map((u) => userId(system.prisma, u)),
  );
  const measure = await system.prisma.supportMeasure.findFirstOrThrow({ where: { organisation: { code: 'MINSOC' } } });
  const personId = await registerPerson(system, 'operator.samara', 'Сбойная');
  const need = await system.as(operator).post('/api/needs').send({ personId, measureId: measure.id, description: 'сбой' }).expect(201);
  needId = need.body.id;
  await commentPastTheApi(system, needId, executor, 'x\u0000');
  await until('the case in «Сбои»', async () => {
    const rows = (await system.as(coordinator).get('/api/failures').expect(200)).body as { needId: string }[];
    return rows.some((r) => r.needId === needId) ? true : undefined;
  });
}, 180_000);

afterAll(async () => {
  await stop?.();
});

describe('«Сбои» in the workspace', () => {
  it.each([
    ['coordinator', true],
    ['admin', false],
  ])('shows the %s the stuck case with its step, kind of failure and how to repair it', async (username, opensCase) => {
    const { page, errors } = await watchedPage(browser);
    await signIn(page, baseUrl, username, DEMO_PASSWORD);
    await page.getByRole('menuitem', { name: 'Сбои' }).click();
    const row = page.getByRole('row').filter({ hasText: needId });
    await row.getByText('запись дела в базу').waitFor();
    await row.getByText('Данные не принимаются базой').waitFor();
    await row.getByText(/0x00/).waitFor();
    await page.getByText('npm run repair-cases', { exact: false }).waitFor();
    expect(await row.getByRole('link', { name: needId }).count()).toBe(opensCase ? 1 : 0);
    await screenshot(page, `failures-${username}`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('is not in the menu of an executor', async () => {
    const { page } = await watchedPage(browser);
    await signIn(page, baseUrl, 'executor.minsoc', DEMO_PASSWORD);
    await page.getByRole('menuitem').first().waitFor();
    expect(await page.getByRole('menuitem', { name: 'Сбои' }).count()).toBe(0);
    await page.close();
  });
});
