import type { Browser } from 'playwright-core';
import { DEMO_PASSWORD } from '../../scripts/seed/referenceData';
import { registerPerson } from '../support/fixtures';
import { csvFile, goodRow } from '../support/importFiles';
import type { TestSystem } from '../support/system';
import { fillPerson, screenshot, signIn, watchedPage, startBrowserSystem } from './browser';

let system: TestSystem;
let stop: () => Promise<void>;
let baseUrl: string;
let browser: Browser;

beforeAll(async () => {
  ({ system, baseUrl, browser, stop } = await startBrowserSystem());
}, 180_000);

afterAll(async () => {
  await stop?.();
});

describe('the register in the workspace', () => {
  it('lets an operator see a likely duplicate beside a person and merge the two, choosing the last name of the duplicate', async () => {
    const survivorId = await registerPerson(system, 'operator.samara', 'Объединова');
    const mergedId = await registerPerson(system, 'operator.samara', 'Объединёва');
    const { page, errors } = await watchedPage(browser);
    await signIn(page, baseUrl, 'operator.samara', DEMO_PASSWORD);
    await page.goto(`${baseUrl}/#/persons/${survivorId}`);
    const panel = page.getByLabel('Возможные дубликаты');
    await panel.getByText('Объединёва Мария Петровна').waitFor();
    await panel.getByRole('link', { name: 'Объединить' }).click();
    await page.waitForURL(/#\/merge\?/);
    await page.getByRole('radio', { name: 'Фамилия: Дубликат' }).check();
    await screenshot(page, 'merge-side-by-side');
    await page.getByRole('button', { name: 'Объединить' }).click();
    await page.getByRole('dialog').getByRole('button').last().click();
    await page.getByText('Записи объединены в «Объединёва Мария»').waitFor();
    const merged = await system.prisma.person.findUniqueOrThrow({ where: { id: mergedId } });
    expect(merged.mergedIntoId).toBe(survivorId);
    expect((await system.prisma.person.findUniqueOrThrow({ where: { id: survivorId } })).lastName).toBe('Объединёва');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('warns the operator typing a new passport that the person may already be in the register', async () => {
    await registerPerson(system, 'operator.samara', 'Повторёнова');
    const { page, errors } = await watchedPage(browser);
    await signIn(page, baseUrl, 'operator.samara', DEMO_PASSWORD);
    await page.goto(`${baseUrl}/#/passports/create`);
    await fillPerson(page, 0, { lastName: 'Повторенова', firstName: 'Мария', birthDate: '1985-04-12', sex: 'Женский' });
    await page
      .getByRole('status')
      .filter({ hasText: 'Возможно, этот человек уже есть в реестре: Повторёнова Мария Петровна, 1985-04-12' })
      .waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lets an operator upload a file, read the report of its bad row, and import the rest with a progress bar', async () => {
    const { page, errors } = await watchedPage(browser);
    await signIn(page, baseUrl, 'operator.samara', DEMO_PASSWORD);
    await page.getByRole('menuitem', { name: 'Загрузка семей' }).click();
    const rows = [goodRow(0, '1', { lastName: 'Браузерова' }), goodRow(1, '1', { lastName: 'Браузерова', birthDate: '30.02.1990' })];
    await page.getByLabel('Файл CSV или XLSX').setInputFiles({ name: 'семьи.csv', mimeType: 'text/csv', buffer: csvFile(rows) });
    await page.getByRole('button', { name: 'Загрузить и проверить' }).click();
    const report = page.getByRole('table', { name: 'Отчёт о проверке' });
    await report.getByRole('row').filter({ hasText: 'Такой даты нет в календаре' }).filter({ hasText: 'Дата рождения' }).waitFor();
    await page.getByRole('button', { name: 'Импортировать верные строки (1)' }).click();
    await page.getByText('Импорт завершён').waitFor({ timeout: 30_000 });
    expect(await page.getByRole('progressbar', { name: 'Ход импорта' }).getAttribute('aria-valuenow')).toBe('100');
    await screenshot(page, 'import-report');
    expect(await system.prisma.person.count({ where: { lastName: 'Браузерова' } })).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
