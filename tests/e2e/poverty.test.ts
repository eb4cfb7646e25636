import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../scripts/seed/referenceData';
import { incomeMonths } from '../../shared/poverty/window';
import { nextSnils, userId } from '../support/fixtures';
import type { TestSystem } from '../support/system';
import { chooseOption, fitsWidth, screenshot, signIn, watchedPage, startBrowserSystem } from './browser';

/** Names take letters only (the text rules), so the children are told apart by name, not by number. */
const CHILD_NAMES = ['Иван', 'Семён', 'Фёдор', 'Гордей', 'Тимур'];

let system: TestSystem;
let stop: () => Promise<void>;
let baseUrl: string;
let browser: Browser;
let samaraName: string;
let poorFamily: string;

const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Samara' }).format(new Date());
const months = incomeMonths(today);

/** A family of the passport in Samara with a monthly salary for each adult over the three months the assessment reads. */
async function registerFamily(operatorId: string, municipalityId: string, surname: string, adults: number[], childrenBorn: string[]) {
  const person = (key: string, firstName: string, birthDate: string, sex: 'MALE' | 'FEMALE', monthly: number) => ({
    key,
    lastName: sex === 'FEMALE' ? `${surname}а` : surname,
    firstName,
    birthDate,
    sex,
    snils: nextSnils(),
    contacts: [],
    debts: [],
    incomes: monthly > 0 ? months.map((period) => ({ source: 'SALARY', amount: String(monthly), period })) : [],
  });
  const res = await system
    .as(operatorId)
    .post('/api/passports')
    .send({
      household: { municipalityId, address: `г. Самара, ул. ${surname}ская, д. 1` },
      persons: [
        ...adults.map((monthly, i) =>
          person(`a${i}`, i === 0 ? 'Анна' : 'Пётр', i === 0 ? '1988-04-12' : '1986-01-30', i === 0 ? 'FEMALE' : 'MALE', monthly),
        ),
        ...childrenBorn.map((born, i) => person(`c${i}`, CHILD_NAMES[i % CHILD_NAMES.length], born, 'MALE', 0)),
      ],
      relations: [],
    });
  if (res.status !== 201) throw new Error(`passport not created: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id as string;
}

/** Waits until the register (as the coordinator sees it) lists the household with the verdict. */
async function assessed(coordinatorId: string, householdId: string, verdict: 'BELOW' | 'NEAR' | 'ABOVE') {
  for (let i = 0; i < 120; i++) {
    const res = await system.as(coordinatorId).get(`/api/households/${householdId}/assessments`);
    if (res.status === 200 && (res.body as { current: boolean; verdict: string }[]).some((a) => a.current && a.verdict === verdict)) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`household ${householdId} was not assessed ${verdict} in 60 s`);
}

beforeAll(async () => {
  ({ system, baseUrl, browser, stop } = await startBrowserSystem());
  const operator = await system.prisma.user.findUniqueOrThrow({ where: { username: 'operator.samara' }, include: { municipality: true } });
  samaraName = operator.municipality!.name;
  const coordinator = await userId(system.prisma, 'coordinator');
  // One adult and three children on 30 000 ₽ a month: far below the Samara threshold.
  poorFamily = await registerFamily(
    operator.id,
    operator.municipalityId!,
    'Бедняков',
    [30_000],
    ['2014-09-01', '2017-03-03', '2020-05-05'],
  );
  // A single adult on a salary well above the band.
  const wellOff = await registerFamily(operator.id, operator.municipalityId!, 'Достаткин', [150_000], []);
  await assessed(coordinator, poorFamily, 'BELOW');
  await assessed(coordinator, wellOff, 'ABOVE');
}, 240_000);

afterAll(async () => {
  await stop?.();
});

const typeInto = async (page: Page, name: string, value: string) => page.locator(`input[name="${name}"]`).fill(value);

describe('the poverty workspace in a real browser', () => {
  it('computes a Lipetsk hypothetical family below the ПМ, and recomputes when an income changes', async () => {
    const { page, errors } = await watchedPage(browser);
    await signIn(page, baseUrl, 'operator.samara', DEMO_PASSWORD);
    await page.getByRole('menuitem', { name: 'Калькулятор соцконтракта' }).click();
    await page.getByTestId('mode-hypothetical').click();
    await chooseOption(page, page.getByRole('combobox', { name: 'Регион (таблица ПМ)' }), 'Липецкая область');
    for (let i = 1; i < 4; i++) await page.getByRole('button', { name: 'Добавить человека' }).click();
    const family = [
      { birthDate: '1988-04-12', incomes: ['20000', '20000', '20000'] },
      { birthDate: '1986-01-30', incomes: ['5000', '5000', '5000'] },
      { birthDate: '2014-09-01', incomes: ['0', '0', '0'] },
      { birthDate: '2019-05-05', incomes: ['0', '0', '0'] },
    ];
    for (const [i, member] of family.entries()) {
      await typeInto(page, `members.${i}.birthDate`, member.birthDate);
      for (const [m, income] of member.incomes.entries()) await typeInto(page, `members.${i}.incomes.${m}`, income);
    }
    // (2 × 10 174 + 2 × 9 510) ÷ 4 = 9 842,00 ₽; 75 000 ₽ ÷ 3 ÷ 4 = 6 250,00 ₽.
    const result = page.getByTestId('assessment');
    await result.locator('[data-verdict="BELOW"]').waitFor();
    await page.getByTestId('threshold').getByText('9 842,00 ₽').waitFor();
    await page.getByTestId('per-capita').getByText('6 250,00 ₽').waitFor();
    expect(await page.getByTestId('assessment-member').count()).toBe(4);
    await page.getByTestId('assessment-member').nth(2).getByText('9 510,00 ₽').waitFor();
    await page.getByTestId('assessment-member').first().getByText('10 174,00 ₽').waitFor();
    await page.getByTestId('depth').getByText('3 592,00 ₽').waitFor();
    await screenshot(page, 'poverty-calculator-below');

    // What if the mother earned 100 000 ₽ in the first month: 155 000 ÷ 3 ÷ 4 = 12 916,67 ₽, in the near-poverty band.
    await typeInto(page, 'members.0.incomes.0', '100000');
    await result.locator('[data-verdict="NEAR"]').waitFor();
    await page.getByTestId('per-capita').getByText('12 916,67 ₽').waitFor();
    await screenshot(page, 'poverty-calculator-near');

    const download = page.waitForEvent('download');
    await page.getByTestId('print-conclusion').click();
    expect((await download).suggestedFilename()).toMatch(/\.pdf$/);
    expect(errors).toEqual([]);
  }, 120_000);

  it('assesses a family of the passport, recomputes a what-if of its data, and starts its social contract with the conclusion attached', async () => {
    const { page, errors } = await watchedPage(browser);
    await signIn(page, baseUrl, 'operator.samara', DEMO_PASSWORD);
    await page.goto(`${baseUrl}/#/poverty/calculator`);
    await page.getByRole('combobox', { name: 'Семья: ФИО или СНИЛС члена семьи' }).fill('Беднякова');
    await page.getByRole('option', { name: /Беднякова Анна/ }).click();
    await page.getByTestId('assessment').locator('[data-verdict="BELOW"]').waitFor();
    expect(await page.getByTestId('assessment-member').count()).toBe(4);
    await screenshot(page, 'poverty-calculator-family');

    // What if the mother's first month had paid 200 000 ₽: the family's own data, edited, is recomputed.
    await page.getByTestId('what-if').click();
    expect(await page.getByTestId('member-input').count()).toBe(4);
    await page.locator('input[name="members.0.incomes.0"]').fill('200000');
    await page.getByTestId('assessment').locator('[data-verdict="NEAR"]').waitFor();
    await page.getByTestId('per-capita').getByText('21 666,67 ₽').waitFor();
    await screenshot(page, 'poverty-calculator-family-what-if');

    // Registering any need of the family, the operator sees that it is low-income.
    await page.goto(`${baseUrl}/#/passports/${poorFamily}/show/persons`);
    await page.getByTestId('register-need').first().click();
    await page.getByTestId('low-income-notice').filter({ hasText: 'Семья малоимущая' }).waitFor();
    await screenshot(page, 'poverty-need-wizard-notice');
    await page.getByRole('button', { name: 'Отмена' }).click();

    await page.goto(`${baseUrl}/#/poverty/calculator`);
    await page.getByRole('combobox', { name: 'Семья: ФИО или СНИЛС члена семьи' }).fill('Беднякова');
    await page.getByRole('option', { name: /Беднякова Анна/ }).click();
    await page.getByTestId('start-social-contract').click();
    await page.waitForURL(/#\/needs\/[0-9a-f-]+\/show/);
    await page.getByText('Социальный контракт').first().waitFor();
    await page.getByRole('tab', { name: 'Документы' }).click();
    await page.getByRole('cell', { name: /^Заключение о доходе семьи на \d{2}\.\d{2}\.\d{4}\.pdf$/ }).waitFor();
    await screenshot(page, 'poverty-social-contract-need');
    expect(errors).toEqual([]);
  }, 120_000);

  it('lists the low-income families in the register, filtered by municipality and composition, with counts', async () => {
    const { page, errors } = await watchedPage(browser);
    await signIn(page, baseUrl, 'coordinator', DEMO_PASSWORD);
    await page.getByRole('menuitem', { name: 'Реестр малоимущих семей' }).click();
    const poorRow = page.getByRole('row').filter({ hasText: 'Беднякова' });
    await poorRow.waitFor();
    expect(await page.getByRole('row').filter({ hasText: 'Достаткин' }).count()).toBe(0);
    await page.getByTestId('register-summary').locator('[data-summary="households"]').getByText(/^\d+$/).waitFor();

    await page.getByRole('button', { name: 'Добавить фильтр' }).click();
    await page.getByRole('menu').getByText('Многодетная', { exact: true }).click();
    await page.keyboard.press('Escape');
    await page.waitForURL(/largeFamily/);
    await poorRow.waitFor();
    await chooseOption(page, page.getByRole('combobox', { name: 'Муниципалитет' }), samaraName);
    await poorRow.waitFor();
    expect(page.url()).toContain('largeFamily');
    expect(await fitsWidth(page)).toBe(true);
    await screenshot(page, 'poverty-register-filtered');

    await poorRow.click();
    await page.waitForURL(/#\/passports\/[0-9a-f-]+\/show/);
    await page.getByRole('tab', { name: 'Доход и бедность' }).click();
    await page.getByTestId('passport-poverty').locator('[data-verdict="BELOW"]').first().waitFor();
    await screenshot(page, 'poverty-passport-assessment');
    expect(errors).toEqual([]);
  }, 120_000);

  it('shows poverty by municipality, age and sex, drills down from a number to the families, and exports the filters to Excel', async () => {
    const { page, errors } = await watchedPage(browser);
    await signIn(page, baseUrl, 'coordinator', DEMO_PASSWORD);
    await page.getByRole('menuitem', { name: 'Бедность' }).click();
    const samaraRow = page.getByTestId('poverty-table').locator('tr').filter({ hasText: samaraName });
    await samaraRow.locator('[data-column="householdsBelow"] a').waitFor();
    await page.getByTestId('chart-poverty-people').locator('.recharts-bar-rectangle').first().waitFor();
    await screenshot(page, 'poverty-dashboard-municipalities');

    await page.getByTestId('dimension-ageGroup').click();
    await page
      .getByTestId('poverty-table')
      .locator('tr')
      .filter({ hasText: '7–15 лет' })
      .locator('[data-column="peopleBelow"] a')
      .waitFor();

    await chooseOption(page, page.getByRole('combobox', { name: 'Муниципалитет' }), samaraName);
    const download = page.waitForEvent('download');
    await page.getByTestId('export-xlsx').click();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile((await (await download).path())!);
    const firstSheet = workbook.worksheets[0];
    const cells = (firstSheet.getSheetValues() as unknown[][]).flat().map(String);
    expect(cells).toContain(samaraName);
    expect(workbook.worksheets.length).toBe(3);

    await page.getByTestId('dimension-municipality').click();
    await samaraRow.locator('[data-column="householdsBelow"] a').click();
    await page.waitForURL(/#\/poverty\/register\?/);
    await page.getByRole('row').filter({ hasText: 'Беднякова' }).waitFor();
    expect(await page.getByRole('row').filter({ hasText: 'Достаткин' }).count()).toBe(0);
    await screenshot(page, 'poverty-dashboard-drilldown');
    expect(errors).toEqual([]);
  }, 120_000);

  it('lets an administrator add a value of the subsistence minimum, refusing an amount that is not roubles', async () => {
    const { page, errors } = await watchedPage(browser);
    await signIn(page, baseUrl, 'admin', DEMO_PASSWORD);
    await page.getByRole('menuitem', { name: 'Прожиточный минимум' }).click();
    await page.getByRole('row').filter({ hasText: '10 174,00 ₽' }).first().waitFor();
    await page.getByRole('link', { name: 'Создать' }).click();
    await chooseOption(page, page.getByRole('combobox', { name: 'Регион' }), 'Липецкая область (RU-LIP)');
    await chooseOption(page, page.getByRole('combobox', { name: 'Группа населения' }), 'Пенсионеры');
    await page.locator('input[name="year"]').fill('2030');
    await page.locator('input[name="effectiveFrom"]').fill('2030-01-01');
    await page.locator('input[name="amountKopecks"]').fill('8 100,555');
    await page.locator('textarea[name="actTitle"]').fill('Проверочный акт');
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await page.getByText('Введите сумму в рублях больше нуля, например 10 174,00').waitFor();
    await page.locator('input[name="amountKopecks"]').fill('8 100,55');
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await page.getByRole('row').filter({ hasText: '8 100,55 ₽' }).waitFor();
    await screenshot(page, 'poverty-subsistence-table');
    expect(errors.filter((e) => !e.includes('422'))).toEqual([]);
  }, 120_000);
});
