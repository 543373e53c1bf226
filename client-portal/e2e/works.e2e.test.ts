import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { capture, daysSinceDemoLoaded, demoDay, demoInBrowser, expectAccessible, expectNoHorizontalOverflow, hasChromium, phonePage, screenshot, signInCustomer } from '../../server/src/test/browser.js';
import { rawCodesOn } from '../../server/src/test/screen-walk.js';

/** Where this file's own phone-size pictures go, to look at. */
const SHOTS = process.env.WORKS_SHOTS ?? '/tmp/works-shots';

// This file's own copy of the demo (its diary and schedule are written relative to the day it loads).
const demo = demoInBrowser();

const br = (iso: string) => iso.split('-').reverse().join('/');
const daysAgo = (n: number) => br(demoDay(-n));
/** The demo's "12 dias de atraso", as many days later as the run is past the day the demo was loaded. */
const late = (days: number) => `${days + daysSinceDemoLoaded()} dias de atraso`;

async function signIn(page: Page, login: string) {
  await signInCustomer(page, demo.base, login);
  await page.getByRole('heading', { name: /^Olá/ }).waitFor();
}

describe.skipIf(!hasChromium)('The works in the client portal (SPEC §9), on a phone', () => {
  it('R-WORK-1: Ana sees the work-log timeline, newest first, only approved entries, and opens its photos in a viewer usable on a phone', async () => {
    const page = await phonePage(demo.browser);
    await signIn(page, 'ana@cliente.demo');
    await page.getByRole('navigation').getByRole('link', { name: 'Diário de obra', exact: true }).click();
    await page.getByRole('heading', { name: 'Diário de obra', level: 1 }).waitFor();
    const entries = page.getByTestId('work-log-entry');
    await entries.first().waitFor();
    // Newest approved first (13 days ago); the ones in review, the rejected one and the draft are not there.
    expect(await entries.first().getByRole('heading', { level: 2 }).innerText()).toBe(daysAgo(13));
    const text = await page.locator('main').innerText();
    expect(text).not.toContain('Instalações elétricas');
    expect(text).not.toContain('Foto de outra obra');
    expect(text).not.toContain('Rascunho do dia');
    expect(text).toContain('Residencial Jardins · Torre A');
    // Eight approved entries over four months (demo-works.ts).
    expect(await entries.count()).toBe(8);
    expect(await rawCodesOn(page)).toEqual([]);
    await expectNoHorizontalOverflow(page, 'work-log');
    await expectAccessible(page, 'work-log');
    await capture(page, `${SHOTS}/work-log-phone.png`, { fullPage: true });
    await screenshot(page, 'work-log');

    // The photos: thumbnails load; tapping one opens the viewer; swipe and buttons move; Esc closes and focus returns.
    const thumb = entries.first().getByRole('button', { name: /Ampliar a foto 1 de 2/ });
    expect(await thumb.locator('img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    await thumb.click();
    const viewer = page.getByRole('dialog', { name: `Fotos de ${daysAgo(13)}` });
    await viewer.waitFor();
    await expect.poll(() => viewer.locator('img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    expect(await viewer.getByText('Foto 1 de 2').isVisible()).toBe(true);
    await expectAccessible(page, 'work-log-viewer');
    await capture(page, `${SHOTS}/work-log-viewer-phone.png`);
    await viewer.getByRole('button', { name: 'Próxima foto' }).click();
    await viewer.getByText('Foto 2 de 2').waitFor();
    // A swipe to the right goes back.
    await viewer.dispatchEvent('touchstart', { touches: [{ identifier: 1, clientX: 100, clientY: 400 }], changedTouches: [{ identifier: 1, clientX: 100, clientY: 400 }] });
    await viewer.dispatchEvent('touchend', { touches: [], changedTouches: [{ identifier: 1, clientX: 300, clientY: 400 }] });
    await viewer.getByText('Foto 1 de 2').waitFor();
    await page.keyboard.press('Escape');
    await viewer.waitFor({ state: 'detached' });
    expect(await thumb.evaluate((el) => el === document.activeElement)).toBe(true);

    await page.context().close();
  });

  it('R-WORK-2: Ana sees the schedule as a picture — overall progress, each stage, the late one in words — and the delivery forecast', async () => {
    const page = await phonePage(demo.browser);
    await signIn(page, 'ana@cliente.demo');
    await page.getByRole('navigation').getByRole('link', { name: 'Cronograma', exact: true }).click();
    await page.getByRole('heading', { name: 'Cronograma', level: 1 }).waitFor();
    const schedule = page.getByTestId('schedule');
    await schedule.waitFor();
    const overall = schedule.getByRole('progressbar', { name: 'Andamento da obra' });
    expect(Number(await overall.getAttribute('aria-valuenow'))).toBeGreaterThan(0);
    const tasks = schedule.getByTestId('schedule-task');
    expect(await tasks.count()).toBe(6);
    const lateTask = tasks.filter({ hasText: 'Estrutura' });
    expect(await lateTask.innerText()).toContain(`Estrutura: ${late(12)}`);
    // Only one stage is late.
    expect(await tasks.filter({ hasText: /dias? de atraso/ }).count()).toBe(1);
    expect(await schedule.innerText()).toContain('Previsão de entrega');
    expect(await schedule.innerText()).toContain(`Entrega prevista com ${late(12)}`);
    expect(await rawCodesOn(page)).toEqual([]);
    await expectNoHorizontalOverflow(page, 'schedule');
    await expectAccessible(page, 'schedule');
    await capture(page, `${SHOTS}/schedule-phone.png`, { fullPage: true });
    await screenshot(page, 'schedule');
    await page.context().close();
  });
});
