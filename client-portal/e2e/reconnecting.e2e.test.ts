import type { Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoInBrowser, expectAccessible, hasChromium, PHONE, screenshot, signInCustomer } from '../../server/src/test/browser.js';

// This file's own copy of the demo.
const demo = demoInBrowser();

/** What Habite answers while PostgreSQL restarts (graphql/outage.ts): 503, Retry-After, SERVICE_UNAVAILABLE in words. */
const OUTAGE = {
  status: 503,
  headers: { 'content-type': 'application/json', 'retry-after': '2' },
  body: JSON.stringify({ errors: [{ message: 'O sistema está momentaneamente fora do ar e reconectando. Se você estava salvando algo, confira se foi salvo antes de repetir; tente de novo em alguns segundos.', extensions: { code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 2 } }] }),
};
const outage = (route: Route) => route.fulfill(OUTAGE);

async function signedInAna(): Promise<Page> {
  // No service worker: its cached answers would hide the outage this test is about.
  const context = await demo.browser.newContext({ viewport: PHONE, locale: 'pt-BR', timezoneId: 'America/Sao_Paulo', serviceWorkers: 'block', isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await signInCustomer(page, demo.base, 'ana@cliente.demo');
  await page.getByRole('heading', { name: /^Olá/ }).waitFor();
  return page;
}

describe.skipIf(!hasChromium)('issue 15: the portal during an outage', () => {
  it('issue 15: while the server answers SERVICE_UNAVAILABLE, a screen says "Reconectando…" and loads by itself when it is back; a message being written is kept through a refused send', { timeout: 120_000 }, async () => {
    const page = await signedInAna();

    // Reads: tried again with backoff, a calm notice meanwhile, and the screen fills in once answers return.
    await page.route('**/graphql', outage);
    await page.getByRole('navigation').getByRole('link', { name: 'Fale Conosco', exact: true }).click();
    const notice = page.getByTestId('reconnecting');
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(/^Reconectando… O que está na tela e o que você digitou continuam aqui\.$/);
    await expectAccessible(page, 'client-reconnecting');
    await screenshot(page, 'client-reconnecting');
    await page.unroute('**/graphql', outage);
    await page.getByRole('heading', { name: 'Fale Conosco', level: 1 }).waitFor();
    await page.getByLabel('Assunto').waitFor();
    await expect.poll(() => notice.count(), { timeout: 20_000 }).toBe(0);

    // A write is never repeated behind the person's back: the refusal is shown in words, and what they typed stays.
    await page.getByLabel('Tipo de solicitação').selectOption({ label: 'Dúvida' });
    await page.getByLabel('Sobre qual unidade?').selectOption({ label: 'Apto A-101 · Residencial Jardins' });
    await page.getByLabel('Assunto').fill('Portão da garagem');
    await page.getByLabel('Mensagem', { exact: true }).fill('O portão da garagem não abre com o controle.');
    await page.route('**/graphql', outage);
    await page.getByRole('button', { name: 'Enviar mensagem' }).click();
    await page.getByText(/momentaneamente fora do ar/).first().waitFor();
    expect(await page.getByLabel('Mensagem', { exact: true }).inputValue()).toBe('O portão da garagem não abre com o controle.');
    expect(await page.getByLabel('Assunto').inputValue()).toBe('Portão da garagem');
    await page.unroute('**/graphql', outage);
    await page.getByRole('button', { name: 'Enviar mensagem' }).click();
    await page.getByText('Mensagem enviada.').waitFor();
    await page.context().close();
  });
});
