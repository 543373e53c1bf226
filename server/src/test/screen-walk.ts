/// <reference lib="dom" />
import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { DESKTOP, expectAccessible, keepScreenshots, PHONE } from './browser.js';
import { GraphQLClient } from './graphql-client.js';

/**
 * Issue 9, "done when": a walk over every main screen of an app, in pt-BR and English, at phone
 * and laptop size, checking what a person would notice first — no raw enum value on screen, no
 * horizontal scroll, no serious accessibility problem — and, with SCREENSHOTS=1, a screenshot of each.
 */

const root = resolve(import.meta.dirname, '..', '..', '..');
const schema = readFileSync(resolve(root, 'schema', 'schema.graphql'), 'utf8');
const screenshots = resolve(root, 'test-results', 'screenshots', 'walk');

/** Every value of every enum in the contract: none of them is a word a person should read. */
export const ENUM_VALUES = new Set(
  [...schema.matchAll(/^enum \w+ \{([^}]*)\}/gm)].flatMap((m) => [...m[1]!.matchAll(/^\s+([A-Z][A-Z0-9_]+)\s*$/gm)].map((v) => v[1]!)),
);

export type Language = 'pt-BR' | 'en';
export const LANGUAGES: Language[] = ['pt-BR', 'en'];
export const SIZES = { phone: PHONE, laptop: DESKTOP } as const;
export type Size = keyof typeof SIZES;
/**
 * The walks each app's every-screen test makes: both languages at phone size (raw codes, overflow
 * and the accessibility check), and the laptop layout in pt-BR, whose words run longer than the
 * English ones. English at laptop size found nothing the other three did not, at a minute a walk.
 */
export const WALKS: { language: Language; size: Size }[] = [
  { language: 'pt-BR', size: 'phone' },
  { language: 'pt-BR', size: 'laptop' },
  { language: 'en', size: 'phone' },
];

/** A browser context in one language and size (the apps keep the language in localStorage). */
export async function contextFor(browser: Browser, language: Language, size: Size): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: SIZES[size], locale: language, timezoneId: 'America/Sao_Paulo', ...(size === 'phone' ? { isMobile: true, hasTouch: true } : {}),
  });
  await context.addInitScript((locale) => localStorage.setItem('habite.locale', locale === 'en' ? 'en' : 'pt-BR'), language);
  return context;
}

/** Enum values that are also plain words in a language, where the label is the same word ("FAQ"). */
/** Words that are also enum values: "ERP" is how Brazilian companies name their management system (BillingBlockSource.ERP). */
const ALSO_WORDS: Record<Language, Set<string>> = { 'pt-BR': new Set(['ERP']), en: new Set(['FAQ', 'ERP']) };

/**
 * Raw enum values among the words on screen (text a person reads, not attributes). Rule IDs
 * ("R-UNIT-5", which help texts and the explainer cite on purpose) are not enum values.
 */
export async function rawCodesOn(page: Page, language: Language = 'pt-BR'): Promise<string[]> {
  const text = (await page.evaluate(() => document.body.innerText)).replace(/\bR-[A-Z]+-\d+\b/g, ' ');
  return [...new Set((text.match(/\b[A-Z][A-Z0-9_]{2,}\b/g) ?? []).filter((word) => ENUM_VALUES.has(word) && !ALSO_WORDS[language].has(word)))];
}

/** Elements that stick out of the viewport sideways (and whether the page itself scrolls sideways). */
export async function horizontalOverflowOn(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const found: string[] = [];
    if (document.documentElement.scrollWidth > width + 1) found.push(`page scrolls sideways (${document.documentElement.scrollWidth}px > ${width}px)`);
    for (const el of Array.from(document.body.querySelectorAll<HTMLElement>('*'))) {
      const box = el.getBoundingClientRect();
      // Only what ends past the edge is looked at further (reading styles up the tree costs).
      if (box.width === 0 || box.height === 0 || box.right <= width + 1) continue;
      // Inside something that scrolls on its own (a wide table in a scroll box) is fine.
      let clipped = false;
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        const style = getComputedStyle(p);
        if (/(auto|scroll|hidden)/.test(style.overflowX)) {
          clipped = true;
          break;
        }
      }
      if (!clipped) found.push(`${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''} ends at ${Math.round(box.right)}px`);
    }
    return found.slice(0, 5);
  });
}

export interface Screen {
  name: string;
  /** A path under the server's origin. */
  path: string;
  /** Something on screen once it has loaded (e.g. its heading). */
  ready: (page: Page) => Promise<unknown>;
}

/**
 * Opens each screen in the context and checks it; returns the problems found (empty: all good).
 * Accessibility is checked once per screen and language, at phone size (the size most customers use).
 */
export async function walk(page: Page, base: string, screens: Screen[], label: { language: Language; size: Size }): Promise<string[]> {
  const problems: string[] = [];
  const network = watchNetwork(page);
  for (const screen of screens) {
    await page.goto(`${base}${screen.path}`);
    await screen.ready(page);
    await network.quiet();
    const where = `${screen.name} (${label.language}, ${label.size})`;
    const codes = await rawCodesOn(page, label.language);
    if (codes.length) problems.push(`${where} shows raw codes: ${codes.join(', ')}`);
    const overflow = await horizontalOverflowOn(page);
    if (overflow.length) problems.push(`${where} overflows: ${overflow.join('; ')}`);
    if (label.size === 'phone') {
      try {
        await expectAccessible(page, where);
      } catch (err) {
        problems.push(String((err as Error).message).split('\n')[0]!);
      }
    }
    if (!keepScreenshots) continue;
    await mkdir(screenshots, { recursive: true });
    await page.screenshot({ path: resolve(screenshots, `${screen.name}-${label.language === 'en' ? 'en' : 'pt'}-${label.size}.png`), fullPage: true });
  }
  network.stop();
  return problems;
}

/**
 * The page's requests in flight, and `quiet()`: none for 100 ms (a screen's later queries have
 * answered and the next have had time to start). Playwright's 'networkidle' waits 500 ms of
 * silence on every screen: a minute of each run's walks.
 */
function watchNetwork(page: Page, quietMs = 100, timeoutMs = 15_000) {
  const inFlight = new Set<unknown>();
  let changed = performance.now();
  const started = (request: unknown) => { inFlight.add(request); changed = performance.now(); };
  const done = (request: unknown) => { inFlight.delete(request); changed = performance.now(); };
  page.on('request', started).on('requestfinished', done).on('requestfailed', done);
  return {
    /** Stops watching (a page walked again gets a watcher of its own). */
    stop(): void {
      page.off('request', started).off('requestfinished', done).off('requestfailed', done);
    },
    async quiet(): Promise<void> {
      const since = performance.now();
      while (inFlight.size > 0 || performance.now() - changed < quietMs) {
        if (performance.now() - since > timeoutMs) throw new Error(`${page.url()}: requests still in flight after ${timeoutMs} ms`);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
  };
}

/** Ids to walk through, asked of the API as the person who will look at them. */
export async function signedInClient(base: string, app: 'client' | 'admin', login: string, password: string, kind = app === 'admin' ? 'STAFF' : 'CUSTOMER'): Promise<GraphQLClient> {
  const client = new GraphQLClient(base, { app });
  await client.ok(`mutation($i: SignInInput!) { signIn(input: $i) { account { id } } }`, { i: { login, password, kind } });
  return client;
}

export { expect };
