import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { capture, DESKTOP, expectAccessible, expectNoHorizontalOverflow, hasChromium, launchChromium, phonePage } from '../../server/src/test/browser.js';
import { startTestServer, type TestServer } from '../../server/src/test/harness.js';
import { rawCodesOn, signedInClient } from '../../server/src/test/screen-walk.js';

const root = resolve(import.meta.dirname, '..', '..');
const SHOTS = process.env.SCHEDULING_SHOTS ?? '/tmp/scheduling-shots';

let server: TestServer;
let browser: Browser;
let base: string;

beforeAll(async () => {
  if (!hasChromium) return;
  mkdirSync(SHOTS, { recursive: true });
  // This file's own copy of the demo: it publishes slots and cancels a booking.
  server = await startTestServer({ clientDist: resolve(root, 'client-portal', 'dist'), adminDist: resolve(root, 'admin-portal', 'dist') }, { database: 'demo' });
  base = `http://localhost:${server.port}`;
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function staffPage(phone = false): Promise<Page> {
  const page = phone ? await phonePage(browser) : await (await browser.newContext({ viewport: DESKTOP, locale: 'pt-BR', timezoneId: 'America/Sao_Paulo' })).newPage();
  await page.goto(`${base}/admin/`);
  await page.getByLabel('E-mail').fill('gestor@horizonte.demo');
  await page.getByLabel('Senha').fill('demo-gestor-1');
  await page.getByRole('button', { name: 'Entrar' }).click();
  await page.getByRole('heading', { name: 'Pedidos' }).waitFor();
  return page;
}

describe.skipIf(!hasChromium)('Agendamentos and Pesquisa in the admin app (SPEC §11)', () => {
  it('a MANAGER publishes slots for a day range from the development page and sees them listed', async () => {
    const page = await staffPage();
    await page.getByRole('link', { name: 'Empreendimentos' }).first().click();
    await page.getByRole('link', { name: 'Residencial Jardins' }).first().click();
    await page.getByRole('link', { name: 'Agendamentos' }).click();
    await page.getByRole('heading', { name: 'Agendamentos · Residencial Jardins', level: 1 }).waitFor();
    await page.getByRole('cell', { name: 'Livre' }).first().waitFor();
    const far = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);
    await page.getByLabel('Primeiro dia').fill(far);
    await page.getByLabel('Último dia').fill(far);
    await page.getByLabel('Sábado').check();
    await page.getByLabel('Domingo').check();
    await page.getByLabel('Horários de início').fill('08:00, 08:45');
    await page.getByRole('button', { name: 'Publicar', exact: true }).click();
    await page.getByText('2 horários publicados (os que já existiam foram mantidos).').waitFor();
    expect(await rawCodesOn(page)).toEqual([]);
    await expectAccessible(page, 'admin-appointments');
    await capture(page, `${SHOTS}/admin-appointments.png`);
  });

  it('a MANAGER sees the survey\'s results as a bar picture with numbers, on a phone', async () => {
    // Ana answers the demo survey through the API first: score 4, "Agendamentos", a text.
    const ana = await signedInClient(base, 'client', 'ana@cliente.demo', 'demo-cliente-1');
    const [survey] = (await ana.ok(`{ mySurveys { id questions { id kind } } }`)).mySurveys;
    const answer = (q: { id: string; kind: string }) => ({ questionId: q.id, ...(q.kind === 'SCALE' ? { scale: 4 } : q.kind === 'SINGLE_CHOICE' ? { choice: 3 } : { text: 'Mais horários aos sábados.' }) });
    await ana.ok(`mutation($s: ID!, $a: [SurveyAnswerInput!]!) { answerSurvey(surveyId: $s, answers: $a) { id } }`, { s: survey.id, a: survey.questions.map(answer) });
    const page = await staffPage(true);
    await page.goto(`${base}/admin/pesquisas`);
    await page.getByRole('heading', { name: 'Pesquisas', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Sua experiência com o portal' }).waitFor();
    await page.getByRole('button', { name: 'Resultados' }).click();
    await page.getByText('Sua experiência com o portal: 1 resposta').waitFor();
    expect(await page.getByText('Média: 4').count()).toBe(1);
    expect(await page.getByText('1 (100%)').count()).toBe(2);
    await page.getByText('Mais horários aos sábados.').waitFor();
    expect(await rawCodesOn(page)).toEqual([]);
    await expectNoHorizontalOverflow(page, 'admin-surveys');
    await expectAccessible(page, 'admin-surveys');
    await capture(page, `${SHOTS}/admin-surveys-phone.png`, { fullPage: true });
  });
});
