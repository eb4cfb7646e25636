import type { Browser } from 'playwright-core';
import { DEMO_PASSWORD } from '../../scripts/seed/referenceData';
import { measureByCode, nextSnils } from '../support/fixtures';
import type { TestSystem } from '../support/system';
import { screenshot, signIn, watchedPage, startBrowserSystem } from './browser';

/** The register in a real browser (issue 13): an operator's single-window appeal and its receipt; an admin's catalog edit and its history. */
let system: TestSystem;
let stop: () => Promise<void>;
let baseUrl: string;
let browser: Browser;
let householdId: string;

beforeAll(async () => {
  ({ system, baseUrl, browser, stop } = await startBrowserSystem());
  const operator = await system.prisma.user.findUniqueOrThrow({ where: { username: 'operator.samara' } });
  const person = (key: string, firstName: string, birthDate: string) => ({
    key,
    lastName: 'Окошкина',
    firstName,
    birthDate,
    sex: 'FEMALE',
    snils: nextSnils(),
  });
  const res = await system
    .as(operator.id)
    .post('/api/passports')
    .send({
      household: { municipalityId: operator.municipalityId, address: 'г. Самара, ул. Единая, д. 1' },
      persons: [person('m', 'Вера', '1990-01-02'), person('d', 'Нина', '2017-03-04')],
      relations: [],
    });
  if (res.status !== 201) throw new Error(`passport not created: ${res.status} ${JSON.stringify(res.body)}`);
  householdId = res.body.id as string;
}, 240_000);

afterAll(async () => {
  await stop?.();
});

describe('the register in a real browser', () => {
  it('an operator registers one appeal with needs for two members in two organisations and downloads its receipt', async () => {
    const [kindergarten, aid] = await Promise.all([
      measureByCode(system.prisma, 'EDU_KINDERGARTEN'),
      measureByCode(system.prisma, 'SOC_ONE_TIME_AID'),
    ]);
    const { page, errors } = await watchedPage(browser);
    await signIn(page, baseUrl, 'operator.samara', DEMO_PASSWORD);
    await page.goto(`${baseUrl}/#/passports/${householdId}/show`);
    await page.getByRole('tab', { name: 'Обращения' }).click();
    await page.getByTestId('appeal-new').click();

    const pick = async (i: number, member: string, measure: string, text: string) => {
      const row = page.getByTestId(`appeal-need-${i}`);
      await row.getByRole('combobox', { name: 'Член семьи' }).click();
      await page.getByRole('option', { name: member, exact: true }).click();
      await page.getByRole('listbox').waitFor({ state: 'detached' });
      await row.getByRole('combobox', { name: 'Мера поддержки' }).fill(measure.slice(0, 12));
      await page.getByRole('option', { name: measure }).click();
      await page.getByTestId(`appeal-description-${i}`).fill(text);
    };
    await pick(0, 'Окошкина Нина', kindergarten.name, 'Место в детском саду');
    await page.getByTestId('appeal-add-need').click();
    await pick(1, 'Окошкина Вера', aid.name, 'Помощь семье');
    await page.getByTestId('appeal-submit').click();
    const done = page.getByTestId('appeal-registered');
    await done.getByText(/Обращение ЕО-\d{6} зарегистрировано: потребностей — 2/).waitFor();
    await screenshot(page, 'appeal-registered');

    const download = page.waitForEvent('download');
    await done.getByRole('button', { name: 'Расписка (PDF)' }).click();
    expect((await download).suggestedFilename()).toMatch(/^Расписка ЕО-\d{6}\.pdf$/);
    await page.getByRole('button', { name: 'Закрыть' }).click();
    await page.getByTestId('appeal').getByText('На рассмотрении').waitFor();
    await screenshot(page, 'appeal-in-passport');

    const needs = await system.prisma.need.findMany({ where: { person: { householdId } } });
    expect(new Set(needs.map((n) => n.organisationId))).toEqual(new Set([kindergarten.organisationId, aid.organisationId]));
    expect(errors).toEqual([]);
  }, 60_000);

  it('an admin changes a measure’s deadline and sees the change in its history', async () => {
    const measure = await measureByCode(system.prisma, 'EDU_SCHOOL_TRANSPORT');
    const { page, errors } = await watchedPage(browser);
    await signIn(page, baseUrl, 'admin', DEMO_PASSWORD);
    await page.goto(`${baseUrl}/#/support-measures/${measure.id}`);
    await page.locator(`input[value="${measure.code}"]`).waitFor();
    const days = page.getByLabel('Срок решения, раб. дн.');
    await days.fill(String(measure.resolveWorkingDays + 5));
    await page.getByRole('button', { name: 'Сохранить' }).click();
    const history = page.getByTestId('catalog-history');

    await history.getByText(`${measure.resolveWorkingDays} → ${measure.resolveWorkingDays + 5}`).waitFor();
    await screenshot(page, 'catalog-measure-history');
    expect((await system.prisma.supportMeasure.findUniqueOrThrow({ where: { id: measure.id } })).version).toBe(2);
    expect(errors).toEqual([]);
  }, 60_000);
});
