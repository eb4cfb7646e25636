import type { Browser, Locator, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../scripts/seed/referenceData';
import { userId } from '../support/fixtures';
import type { TestSystem } from '../support/system';
import { screenshot, signIn, startBrowserSystem, watchedPage } from './browser';

/** Targets, file imports and system keys of custom indicators, as a coordinator and an admin use them. */
let system: TestSystem;
let stop: () => Promise<void>;
let baseUrl: string;
let browser: Browser;
let indicatorId: string;
const CODE = 'volunteers_e2e';
const NAME = 'Добровольцы социальных служб';
const YEAR = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Samara', year: 'numeric' }).format(new Date());

beforeAll(async () => {
  // Chunks of two rows: a file of a few hundred takes the workflow long enough to watch its progress.
  ({ system, baseUrl, browser, stop } = await startBrowserSystem({ env: { INDICATOR_IMPORT_CHUNK_ROWS: '2' } }));
  const created = await system
    .as(await userId(system.prisma, 'admin'))
    .post('/api/indicators')
    .send({ code: CODE, name: NAME, unit: 'чел.', periodicity: 'MONTH', cuts: ['municipality'], goodDirection: 'UP', cumulative: false });
  expect(created.status).toBe(201);
  indicatorId = created.body.id;
}, 180_000);

afterAll(async () => {
  await stop?.();
});

const csv = (rows: string[][]) => Buffer.from(['Показатель;Территория;Период;Значение', ...rows.map((r) => r.join(';'))].join('\n'));

async function openIndicator(page: Page) {
  await page.getByRole('menuitem', { name: 'Показатели' }).click();
  await page.getByRole('row').filter({ hasText: NAME }).click();
  await page.getByRole('heading', { name: `${NAME}, чел.` }).waitFor();
}

async function checkFile(page: Page, name: string, buffer: Buffer) {
  await page.getByLabel('Файл со значениями').setInputFiles({ name, mimeType: 'text/csv', buffer });
  await page.getByRole('combobox', { name: 'Столбец территории' }).filter({ hasText: 'Территория' }).waitFor();
  await page.getByRole('button', { name: 'Проверить' }).click();
  await page.getByRole('region', { name: 'Отчёт проверки' }).waitFor();
}

/** The row and the column the validation report names for a problem. */
async function reportRow(report: Locator, problem: string) {
  const row = report.getByRole('row').filter({ hasText: problem });
  await row.waitFor();
  return (await row.getByRole('cell').allTextContents()).slice(0, 2);
}

const pushValue = (key: string, value: number) =>
  fetch(`${baseUrl}/api/indicator-values`, {
    method: 'POST',
    headers: { 'X-Api-Key': key, 'Content-Type': 'application/json' },
    body: JSON.stringify({ values: [{ indicator: CODE, territory: 'otradny', period: `${YEAR}-03`, value }] }),
  });

describe('custom indicators in the workspace', () => {
  it('lets a coordinator load values from a file after a validation report, set targets and see fact against plan', async () => {
    const { page, errors } = await watchedPage(browser);
    await signIn(page, baseUrl, 'coordinator', DEMO_PASSWORD);
    await openIndicator(page);

    const bad = csv([
      [CODE, 'samara', `${YEAR}-01`, '12'],
      [CODE, 'Атлантида', `${YEAR}-02`, '7'],
      [CODE, 'tolyatti', `${YEAR}-01`, 'девять'],
    ]);
    await checkFile(page, 'добровольцы.csv', bad);
    const report = page.getByRole('table', { name: 'Отчёт проверки' });
    expect(await reportRow(report, 'Неизвестная или недоступная территория «Атлантида»')).toEqual(['3', 'Территория']);
    expect(await reportRow(report, 'Значение «девять» не число')).toEqual(['4', 'Значение']);
    expect(await page.getByRole('button', { name: 'Загрузить' }).isDisabled()).toBe(true);
    await screenshot(page, 'indicator-import-report-coordinator');
    expect(await system.prisma.indicatorValue.count({ where: { indicatorId } })).toBe(0);

    const fixed = csv([
      [CODE, 'samara', `${YEAR}-01`, '12'],
      [CODE, 'samara', `${YEAR}-02`, '7'],
      [CODE, 'tolyatti', `${YEAR}-01`, '9'],
    ]);
    await checkFile(page, 'добровольцы.csv', fixed);
    await page.getByText('Ошибок нет: можно загружать').waitFor();
    await page.getByRole('button', { name: 'Загрузить' }).click();
    await page.getByText('Загружено: записано значений 3, без изменений 0').waitFor();
    const stored = page.getByRole('table', { name: 'Значения показателя и их происхождение' });
    await stored.getByRole('row').filter({ hasText: 'Файл «добровольцы.csv», строка 4' }).filter({ hasText: 'Губернская' }).waitFor();

    const firstLoad = await system.prisma.indicatorValue.findMany({ where: { indicatorId }, orderBy: { id: 'asc' } });
    await checkFile(page, 'добровольцы.csv', fixed);
    await page.getByText('Этот файл уже загружался').waitFor();
    await page.getByRole('button', { name: 'Загрузить' }).click();
    await page.getByText('Этот файл уже загружен: повторная загрузка ничего не записала').waitFor();
    expect(await system.prisma.indicatorValue.findMany({ where: { indicatorId }, orderBy: { id: 'asc' } })).toEqual(firstLoad);

    const targets = page.getByRole('region', { name: 'Целевые значения' });
    const addPeriod = async (period: string) => {
      await targets.getByLabel('Новый период').fill(period);
      await targets.getByRole('button', { name: 'Добавить период' }).click();
    };
    await targets.getByLabel('Базовое значение').fill('15');
    await targets.getByLabel('Базовый год').fill(String(Number(YEAR) - 1));
    await addPeriod(`${YEAR}-01`);
    await addPeriod(`${YEAR}-13`);
    await targets.getByLabel(`План: Регион в целом, ${YEAR}-01`).fill('30');
    await targets.getByLabel(`План: городской округ Самара, ${YEAR}-01`).fill('10');
    await targets.getByLabel(`План: Регион в целом, ${YEAR}-13`).fill('5');
    await targets.getByRole('button', { name: 'Сохранить целевые значения' }).click();
    // The API refuses the month that does not exist and names it on its column; nothing is saved.
    await targets.getByRole('alert').filter({ hasText: 'Период: 2026, 2026-Q1' }).waitFor();
    expect(await system.prisma.indicatorTarget.count({ where: { indicatorId } })).toBe(0);
    await targets.getByRole('button', { name: `Убрать период ${YEAR}-13` }).click();
    await targets.getByRole('button', { name: 'Сохранить целевые значения' }).click();
    await page.getByText('Целевые значения сохранены').waitFor();

    const factPlan = page.getByRole('table', { name: 'Факт и план по территориям и периодам' });
    const region = factPlan.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Регион в целом' }) });
    await region.locator('[data-verdict="BAD"]', { hasText: '21 из 30 чел.' }).waitFor();
    const samara = factPlan.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'городской округ Самара' }) });
    await samara.locator('[data-verdict="GOOD"]', { hasText: '12 из 10 чел.' }).waitFor();
    await screenshot(page, 'indicator-fact-plan-coordinator');
    // The one refused save of the targets is the browser's only complaint.
    expect(errors).toEqual([expect.stringContaining('422')]);
    await page.close();
  });

  it('shows a progress bar while a large file is written, then what was written', async () => {
    const { page, errors } = await watchedPage(browser);
    await signIn(page, baseUrl, 'coordinator', DEMO_PASSWORD);
    await openIndicator(page);
    const months = Array.from({ length: 600 }, (_, i) => `${1900 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
    await checkFile(page, 'история.csv', csv(months.map((month, i) => [CODE, 'syzran', month, String(i)])));
    await page.getByText('Ошибок нет: можно загружать').waitFor();
    await page.getByRole('button', { name: 'Загрузить' }).click();
    await page.getByRole('progressbar', { name: 'Ход загрузки значений' }).waitFor();
    await screenshot(page, 'indicator-import-progress-coordinator');
    await page.getByText('Загружено: записано значений 600, без изменений 0').waitFor({ timeout: 60_000 });
    expect(await page.getByRole('progressbar', { name: 'Ход загрузки значений' }).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);

  it('lets an admin create a system key shown once, see a value pushed with it, and revoke it', async () => {
    const { page, errors } = await watchedPage(browser);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await signIn(page, baseUrl, 'admin', DEMO_PASSWORD);
    await page.getByRole('menuitem', { name: 'Ключи внешних систем' }).click();
    await page.getByLabel('Название системы').fill('Портал добровольцев');
    await page.getByRole('button', { name: 'Создать ключ' }).click();
    const dialog = page.getByRole('dialog', { name: /Ключ создан/ });
    await dialog.getByText('больше показан не будет').waitFor();
    const key = await dialog.getByLabel('Ключ').inputValue();
    expect(key).toMatch(/^spk_[0-9a-f]{12}_/);
    await dialog.getByRole('button', { name: 'Скопировать' }).click();
    await page.getByText('Ключ скопирован').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(key);
    await screenshot(page, 'system-key-created-admin');
    await dialog.getByRole('button', { name: 'Я сохранил ключ' }).click();
    const keys = page.getByRole('table', { name: 'Ключи внешних систем' });
    const row = keys.getByRole('row').filter({ hasText: 'Портал добровольцев' });
    await row.getByText('Действует').waitFor();
    expect(await page.getByText(key).count()).toBe(0);

    const pushed = await pushValue(key, 5);
    expect(pushed.status).toBe(200);
    expect(await pushed.json()).toEqual({ received: 1, written: 1 });
    await openIndicator(page);
    const stored = page.getByRole('table', { name: 'Значения показателя и их происхождение' });
    await stored
      .getByRole('row')
      .filter({ hasText: `${YEAR}-03` })
      .filter({ hasText: 'Система «Портал добровольцев»' })
      .waitFor();
    await screenshot(page, 'indicator-pushed-value-admin');

    await page.getByRole('menuitem', { name: 'Ключи внешних систем' }).click();
    await row.getByRole('button', { name: 'Отозвать' }).click();
    await page.getByRole('dialog').getByText('Система с этим ключом больше не сможет передавать значения').waitFor();
    await page.getByRole('dialog').getByRole('button', { name: 'Подтвердить' }).click();
    await row.getByText(/^Отозван /).waitFor();
    expect(await row.getByRole('button', { name: 'Отозвать' }).count()).toBe(0);
    expect((await pushValue(key, 6)).status).toBe(401);
    expect(errors).toEqual([]);
    await page.close();
  });
});
