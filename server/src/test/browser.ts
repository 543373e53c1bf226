/// <reference lib="dom" />
// The helpers below run code in the page (page.evaluate): DOM types for them.
import type { Config } from '../config.js';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { saoPauloDate } from '../modules/finance/finance-words.js';
import { startTestServer, type TestServer } from './harness.js';

/** Debian's Chromium (Playwright's own download does not work here), or CHROMIUM_PATH. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = existsSync(chromiumPath);

const root = resolve(import.meta.dirname, '..', '..', '..');
const screenshots = resolve(root, 'test-results', 'screenshots');

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'],
  });
}

/**
 * The demo's dates count from the São Paulo day it was loaded; what the apps say of them ("12 dias
 * de atraso") counts from today. A run that crosses midnight there sees both move apart by a day:
 * `demoDay(n)` is the demo's day n days after its load (negative: before), `daysSinceDemoLoaded()` the gap.
 */
export const demoDay = (days: number): string => new Date(Date.parse(`${inject('demoLoadedOn')}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
export const daysSinceDemoLoaded = (): number => Math.round((Date.parse(`${saoPauloDate(new Date())}T12:00:00Z`) - Date.parse(`${inject('demoLoadedOn')}T12:00:00Z`)) / 86_400_000);

export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 800 };

/** A fresh browser context (its own cookies) at phone size, pt-BR, São Paulo time. */
export async function phonePage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: PHONE, locale: 'pt-BR', timezoneId: 'America/Sao_Paulo', isMobile: true, hasTouch: true });
  return context.newPage();
}

/** A browser file's own copy of the demo and its Chromium; each is there after `beforeAll`. */
export interface DemoInBrowser {
  readonly server: TestServer;
  readonly browser: Browser;
  /** `http://localhost:<port>`: the client portal at `/`, the admin app at `/admin/`. */
  readonly base: string;
}

/**
 * Registers the file's `beforeAll`/`afterAll`: its own copy of the demo (what the other browser
 * files change is not seen here), serving both built apps, and a Chromium. Does nothing when there
 * is no Chromium (the file's `describe.skipIf(!hasChromium)` skips its tests).
 */
export function demoInBrowser(overrides: () => Partial<Config> | Promise<Partial<Config>> = () => ({})): DemoInBrowser {
  const demo = {} as { server: TestServer; browser: Browser; base: string };
  beforeAll(async () => {
    if (!hasChromium) return;
    demo.server = await startTestServer({ clientDist: resolve(root, 'client-portal', 'dist'), adminDist: resolve(root, 'admin-portal', 'dist'), ...(await overrides()) }, { database: 'demo' });
    demo.base = `http://localhost:${demo.server.port}`;
    demo.browser = await launchChromium();
  });
  afterAll(async () => {
    await demo.browser?.close();
    await demo.server?.stop();
  });
  return demo;
}

/** A customer signs in on the client portal's sign-in form at `base` (what to wait for after is the caller's). */
export async function signInCustomer(page: Page, base: string, login: string, password = 'demo-cliente-1'): Promise<void> {
  await page.goto(`${base}/`);
  await page.getByLabel('E-mail ou CPF/CNPJ').fill(login);
  await page.getByLabel('Senha', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Entrar', exact: true }).click();
}

/** A staff member signs in to the admin app at `base/admin/` and waits for its first screen, the requests desk. */
export async function signInStaff(page: Page, base: string, login = 'admin@horizonte.demo', password = 'demo-admin-1'): Promise<void> {
  await page.goto(`${base}/admin/`);
  await page.getByLabel('E-mail').fill(login);
  await page.getByLabel('Senha').fill(password);
  await page.getByRole('button', { name: 'Entrar' }).click();
  await page.getByRole('heading', { name: 'Pedidos' }).waitFor();
}

export interface StaffPageOptions {
  login?: string;
  password?: string;
  /** Desktop unless said. */
  viewport?: { width: number; height: number };
  /** Granted on `base`'s origin before the page opens (e.g. the clipboard). */
  permissions?: string[];
}

/** A fresh browser context (pt-BR, São Paulo) in the admin app, signed in (by default as the demo's admin). */
export async function staffPage(browser: Browser, base: string, { login, password, viewport = DESKTOP, permissions }: StaffPageOptions = {}): Promise<Page> {
  const context = await browser.newContext({ viewport, locale: 'pt-BR', timezoneId: 'America/Sao_Paulo' });
  if (permissions) await context.grantPermissions(permissions, { origin: base });
  const page = await context.newPage();
  await signInStaff(page, base, login, password);
  return page;
}

/**
 * Whether the browser tests keep screenshots (`SCREENSHOTS=1`): for a person to look at, nothing
 * reads them, and they cost each run a minute or two (two full-page captures and three relayouts a call).
 */
export const keepScreenshots = process.env.SCREENSHOTS === '1';

/** With SCREENSHOTS=1: one screenshot of the page as it is, to `path`. */
export async function capture(page: Page, path: string, options: { fullPage?: boolean } = {}): Promise<void> {
  if (!keepScreenshots) return;
  await mkdir(dirname(path), { recursive: true });
  await page.screenshot({ path, fullPage: options.fullPage ?? false });
}

/** With SCREENSHOTS=1: screenshots at phone and desktop sizes, into test-results/screenshots (gitignored). */
export async function screenshot(page: Page, name: string): Promise<void> {
  if (!keepScreenshots) return;
  await mkdir(screenshots, { recursive: true });
  const size = page.viewportSize();
  await page.setViewportSize(PHONE);
  await page.screenshot({ path: resolve(screenshots, `${name}-phone.png`), fullPage: true });
  await page.setViewportSize(DESKTOP);
  await page.screenshot({ path: resolve(screenshots, `${name}-desktop.png`), fullPage: true });
  if (size) await page.setViewportSize(size);
}

/** SPEC §17: an automated accessibility check (axe-core, WCAG 2.1 AA); no serious or critical violation. */
export async function expectAccessible(page: Page, name: string): Promise<void> {
  // Axe run in the page itself (legacy mode: the apps have no frames), violations only: 0.8–1.1 s a
  // screen instead of 1.5–2.8 s (by default it opens a blank page per check to merge its frames'
  // results, and builds a selector for every passing node) — a few minutes of every test run.
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .setLegacyMode(true).options({ resultTypes: ['violations'] }).analyze();
  const bad = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  // One line naming every violation (the screen walks keep a failure's first line).
  if (bad.length) throw new Error(`accessibility of ${name}: ${bad.join('; ')}`);
}

/** Whether the element's box lies wholly inside the viewport (as scrolled now). */
export async function isInViewport(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => {
    const rect = element.getBoundingClientRect();
    return rect.top >= 0 && rect.left >= 0 && rect.bottom <= window.innerHeight && rect.right <= window.innerWidth && rect.height > 0;
  });
}

/**
 * Issue 9: an error sits on its field. The control is `aria-invalid="true"`, its `aria-describedby`
 * names a visible element holding the message, and the control is in the viewport (scrolled there).
 * Returns the message.
 */
export async function expectErrorOnField(control: Locator): Promise<string> {
  await expect.poll(() => control.getAttribute('aria-invalid'), { message: 'aria-invalid', timeout: 5000 }).toBe('true');
  const ids = ((await control.getAttribute('aria-describedby')) ?? '').split(/\s+/).filter(Boolean);
  const described = await Promise.all(ids.map(async (id) => {
    const element = control.page().locator(`[id="${id}"]`);
    return (await element.count()) && (await element.isVisible()) ? ((await element.textContent()) ?? '').trim() : '';
  }));
  const message = described.find((text) => text !== '') ?? '';
  expect(message, 'a visible message the control is described by').not.toBe('');
  expect(await isInViewport(control), 'the marked control is in the viewport').toBe(true);
  return message;
}

/**
 * Holds the answer to each GraphQL operation named `operationName` for `ms`, and counts how many
 * were sent: to see a submit's progress, and that a double click sends one.
 */
export async function slowOperation(page: Page, operationName: string, ms: number): Promise<{ sent(): number }> {
  let sent = 0;
  await page.route('**/graphql', async (route) => {
    const body = route.request().postDataJSON() as { operationName?: string } | null;
    if (body?.operationName === operationName) {
      sent += 1;
      await new Promise((resolve) => setTimeout(resolve, ms));
    }
    await route.continue();
  });
  return { sent: () => sent };
}

/** Fills every visible free-text control (text, search, untyped inputs and textareas) with `text`; returns how many. */
export async function fillFreeText(page: Page, text: string): Promise<number> {
  const controls = page.locator('textarea:visible, input:visible:not([type]), input[type="text"]:visible, input[type="search"]:visible');
  const count = await controls.count();
  for (let i = 0; i < count; i++) {
    const control = controls.nth(i);
    if (await control.isEditable()) await control.fill(text);
  }
  return count;
}

/**
 * Issue 9: the layout holds for any content. The page does not scroll sideways
 * (`scrollWidth <= clientWidth`), and no element sticks out past the viewport's right edge or is
 * wider than it — except inside a container that scrolls or clips sideways on its own (a wide table
 * in its scroller), which is then checked itself. Fails listing the outermost offenders.
 */
export async function expectNoHorizontalOverflow(page: Page, name: string): Promise<void> {
  const found = await page.evaluate(() => {
    const root = document.documentElement;
    const width = root.clientWidth;
    const sticksOut = (rect: DOMRect) => rect.width > 0 && rect.height > 0 && (rect.right + window.scrollX > width + 0.5 || rect.width > width + 0.5);
    const offenders: Element[] = [];
    // Inside a container that scrolls or clips sideways on its own, or inside an offender already listed.
    const contained = (element: Element | null) => {
      for (let ancestor = element; ancestor && ancestor !== document.body; ancestor = ancestor.parentElement) {
        if (offenders.includes(ancestor) || (ancestor !== element && getComputedStyle(ancestor).overflowX !== 'visible')) return true;
      }
      return false;
    };
    for (const element of Array.from(document.body.querySelectorAll('*'))) {
      if (sticksOut(element.getBoundingClientRect()) && !contained(element)) offenders.push(element);
    }
    // Text that overflows its (narrow enough) element: an unbroken word or URL.
    const texts = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let text = texts.nextNode(); text; text = texts.nextNode()) {
      const parent = text.parentElement;
      if (!parent || !text.textContent?.trim() || offenders.includes(parent)) continue;
      range.selectNodeContents(text);
      if (sticksOut(range.getBoundingClientRect()) && !contained(parent) && getComputedStyle(parent).overflowX === 'visible') offenders.push(parent);
    }
    const describe = (element: Element) => {
      const rect = element.getBoundingClientRect();
      const classes = typeof element.className === 'string' && element.className ? `.${element.className.trim().split(/\s+/).join('.')}` : '';
      const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60);
      const right = Math.max(rect.right, ...Array.from(element.getClientRects(), (r) => r.right)) + window.scrollX;
      return `<${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${classes}> ${Math.round(rect.width)}px wide, its content reaches ${Math.round(Math.max(right, element.scrollWidth + rect.left + window.scrollX))}px: "${text}"`;
    };
    return { width, scrollWidth: Math.max(root.scrollWidth, document.body.scrollWidth), offenders: offenders.slice(0, 10).map(describe) };
  });
  expect(found.offenders, `elements of ${name} wider than the ${found.width}px viewport:\n  ${found.offenders.join('\n  ')}\n`).toEqual([]);
  expect(found.scrollWidth, `${name} scrolls sideways`).toBeLessThanOrEqual(found.width);
}
