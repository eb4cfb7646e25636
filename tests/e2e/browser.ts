/// <reference lib="dom" />
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, Locator, Page } from 'playwright-core';
import { PROJECT_ROOT } from '../../shared/config';
import { freePort } from '../../scripts/lib/processes';
import { nextSnils } from '../support/fixtures';
import { startTestSystem } from '../support/system';

export const ARTIFACTS = path.join(PROJECT_ROOT, 'test-artifacts');
const CHROMIUM = '/usr/bin/chromium';

/** Debian's Chromium, headless, with the flags this closed network needs. */
export function launchChromium(): Promise<Browser> {
  mkdirSync(ARTIFACTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** The system under test served over HTTP on a free port, and a Chromium to drive it; stop() ends all three. */
export async function startBrowserSystem(options?: Parameters<typeof startTestSystem>[0]) {
  const system = await startTestSystem(options);
  const port = await freePort();
  const server = system.app.listen(port, '127.0.0.1');
  const stop = async () => {
    server.close();
    await system.stop();
  };
  try {
    const browser = await launchChromium();
    return { system, baseUrl: `http://127.0.0.1:${port}`, browser, stop: () => browser.close().then(stop) };
  } catch (err) {
    await stop();
    throw err;
  }
}

export const LAPTOP = { width: 1366, height: 768 };
export const TABLET = { width: 768, height: 1024 };

/** A page (1366×768 unless told) that remembers every console error and uncaught exception. */
export async function watchedPage(browser: Browser, viewport = LAPTOP): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport, locale: 'ru-RU', timezoneId: 'Europe/Samara' });
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return { page, errors };
}

export async function signIn(page: Page, baseUrl: string, username: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/#/login`);
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('button[type="submit"]').click();
  await page.waitForURL((url) => !url.hash.includes('login'));
}

export const screenshot = (page: Page, name: string) => page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });

/** Picks an option of a MUI select or autocomplete. */
export async function chooseOption(page: Page, combobox: Locator, option: string): Promise<void> {
  await combobox.click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Fills one person of the passport form's family list. */
export async function fillPerson(
  page: Page,
  index: number,
  person: { lastName: string; firstName: string; birthDate: string; sex: 'Женский' | 'Мужской' },
): Promise<void> {
  await page.locator(`input[name="persons.${index}.lastName"]`).fill(person.lastName);
  await page.locator(`input[name="persons.${index}.firstName"]`).fill(person.firstName);
  await page.locator(`input[name="persons.${index}.birthDate"]`).fill(person.birthDate);
  await chooseOption(page, page.getByRole('combobox', { name: 'Пол' }).nth(index), person.sex);
  await page.locator(`input[name="persons.${index}.snils"]`).fill(nextSnils());
}

/** Drops a file onto an element the way a user dragging it from their desktop does. */
export async function dropFile(page: Page, target: Locator, file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  const dataTransfer = await page.evaluateHandle(
    ({ name, mimeType, base64 }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([bytes], name, { type: mimeType }));
      return transfer;
    },
    { name: file.name, mimeType: file.mimeType, base64: file.buffer.toString('base64') },
  );
  await target.dispatchEvent('dragenter', { dataTransfer });
  await target.dispatchEvent('drop', { dataTransfer });
}

/** Presses Tab until the element matching the selector has the focus (fails after `limit` presses). */
export async function tabTo(page: Page, selector: string, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`${selector} is not reachable with Tab in ${limit} presses`);
}

/** Whether the page fits its viewport's width (nothing to scroll sideways), once the menu has folded (up to 5 s). */
export async function fitsWidth(page: Page): Promise<boolean> {
  const fits = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
  for (let i = 0; i < 25; i++) {
    if (await fits()) return true;
    await page.waitForTimeout(200);
  }
  return false;
}
