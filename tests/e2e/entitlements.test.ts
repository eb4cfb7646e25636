import type { Browser } from 'playwright-core';
import { DEMO_PASSWORD } from '../../scripts/seed/referenceData';
import { incomeMonths } from '../../shared/poverty/window';
import { nextSnils } from '../support/fixtures';
import type { TestSystem } from '../support/system';
import { screenshot, signIn, watchedPage, startBrowserSystem } from './browser';

let system: TestSystem;
let stop: () => Promise<void>;
let baseUrl: string;
let browser: Browser;
let householdId: string;
let memberIds: string[];

const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Samara' }).format(new Date());

/** The first day of the month `months` months before today. */
function monthsAgo(months: number): string {
  const [y, m] = today.split('-').map(Number);
  const index = y * 12 + (m - 1) - months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`;
}

beforeAll(async () => {
  ({ system, baseUrl, browser, stop } = await startBrowserSystem());
  const operator = await system.prisma.user.findUniqueOrThrow({ where: { username: 'operator.samara' } });
  const person = (key: string, firstName: string, birthDate: string, monthly = 0) => ({
    key,
    lastName: 'Положенова',
    firstName,
    birthDate,
    sex: 'FEMALE',
    snils: nextSnils(),
    incomes: monthly ? incomeMonths(today).map((period) => ({ source: 'SALARY', amount: String(monthly), period })) : [],
  });
  // A mother earning well, a two-month-old baby and a girl of six going to school.
  const res = await system
    .as(operator.id)
    .post('/api/passports')
    .send({
      household: { municipalityId: operator.municipalityId, address: 'г. Самара, ул. Садовая, д. 7' },
      persons: [
        person('m', 'Мария', '1991-02-03', 150_000),
        person('b', 'Дарья', monthsAgo(2)),
        person('p', 'Олеся', monthsAgo(6 * 12 + 2)),
      ],
      relations: [],
    });
  if (res.status !== 201) throw new Error(`passport not created: ${res.status} ${JSON.stringify(res.body)}`);
  householdId = res.body.id as string;
  memberIds = (await system.prisma.person.findMany({ where: { householdId }, select: { id: true } })).map((p) => p.id);
}, 240_000);

afterAll(async () => {
  await stop?.();
});

describe('«Положено семье» in a real browser', () => {
  it('an operator sees what the family is owed and why, and registers two measures with one button', async () => {
    const { page, errors } = await watchedPage(browser);
    await signIn(page, baseUrl, 'operator.samara', DEMO_PASSWORD);
    await page.goto(`${baseUrl}/#/passports/${householdId}/show`);
    await page.getByRole('tab', { name: 'Положено семье' }).click();

    const panel = page.getByTestId('family-entitlements');
    const benefit = panel.getByTestId('entitlement-SOC_CHILD_BENEFIT');
    const kit = panel.getByTestId('entitlement-EDU_SCHOOL_KIT');
    await benefit.getByText('Рождение ребёнка').waitFor();
    await benefit.getByText('Положенова Дарья').waitFor();
    await benefit.getByText('✓ Ребёнку меньше года').waitFor();
    await kit.getByText('Ребёнок идёт в школу').waitFor();
    await kit.getByText('✓ Ребёнку исполнилось 6 лет').waitFor();
    await panel.getByTestId('entitlement-MED_GP_APPOINTMENT').waitFor();
    await screenshot(page, 'entitlements-owed');

    const send = page.getByRole('button', { name: /Зарегистрировать выбранные/ });
    expect(await send.isDisabled()).toBe(true);
    await benefit.getByRole('checkbox').check();
    await kit.getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Зарегистрировать выбранные (2)' }).click();
    await page.getByText('Выбранные меры зарегистрированы').waitFor();

    // The registered measures are in work now: only the one not chosen is still offered.
    await benefit.waitFor({ state: 'detached' });
    await kit.waitFor({ state: 'detached' });
    await panel.getByTestId('entitlement-MED_GP_APPOINTMENT').waitFor();
    await screenshot(page, 'entitlements-registered');

    const needs = await system.prisma.need.findMany({ where: { personId: { in: memberIds } }, include: { measure: true } });
    expect(needs.map((n) => n.measure.code).sort()).toEqual(['EDU_SCHOOL_KIT', 'SOC_CHILD_BENEFIT']);
    expect(errors).toEqual([]);
  }, 120_000);
});
