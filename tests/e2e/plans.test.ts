import type { Browser } from 'playwright-core';
import { DEMO_PASSWORD } from '../../scripts/seed/referenceData';
import { registerPerson, userId } from '../support/fixtures';
import type { TestSystem } from '../support/system';
import { screenshot, signIn, watchedPage, startBrowserSystem } from './browser';

let system: TestSystem;
let stop: () => Promise<void>;
let baseUrl: string;
let browser: Browser;
let planId: string;
let contractNeedId: string;

beforeAll(async () => {
  ({ system, baseUrl, browser, stop } = await startBrowserSystem());
  const operator = await userId(system.prisma, 'operator.samara');
  const personId = await registerPerson(system, 'operator.samara', 'Планова');
  const template = await system.prisma.planTemplate.findUniqueOrThrow({ where: { code: 'SOCIAL_CONTRACT_JOB' } });
  const plan = await system.as(operator).post('/api/plans').send({ personId, templateId: template.id }).expect(201);
  planId = plan.body.id;
  contractNeedId = plan.body.points.find((p: { key: string }) => p.key === 'contract').needId;
}, 180_000);

afterAll(async () => {
  await stop?.();
});

describe('a plan of support in the workspace', () => {
  it('lets a supervisor follow the plan on its timeline, the critical path marked, and open the case of a point', async () => {
    const { page, errors } = await watchedPage(browser);
    await signIn(page, baseUrl, 'supervisor.minsoc', DEMO_PASSWORD);
    await page.getByRole('menuitem', { name: 'Планы сопровождения' }).click();
    await page.getByRole('row').filter({ hasText: 'Планова' }).click();
    await page.waitForURL(new RegExp(`/plans/${planId}/show`));
    const timeline = page.getByRole('img', { name: 'Контрольные точки плана на шкале времени' });
    await timeline.waitFor();
    expect(await timeline.locator('[data-point]').count()).toBe(6);
    const critical = await timeline.locator('[data-critical="true"]').evaluateAll((gs) => gs.map((g) => g.getAttribute('data-point')));
    expect(critical).toEqual(['contract', 'job_search', 'training', 'work_start', 'monitoring']);
    await page.getByText('ждёт предшествующих точек', { exact: false }).first().waitFor();
    await screenshot(page, 'plan-timeline-supervisor');
    await page.getByRole('link', { name: 'Заключение социального контракта' }).click();
    await page.waitForURL(new RegExp(`/needs/${contractNeedId}/show`));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('is not in the menu of an executor', async () => {
    const { page } = await watchedPage(browser);
    await signIn(page, baseUrl, 'executor.minsoc', DEMO_PASSWORD);
    await page.getByRole('menuitem').first().waitFor();
    expect(await page.getByRole('menuitem', { name: 'Планы сопровождения' }).count()).toBe(0);
    await page.close();
  });
});
