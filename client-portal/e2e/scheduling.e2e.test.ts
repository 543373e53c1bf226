import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { capture, expectAccessible, expectNoHorizontalOverflow, hasChromium, launchChromium, phonePage } from '../../server/src/test/browser.js';
import { startTestServer, type TestServer } from '../../server/src/test/harness.js';
import { rawCodesOn } from '../../server/src/test/screen-walk.js';

const root = resolve(import.meta.dirname, '..', '..');
/** Where this file's own phone-size pictures go, to look at. */
const SHOTS = process.env.SCHEDULING_SHOTS ?? '/tmp/scheduling-shots';

let server: TestServer;
let browser: Browser;
let base: string;

beforeAll(async () => {
  if (!hasChromium) return;
  mkdirSync(SHOTS, { recursive: true });
  // This file's own copy of the demo: it books a slot and answers the survey.
  server = await startTestServer({ clientDist: resolve(root, 'client-portal', 'dist'), adminDist: resolve(root, 'admin-portal', 'dist') }, { database: 'demo' });
  base = `http://localhost:${server.port}`;
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function signIn(page: Page, login: string) {
  await page.goto(`${base}/`);
  await page.getByLabel('E-mail ou CPF/CNPJ').fill(login);
  await page.getByLabel('Senha', { exact: true }).fill('demo-cliente-1');
  await page.getByRole('button', { name: 'Entrar', exact: true }).click();
  await page.getByRole('heading', { name: /^Olá/ }).waitFor();
}

describe.skipIf(!hasChromium)('Agendamentos and Pesquisa in the client portal (SPEC §11), on a phone', () => {
  it('Ana books a vistoria from the free times of her unit, sees it in her appointments, and answers the survey once', async () => {
    const page = await phonePage(browser);
    await signIn(page, 'ana@cliente.demo');

    await page.getByRole('navigation').getByRole('link', { name: 'Agendamentos', exact: true }).click();
    await page.getByRole('heading', { name: 'Agendamentos', level: 1 }).waitFor();
    const first = page.getByRole('button', { name: /^Agendar a vistoria em \d\d\/\d\d\/\d{4} às 09:00$/ }).first();
    await first.waitFor();
    expect(await page.getByText('Você ainda não tem agendamentos.').count()).toBe(1);
    await expectAccessible(page, 'scheduling-free');
    await expectNoHorizontalOverflow(page, 'scheduling-free');
    await capture(page, `${SHOTS}/scheduling-free-phone.png`, { fullPage: true });
    const chosen = (await first.getAttribute('aria-label'))!.replace('Agendar a vistoria em ', '');
    await first.click();
    await page.getByRole('status').filter({ hasText: `Vistoria agendada para ${chosen}.` }).waitFor();
    const mine = page.getByRole('region', { name: 'Meus agendamentos' });
    await mine.getByText(/Vistoria · /).waitFor();
    expect(await mine.innerText()).toContain(`${chosen} (90 min)`);
    // Her other development publishes no times: the page says so in words.
    expect(await page.getByText('Nenhum horário livre agora.').count()).toBeGreaterThan(0);
    expect(await rawCodesOn(page)).toEqual([]);
    await expectAccessible(page, 'scheduling-booked');
    await capture(page, `${SHOTS}/scheduling-booked-phone.png`, { fullPage: true });

    await page.getByRole('navigation').getByRole('link', { name: 'Pesquisa', exact: true }).click();
    await page.getByRole('heading', { name: 'Pesquisa', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Sua experiência com o portal' }).waitFor();
    await expectAccessible(page, 'survey');
    await expectNoHorizontalOverflow(page, 'survey');
    await capture(page, `${SHOTS}/survey-phone.png`, { fullPage: true });
    await page.getByRole('radio', { name: 'Nota 4' }).check();
    await page.getByRole('radio', { name: 'Agendamentos' }).check();
    await page.getByRole('textbox', { name: 'O que podemos melhorar?' }).fill('Mais horários aos sábados.');
    await page.getByRole('button', { name: 'Enviar respostas' }).click();
    await page.getByText('Você já respondeu esta pesquisa. Obrigado!').waitFor();
    expect(await rawCodesOn(page)).toEqual([]);
    await expectAccessible(page, 'survey-answered');
    await capture(page, `${SHOTS}/survey-answered-phone.png`, { fullPage: true });
  });
});
