import type { Browser } from 'playwright-core';
import { DEMO_PASSWORD } from '../../scripts/seed/referenceData';
import { fillPoorHouseholds } from '../support/campaignHouseholds';
import { userId } from '../support/fixtures';
import type { TestSystem } from '../support/system';
import { chooseOption, screenshot, signIn, watchedPage, startBrowserSystem } from './browser';

let system: TestSystem;
let stop: () => Promise<void>;
let baseUrl: string;
let browser: Browser;
let measureName: string;
const HOUSEHOLDS = 3;

beforeAll(async () => {
  ({ system, baseUrl, browser, stop } = await startBrowserSystem());
  const otradny = await system.prisma.municipality.findUniqueOrThrow({ where: { code: 'otradny' } });
  measureName = (await system.prisma.supportMeasure.findFirstOrThrow({ where: { active: true }, orderBy: { code: 'asc' } })).name;
  await fillPoorHouseholds(system.prisma, otradny.id, HOUSEHOLDS, 'кампания-отрадный');
}, 180_000);

afterAll(async () => {
  await stop?.();
});

describe('an outreach campaign in the workspace', () => {
  it('lets a coordinator preview the families of a territory, launch the campaign and follow it to the end', async () => {
    const { page, errors } = await watchedPage(browser);
    await signIn(page, baseUrl, 'coordinator', DEMO_PASSWORD);
    await page.getByRole('menuitem', { name: 'Кампании' }).click();
    await page.getByRole('link', { name: 'Новая кампания' }).click();
    await chooseOption(
      page,
      page.getByRole('combobox', { name: 'Кому: жизненная ситуация или малоимущность' }),
      'Малоимущие семьи (доход ниже ПМ)',
    );
    await chooseOption(page, page.getByRole('combobox', { name: 'Территория' }), 'городской округ Отрадный');
    await chooseOption(page, page.getByRole('combobox', { name: 'Мера поддержки' }), measureName);
    expect(await page.getByRole('button', { name: 'Запустить' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Показать, кого охватит' }).click();
    const preview = page.getByRole('region', { name: 'Предпросмотр кампании' });
    await preview.getByText(`Семей к охвату: ${HOUSEHOLDS}`).waitFor();
    // The sample tells families apart by address and initials; it does not spell out names.
    expect(await preview.getByRole('row').filter({ hasText: 'Кампанина А.' }).count()).toBe(HOUSEHOLDS);
    expect(await preview.getByText('Анна').count()).toBe(0);
    await screenshot(page, 'campaign-preview-coordinator');

    await page.getByRole('button', { name: 'Запустить' }).click();
    await page.waitForURL(/\/campaigns\/[0-9a-f-]{36}\/show/);
    await page.getByText(`Обработано семей: ${HOUSEHOLDS} из ${HOUSEHOLDS}`).waitFor({ timeout: 30_000 });
    await page.getByText('Завершена', { exact: true }).waitFor({ timeout: 30_000 });
    await page.locator('[data-report="registered"]', { hasText: String(HOUSEHOLDS) }).waitFor();
    await page.locator('[data-report="reached"]', { hasText: String(HOUSEHOLDS) }).waitFor();
    expect(await page.getByRole('button', { name: 'Приостановить' }).count()).toBe(0);
    await screenshot(page, 'campaign-finished-coordinator');

    await page.getByRole('menuitem', { name: 'Кампании' }).click();
    await page.getByRole('row').filter({ hasText: 'городской округ Отрадный' }).filter({ hasText: 'Завершена' }).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it("shows an admin the SMS texts the embedded channel kept, without the families' names", async () => {
    const { page, errors } = await watchedPage(browser);
    await signIn(page, baseUrl, 'admin', DEMO_PASSWORD);
    await page.getByRole('menuitem', { name: 'Сообщения семьям' }).click();
    const rows = page.getByRole('row').filter({ hasText: `Вам может быть положена мера: ${measureName}` });
    await rows.first().waitFor();
    expect(await rows.count()).toBe(HOUSEHOLDS);
    expect(await rows.filter({ hasText: 'Сохранено' }).count()).toBe(HOUSEHOLDS);
    expect(await page.getByText('Кампанина').count()).toBe(0);
    await screenshot(page, 'campaign-messages-admin');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lets a supervisor pause a running campaign and cancel it, offering only what its state allows', async () => {
    const [otradny, supervisor, measure] = await Promise.all([
      system.prisma.municipality.findUniqueOrThrow({ where: { code: 'otradny' } }),
      userId(system.prisma, 'supervisor.minsoc'),
      system.prisma.supportMeasure.findFirstOrThrow({ where: { active: true, name: { not: measureName } }, orderBy: { code: 'desc' } }),
    ]);
    // One household per batch and a minute between batches: the campaign is still running when the page opens.
    const launched = await system
      .as(supervisor)
      .post('/api/campaigns')
      .send({
        title: 'Медленная кампания',
        measureId: measure.id,
        municipalityId: otradny.id,
        criterion: { kind: 'POVERTY_BELOW' },
        batchSize: 1,
        pauseBetweenBatchesMs: 60_000,
      })
      .expect(201);
    const { page, errors } = await watchedPage(browser);
    await signIn(page, baseUrl, 'supervisor.minsoc', DEMO_PASSWORD);
    await page.goto(`${baseUrl}/#/campaigns/${launched.body.id}/show`);
    await page.getByText('Идёт', { exact: true }).waitFor();
    expect(await page.getByRole('button', { name: 'Продолжить' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Приостановить' }).click();
    await page.getByText('Приостановлена', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Продолжить' }).waitFor();
    expect(await page.getByRole('button', { name: 'Приостановить' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Отменить кампанию' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Подтвердить' }).click();
    await page.getByText('Отменена', { exact: true }).waitFor();
    expect(await page.getByRole('button', { name: /Продолжить|Приостановить|Отменить кампанию/ }).count()).toBe(0);
    await screenshot(page, 'campaign-cancelled-supervisor');
    expect(errors).toEqual([]);
    await page.close();
  });
});
