import { resolve } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashSecret, newSecret } from '../../server/src/modules/auth/secret-token.js';
import { Bill } from '../../server/src/modules/finance/bill.entity.js';
import { buildDigitableLine } from '../../server/src/modules/finance/boleto.js';
import { FinanceRequest, FinanceRequestKind, FinanceRequestStatus } from '../../server/src/modules/finance/finance-request.entity.js';
import { saoPauloDate } from '../../server/src/modules/finance/finance-words.js';
import { Installment } from '../../server/src/modules/finance/installment.entity.js';
import { PrepaymentMethod } from '../../server/src/modules/finance/prepayment-method.js';
import { simulatePrepayment } from '../../server/src/modules/finance/prepayment.js';
import { ApiToken, TokenScope } from '../../server/src/modules/integration/api-token.entity.js';
import { Account } from '../../server/src/modules/auth/account.entity.js';
import { minimalPdf } from '../../server/src/demo/demo-pdf.js';
import { startFakeGateway, type FakeGateway } from '../../server/src/modules/finance/gateway/fake-gateway.js';
import { TOKEN_PREFIX } from '../../server/src/modules/integration/token-viewer.js';
import { capture, daysSinceDemoLoaded, demoDay, expectAccessible, expectErrorOnField, expectNoHorizontalOverflow, hasChromium, launchChromium, PHONE, screenshot, signInCustomer } from '../../server/src/test/browser.js';
import { GraphQLClient } from '../../server/src/test/graphql-client.js';
import { startTestServer, type TestServer } from '../../server/src/test/harness.js';
import { pdfText } from '../../server/src/test/pdf-text.js';
import { rawCodesOn } from '../../server/src/test/screen-walk.js';

const root = resolve(import.meta.dirname, '..', '..');

let server: TestServer;
let browser: Browser;
let base: (host?: string) => string;
let gateway: FakeGateway;

beforeAll(async () => {
  if (!hasChromium) return;
  // This file's own copy of the demo: the 2ª via and the antecipação asked here are not seen elsewhere.
  // R-FIN-6: the payment gateway speaks its HTTP contract on a local port, as in the demo.
  gateway = await startFakeGateway({ secretKey: 'sk_test_portal' });
  server = await startTestServer({
    clientDist: resolve(root, 'client-portal', 'dist'), adminDist: resolve(root, 'admin-portal', 'dist'), paymentGateway: { url: gateway.url, secretKey: 'sk_test_portal' },
  }, { database: 'demo' });
  base = (host = 'localhost') => `http://${host}:${server.port}`;
  // A run that crossed midnight in São Paulo since the demo was loaded: the server's day is put
  // back to the demo's (noon of it), so its "due today" bill is still due today, as written (the
  // app takes every date's status from the server). FINANCE_PIN_DEMO_DAY=1 does it on any day, to try it.
  if (daysSinceDemoLoaded() !== 0 || process.env.FINANCE_PIN_DEMO_DAY === '1') server.clock.set(new Date(`${demoDay(0)}T12:00:00-03:00`));
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await gateway?.close();
});

// The demo's money is written relative to the day it is loaded (São Paulo): so are the expectations.
const today = demoDay(0);
const thisYear = Number(today.slice(0, 4));
/** aaaa-mm-dd → dd/mm/aaaa */
const br = (iso: string) => iso.split('-').reverse().join('/');
function addMonths(from: string, months: number): string {
  const [y, m, d] = from.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(Math.floor(total / 12), month, 0)).getUTCDate();
  return `${Math.floor(total / 12)}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}
const addDays = (from: string, days: number) => saoPauloDate(new Date(new Date(`${from}T12:00:00-03:00`).getTime() + days * 86_400_000));
/** Text as a person reads it: the no-break space after "R$" is a space. */
const words = (text: string | null) => (text ?? '').replace(/\u00a0/g, ' ').replace(/\s+/g, ' ').trim();

/** A phone-size context (pt-BR, São Paulo) that may read and write the clipboard. */
async function phone(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: PHONE, locale: 'pt-BR', timezoneId: 'America/Sao_Paulo', isMobile: true, hasTouch: true, permissions: ['clipboard-read', 'clipboard-write'] });
  return { context, page: await context.newPage() };
}

async function signIn(page: Page, login: string, host = 'localhost') {
  await signInCustomer(page, base(host), login);
  await page.getByRole('heading', { name: /^Olá/ }).waitFor();
}

/** Ana's A-101 Financeiro, through the menu and the choice of unit. */
async function anaFinance(page: Page) {
  await signIn(page, 'ana@cliente.demo');
  await page.getByRole('navigation').getByRole('link', { name: 'Financeiro', exact: true }).click();
  await page.getByRole('link', { name: 'Ver financeiro: Apto A-101' }).click();
  await page.getByTestId('finance-summary').waitFor();
}

const series = (page: Page, name: string) => page.getByTestId('plan').filter({ has: page.getByRole('heading', { name: new RegExp(`^${name}`) }) });
const installment = (scope: Locator, number: number) => scope.getByTestId('installment').filter({ has: scope.page().getByRole('heading', { name: `Parcela ${number}`, exact: true }) });

async function pdfOf(page: Page, href: string | null): Promise<string> {
  expect(href).toBeTruthy();
  const response = await page.request.get(new URL(href!, page.url()).toString());
  expect(response.status(), href!).toBe(200);
  expect(response.headers()['content-type']).toBe('application/pdf');
  const body = await response.body();
  expect(body.subarray(0, 5).toString()).toBe('%PDF-');
  return pdfText(body);
}

describe.skipIf(!hasChromium)('Financeiro in Chromium, on the demo', () => {
  it('R-SET-1, SPEC §8, §17: Ana finds Financeiro in the menu and on her unit\'s page, and reads the summary at a glance — paid against the total, what is overdue, what is due next', async () => {
    const { context, page } = await phone();
    await signIn(page, 'ana@cliente.demo');
    // From the home page's unit card and from the unit's page, too.
    await page.getByRole('link', { name: 'Ver financeiro: Apto A-101' }).waitFor();
    await page.getByRole('link', { name: 'Ver unidade: Apto A-101' }).click();
    await page.getByRole('heading', { name: 'Financeiro', level: 2 }).waitFor();
    await page.getByRole('link', { name: 'Ver financeiro: Apto A-101' }).click();
    await page.getByTestId('finance-summary').waitFor();
    expect(await page.getByRole('link', { name: '← Voltar para a unidade' }).isVisible()).toBe(true);

    // Two units: the menu's Financeiro asks which.
    await page.getByRole('navigation').getByRole('link', { name: 'Financeiro', exact: true }).click();
    await page.getByRole('heading', { name: 'Financeiro', level: 1 }).waitFor();
    await expect.poll(() => page.locator('.cards h2').allTextContents()).toEqual(['Apto A-101', 'Lote 7']);
    expect(await page.getByRole('navigation').getByRole('link', { name: 'Financeiro', exact: true }).getAttribute('aria-current')).toBe('page');
    await expectAccessible(page, 'finance-units');
    await screenshot(page, 'finance-units');

    await page.getByRole('link', { name: 'Ver financeiro: Apto A-101' }).click();
    const summary = page.getByTestId('finance-summary');
    await summary.waitFor();
    const bar = summary.getByRole('progressbar', { name: 'Quanto já foi pago' });
    // Entrada R$ 45.000,00 + an Intermediária R$ 12.000,00 + five Mensais of R$ 2.450,00, of R$ 196.400,00.
    expect(await bar.getAttribute('aria-valuenow')).toBe('35');
    expect(words(await bar.getAttribute('aria-valuetext'))).toBe('Pago R$ 69.250,00 de R$ 196.400,00 (35% pago)');
    expect(words(await summary.textContent())).toContain('Pago R$ 69.250,00 de R$ 196.400,00');
    const overdue = summary.getByTestId('summary-overdue');
    expect(await overdue.getAttribute('class')).toBe('overdue');
    expect(words(await overdue.textContent())).toBe('VencidoR$ 2.450,001 parcela vencida');
    expect(words(await summary.textContent())).toContain(`Próximo vencimento${br(today)}R$ 2.450,00`);
    expect(words(await summary.textContent())).toContain('A pagarR$ 127.150,00');

    // The series in the order they are paid; states in words, never their codes.
    expect((await page.locator('.plan-name').allTextContents())).toEqual(['Entrada', 'Intermediárias', 'Mensais', 'Chaves']);
    const mensais = series(page, 'Mensais');
    expect(await installment(mensais, 6).locator('.badge').textContent()).toBe('Vencida');
    expect(await installment(mensais, 7).locator('.badge').textContent()).toBe('Vence hoje');
    expect(await installment(mensais, 8).locator('.badge').textContent()).toBe('A vencer');
    expect(words(await installment(mensais, 7).locator('.when').textContent())).toBe(`Vence em ${br(today)}`);
    // R-FIN-9: a bill replaced by a 2ª via is shown as such, with nothing to copy (the 2ª via test below reads the demo's one exactly).
    const replaced = installment(mensais, 6).getByTestId('superseded-bill').first();
    expect(words(await replaced.locator('.bill-title').textContent())).toBe('Substituído — não pague este boleto');
    expect(await replaced.getByRole('button').count()).toBe(0);
    // No bill yet: why, in words. (Parcelas 10 and 11 are the antecipação test's.)
    expect(await installment(mensais, 12).getByTestId('bill-notice').textContent()).toBe('O boleto desta parcela ainda não foi emitido.');
    expect(await installment(series(page, 'Chaves'), 1).getByTestId('bill-notice').textContent()).toBe('O boleto desta parcela ainda não foi emitido.');
    // Paid ones are a tap away in their series, and all in the history with their receipts.
    await mensais.getByText('Ver as 5 parcelas pagas').click();
    expect(await installment(mensais, 1).locator('.badge').textContent()).toBe('Paga');
    const history = page.getByTestId('payment-history');
    expect(await history.locator('li').count()).toBe(7);
    const receipt = history.getByRole('link', { name: 'Recibo (PDF): Entrada, parcela 1' });
    expect(await pdfOf(page, await receipt.getAttribute('href'))).toContain('Recebemos de Ana Souza, CPF 529.982.247-25, a quantia de R$ 45.000,00, referente a Entrada — parcela 1');

    expect(await rawCodesOn(page)).toEqual([]);
    await expectNoHorizontalOverflow(page, 'finance-unit');
    await expectAccessible(page, 'finance-unit');
    await screenshot(page, 'finance-unit');
    await context.close();
  });

  it('R-FIN-8: Ana copies the linha digitável and the PIX code of the bill due today', async () => {
    const { context, page } = await phone();
    await anaFinance(page);
    const dueToday = page.getByTestId('installment').filter({ has: page.locator('.badge', { hasText: 'Vence hoje' }) });
    const bill = dueToday.getByTestId('bill');
    expect(words(await bill.locator('.bill-title').textContent())).toBe(`Boleto Vencimento ${br(today)} · R$ 2.450,00`);
    const grouped = words(await bill.getByTestId('digitable-line').textContent());
    expect(grouped).toMatch(/^\d{5}\.\d{5} \d{5}\.\d{6} \d{5}\.\d{6} \d \d{14}$/);

    await bill.getByRole('button', { name: 'Copiar linha digitável' }).click();
    await expect.poll(() => bill.getByRole('status').first().textContent()).toBe('✓ Linha copiada');
    const line = await page.evaluate(() => navigator.clipboard.readText());
    expect(line).toMatch(/^\d{47}$/);
    expect(line).toBe(grouped.replace(/\D/g, ''));
    // The amount and due factor are in the line's last 14 digits: R$ 2.450,00.
    expect(line.slice(-10)).toBe('0000245000');

    const qr = bill.getByRole('img', { name: 'QR code do PIX para pagar R$ 2.450,00' });
    expect(await qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml;utf8,%3Csvg/);
    expect(await qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    await bill.getByRole('button', { name: 'Copiar código PIX' }).click();
    await expect.poll(() => bill.getByRole('status').nth(1).textContent()).toBe('✓ Código PIX copiado');
    const pix = await page.evaluate(() => navigator.clipboard.readText());
    expect(pix).toMatch(/^000201.*br\.gov\.bcb\.pix.*5303986540[47]2450\.00.*6304[0-9A-F]{4}$/);

    // The boleto as PDF, with the same line and PIX code.
    const boleto = await pdfOf(page, await bill.getByRole('link', { name: 'Baixar boleto (PDF)' }).getAttribute('href'));
    expect(boleto).toContain(`Vencimento ${br(today)} Referente a Mensais — parcela 7 Valor do documento R$ 2.450,00`);
    expect(boleto).toContain(grouped);
    expect(boleto).toContain(pix);

    await expectAccessible(page, 'finance-bill-copied');
    await bill.scrollIntoViewIfNeeded();
    await capture(page, resolve(root, 'test-results', 'screenshots', 'finance-bill-copied-phone.png'));
    await context.close();
  });

  it('R-FIN-4, R-FIN-5: Ana downloads the extrato and this year\'s informe de rendimentos as PDFs, and has the extrato e-mailed to her', async () => {
    const { context, page } = await phone();
    await anaFinance(page);
    const documents = page.getByTestId('finance-documents');

    const statement = await pdfOf(page, await documents.getByRole('link', { name: 'Extrato (PDF)' }).getAttribute('href'));
    expect(statement).toContain('Extrato');
    expect(statement).toContain('Cliente Ana Souza CPF 529.982.247-25 Empreendimento Residencial Jardins Unidade Apto A-101');
    expect(statement).toContain('Total pago R$ 69.250,00 Total a pagar R$ 127.150,00 Total vencido R$ 2.450,00');

    // R-FIN-4: always offered; the answer names the address it went to.
    await documents.getByRole('button', { name: 'Enviar extrato por e-mail' }).click();
    await documents.getByText('Enviamos o extrato para ana@cliente.demo.').waitFor();
    const mail = await server.smtp.waitFor('ana@cliente.demo', /Seu extrato — Apto A-101/);
    expect(mail.attachments.map((a) => [a.contentType, a.content.subarray(0, 5).toString()])).toEqual([['application/pdf', '%PDF-']]);

    // R-FIN-5: the years with payments; this year's informe sums the configured series (Mensais).
    const tax = page.getByTestId('tax-statement');
    const year = tax.getByLabel('Ano');
    const years = await year.locator('option').allTextContents();
    expect(years).toContain(String(thisYear - 1));
    // Five Mensais were paid two days before their due dates, two to six months ago: those of this year.
    const paidThisYear = [-6, -5, -4, -3, -2].map((k) => addDays(addMonths(today, k), -2)).filter((d) => d.startsWith(`${thisYear}-`));
    if (paidThisYear.length > 0) {
      const total = (paidThisYear.length * 2450).toLocaleString('pt-BR', { minimumFractionDigits: 2 });
      await year.selectOption(String(thisYear));
      const download = page.waitForEvent('download');
      await tax.getByRole('button', { name: 'Baixar informe (PDF)' }).click();
      expect((await download).suggestedFilename()).toBe(`informe-de-rendimentos-${thisYear}-apto-a-101.pdf`);
      const ready = tax.getByRole('status');
      await ready.waitFor();
      expect(words(await ready.textContent())).toBe(`Informe de ${thisYear}: R$ ${total} pagos (Mensais). Informe de rendimentos ${thisYear} (PDF)`);
      const informe = await pdfOf(page, await tax.getByRole('link', { name: `Informe de rendimentos ${thisYear} (PDF)` }).getAttribute('href'));
      expect(informe).toContain(`Informe de rendimentos ${thisYear}`);
      expect(informe).toContain(`Total pago em ${thisYear} R$ ${total}`);
      expect(informe).toContain('Ana Souza');
      expect(informe).not.toContain('Intermediárias');
    }
    await expectAccessible(page, 'finance-documents');
    await context.close();
  });

  it('R-FIN-5, SPEC §17: last year\'s informe says in words that the series "Intermediárias" is not configured — never an empty red bar — in Portuguese and in English', async () => {
    const { context, page } = await phone();
    await anaFinance(page);
    const tax = page.getByTestId('tax-statement');
    await tax.getByLabel('Ano').selectOption(String(thisYear - 1));
    await tax.getByRole('button', { name: 'Baixar informe (PDF)' }).click();
    const alert = tax.getByRole('alert');
    await alert.waitFor();
    expect(words(await alert.textContent())).toBe(
      `O informe de rendimentos de ${thisYear - 1} ainda não pode ser gerado: a série "Intermediárias" não está configurada no portal. A incorporadora precisa incluí-la nas configurações financeiras; fale com ela.`,
    );
    // The message sits on the year's control.
    const select = tax.getByLabel('Ano');
    expect(await select.getAttribute('aria-invalid')).toBe('true');
    expect(await select.getAttribute('aria-describedby')).toBe(await alert.getAttribute('id'));
    expect(await tax.getByRole('link').count()).toBe(0);
    await alert.scrollIntoViewIfNeeded();
    await expectAccessible(page, 'finance-tax-series-missing');
    await screenshot(page, 'finance-tax-series-missing');

    await page.getByRole('button', { name: 'English' }).click();
    const taxEn = page.getByTestId('tax-statement');
    await taxEn.getByRole('heading', { name: 'Income-tax statement' }).waitFor();
    await taxEn.getByLabel('Year').selectOption(String(thisYear - 1));
    await taxEn.getByRole('button', { name: 'Download the statement (PDF)' }).click();
    await taxEn.getByRole('alert').waitFor();
    expect(words(await taxEn.getByRole('alert').textContent())).toBe(
      `The income-tax statement of ${thisYear - 1} cannot be produced yet: the series "Intermediárias" is not set up on the portal. Please contact the developer.`,
    );
    expect(await page.getByTestId('installment').locator('.badge', { hasText: 'Overdue' }).count()).toBe(1);
    expect(await rawCodesOn(page, 'en')).toEqual([]);
    await expectAccessible(page, 'finance-unit-en');
    await context.close();
  });

  it('R-FIN-11: Ana simulates the antecipação of two future installments (1,00% a.m., compound), confirms it, and sees it pending', async () => {
    const { context, page } = await phone();
    await anaFinance(page);
    const prepayment = page.getByTestId('prepayment');
    const mensais = prepayment.getByRole('group', { name: 'Mensais' });
    const due10 = addMonths(today, 3);
    const due11 = addMonths(today, 4);
    await mensais.getByRole('checkbox', { name: `Parcela 10 · vence em ${br(due10)} · R$ 2.450,00` }).check();
    await mensais.getByRole('checkbox', { name: `Parcela 11 · vence em ${br(due11)} · R$ 2.450,00` }).check();
    expect(await prepayment.getByText('2 parcelas escolhidas').isVisible()).toBe(true);
    await prepayment.getByRole('button', { name: 'Simular' }).click();
    const simulation = prepayment.getByTestId('simulation');
    await simulation.waitFor();

    const expected = simulatePrepayment([{ installmentId: '10', dueDate: due10, amountCents: 245_000 }, { installmentId: '11', dueDate: due11, amountCents: 245_000 }], today,
      { monthlyRateBasisPoints: 100, method: PrepaymentMethod.COMPOUND });
    const reais = (cents: number) => `R$ ${(cents / 100).toLocaleString('pt-BR', { minimumFractionDigits: 2 })}`;
    const lines = await simulation.locator('.sim-line').allTextContents();
    expect(lines.map(words)).toEqual(expected.lines.map((l, n) =>
      `Mensais · parcela ${10 + n}Vence em ${br(l.dueDate)} (${l.days} dias)Valor original${reais(l.amountCents)}Valor hoje${reais(l.presentValueCents)}Desconto${reais(l.discountCents)}`));
    expect(words(await simulation.getByTestId('simulation-totals').textContent()))
      .toBe(`Valor originalR$ 4.900,00Valor hoje${reais(expected.presentValueCents)}Desconto${reais(expected.discountCents)}`);
    expect(expected.discountCents).toBeGreaterThan(0);
    expect(await simulation.getByText('Condição: 1,00% ao mês, desconto composto.').isVisible()).toBe(true);
    await expectAccessible(page, 'finance-prepayment-simulation');
    await simulation.scrollIntoViewIfNeeded();
    await capture(page, resolve(root, 'test-results', 'screenshots', 'finance-prepayment-simulation-phone.png'));

    await simulation.getByRole('button', { name: 'Confirmar antecipação' }).click();
    await prepayment.getByText('Antecipação pedida: aguardando o boleto da incorporadora. O boleto aparece nesta página assim que for emitido.').waitFor();
    const pending = page.getByTestId('pending-requests');
    await pending.waitFor();
    expect(words(await pending.locator('li').textContent())).toBe(
      `Antecipação pedida: aguardando o boleto da incorporadora.Valor original R$ 4.900,00 · valor hoje ${reais(expected.presentValueCents)}`,
    );
    // The two installments wait for the ERP's bill, and are no longer offered.
    const plan = series(page, 'Mensais');
    for (const n of [10, 11]) expect(words(await installment(plan, n).getByRole('status').textContent())).toContain('Antecipação pedida: aguardando o boleto da incorporadora.');
    expect(await mensais.getByRole('checkbox').count()).toBe(3);
    expect(await page.getByRole('checkbox', { name: /Parcela 10 ·/ }).count()).toBe(0);
    await expectAccessible(page, 'finance-prepayment-pending');
    await screenshot(page, 'finance-prepayment-pending');
    await context.close();
  });

  it('R-FIN-9, SPEC §17: Ana asks for the 2ª via of the overdue installment; "Emitindo a 2ª via…" turns into the ERP\'s new bill on screen, without reload', async () => {
    const { context, page } = await phone();
    await anaFinance(page);
    const overdue = installment(series(page, 'Mensais'), 6);
    // The demo's own 2ª via is the current bill; the bill it replaced is shown as such, with nothing to copy.
    expect(words(await overdue.getByTestId('bill').locator('.bill-title').textContent())).toBe(`Boleto atual (2ª via) Vencimento ${br(addDays(today, -3))} · R$ 2.474,50`);
    expect(words(await overdue.getByTestId('superseded-bill').innerText())).toMatch(new RegExp(`^Substituído — não pague este boleto Boleto de ${br(addMonths(today, -1))} · R\\$ 2\\.450,00, trocado por outro\\. \\d{5}\\.`));
    expect(await overdue.getByTestId('superseded-bill').getByRole('button').count()).toBe(0);
    await overdue.getByRole('button', { name: 'Pedir 2ª via' }).click();
    await overdue.getByText('Emitindo a 2ª via…').waitFor();
    expect(await overdue.getByRole('button', { name: 'Pedir 2ª via' }).count()).toBe(0);

    // The ERP issues it, naming the portal's request (R-SYNC-3); the 2ª via shown until now is replaced.
    const em = server.em();
    const request = await em.findOneOrFail(FinanceRequest, { kind: FinanceRequestKind.SECOND_COPY, status: FinanceRequestStatus.PENDING });
    const [installmentId] = request.installmentIds;
    const row = await em.findOneOrFail(Installment, installmentId!);
    const current = await em.findOneOrFail(Bill, { installment: installmentId!, supersededBy: null });
    const secret = `${TOKEN_PREFIX}${newSecret()}`;
    em.create(ApiToken, { company: request.company, name: 'ERP (teste)', scopes: [TokenScope.INTEGRATION], tokenHash: hashSecret(secret), prefix: secret.slice(0, 8) });
    await em.flush();
    const erp = new GraphQLClient(base());
    erp.bearer = secret;
    const dueDate = addDays(today, 7);
    const line = buildDigitableLine({ bankCode: '341', freeField: '1090000999990123456789012', dueDate, amountCents: 248_000 }).digits;
    const codes = { companyCode: row.companyCode, developmentCode: row.developmentCode, unitCode: row.unitCode, customerCode: row.customerCode, saleCode: row.saleCode };
    const upsert = await erp.ok(`mutation($input: BillBatch!) { upsertBills(input: $input) { applied errors { field message } } }`, {
      input: {
        idempotencyKey: 'e2e-segunda-via',
        rows: [
          { code: 'BOL-E2E-2VIA', installmentCode: row.erpCode, dueDate, amount: '2480.00', digitableLine: line, status: 'OPEN', portalRequestId: request.id, ...codes },
          { code: current.erpCode, installmentCode: row.erpCode, dueDate: current.dueDate, amount: (current.amountCents / 100).toFixed(2), digitableLine: current.digitableLine, status: 'CANCELLED', supersededByCode: 'BOL-E2E-2VIA', ...codes },
        ],
      },
    });
    expect(upsert.upsertBills).toEqual({ applied: true, errors: [] });

    const bill = overdue.getByTestId('bill');
    await expect.poll(() => bill.getByTestId('digitable-line').textContent().then((t) => (t ?? '').replace(/\D/g, '')), { timeout: 5000 }).toBe(line);
    expect(words(await bill.locator('.bill-title').textContent())).toBe(`Boleto atual (2ª via) Vencimento ${br(dueDate)} · R$ 2.480,00`);
    expect(await overdue.getByText('Emitindo a 2ª via…').count()).toBe(0);
    expect(await overdue.getByTestId('superseded-bill').count()).toBe(2);
    await expectAccessible(page, 'finance-second-copy-issued');
    await screenshot(page, 'finance-second-copy-issued');
    await context.close();
  });

  it('R-FIN-3: Marcos (Cônjuge) sees the holder\'s bills; Rita (Procuradora) is told in words why she sees none', async () => {
    const marcos = await phone();
    await signIn(marcos.page, 'marcos@cliente.demo');
    await marcos.page.getByRole('navigation').getByRole('link', { name: 'Financeiro', exact: true }).click();
    // One unit: straight to its Financeiro.
    const summary = marcos.page.getByTestId('finance-summary');
    await summary.waitFor();
    expect(words(await summary.getByRole('progressbar').getAttribute('aria-valuetext'))).toBe('Pago R$ 69.250,00 de R$ 196.400,00 (35% pago)');
    const dueToday = marcos.page.getByTestId('installment').filter({ has: marcos.page.locator('.badge', { hasText: 'Vence hoje' }) });
    expect(await dueToday.getByTestId('digitable-line').textContent()).toMatch(/^\d{5}\.\d{5} /);
    expect(await dueToday.getByRole('button', { name: 'Copiar código PIX' }).isVisible()).toBe(true);
    await marcos.context.close();

    const rita = await phone();
    await signIn(rita.page, 'rita@cliente.demo');
    await rita.page.getByRole('navigation').getByRole('link', { name: 'Financeiro', exact: true }).click();
    const notice = rita.page.getByTestId('finance-notice');
    await notice.waitFor();
    expect(words(await notice.textContent())).toBe(
      'Nesta compra, as parcelas e os boletos ficam com quem é titular. Se precisar deles, fale com o titular ou com a incorporadora.',
    );
    expect(await rita.page.getByRole('progressbar').count()).toBe(0);
    expect(await rita.page.getByTestId('bill').count()).toBe(0);
    await expectAccessible(rita.page, 'finance-associate-notice');
    await screenshot(rita.page, 'finance-associate-notice');
    await rita.context.close();
  });

  it('R-FIN-1: Ana\'s Lote 7, whose ERP codes do not match, says why in words instead of an empty page', async () => {
    const { context, page } = await phone();
    await signIn(page, 'ana@cliente.demo');
    await page.getByRole('navigation').getByRole('link', { name: 'Financeiro', exact: true }).click();
    await page.getByRole('link', { name: 'Ver financeiro: Lote 7' }).click();
    const notice = page.getByTestId('finance-notice');
    await notice.waitFor();
    expect(words(await notice.textContent())).toBe(
      'As informações financeiras desta compra ainda não estão disponíveis no portal: os dados do sistema da incorporadora não conferem. A incorporadora já consegue ver o motivo; se precisar de um boleto, fale com ela.',
    );
    expect(await page.getByTestId('finance-documents').count()).toBe(0);
    await expectAccessible(page, 'finance-erp-mismatch');
    await screenshot(page, 'finance-erp-mismatch');
    await context.close();
  });

  it('R-FIN-10: Lara (Vila Serena, under a billing block) reads the block\'s reason on each open installment and on the antecipação, with nothing to pay', async () => {
    const { context, page } = await phone();
    await signIn(page, 'lara@cliente.demo', 'serena.localhost');
    await page.getByRole('navigation').getByRole('link', { name: 'Financeiro', exact: true }).click();
    await page.getByTestId('finance-summary').waitFor();
    const reason = 'Boletos suspensos pela incorporadora: A Quadra 1 está em regularização de matrícula no cartório; os boletos voltam assim que o registro sair.';
    await expect.poll(() => page.getByTestId('bill-notice').allTextContents()).toEqual([reason, reason, reason]);
    expect(await page.getByTestId('bill').count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Copiar/ }).count()).toBe(0);
    expect(await page.getByTestId('prepayment-notice').textContent()).toBe(reason);
    await expectAccessible(page, 'finance-billing-block');
    await screenshot(page, 'finance-billing-block');
    await context.close();
  });

  it('R-FIN-6: Ana adds a card (tokenised: only brand and last four shown), a declined card and a wrong number say why on the field, and she switches Mensais to the card and back to boleto', { timeout: 150_000 }, async () => {
    const { context, page } = await phone();
    await anaFinance(page);
    const mensais = series(page, 'Mensais');
    const method = mensais.getByTestId('payment-method-line');
    expect(words(await method.textContent())).toBe('Forma de pagamento: Boleto');
    await mensais.getByRole('button', { name: 'Trocar forma de pagamento' }).click();
    const change = mensais.getByTestId('payment-method');
    const choice = change.getByRole('group', { name: 'Como pagar as próximas parcelas de Mensais' });
    // Opened on the method in use, focused there.
    await expect.poll(() => choice.getByRole('radio', { name: 'Boleto' }).evaluate((radio) => radio === document.activeElement)).toBe(true);
    expect(await choice.getByRole('radio', { name: 'Boleto' }).isChecked()).toBe(true);

    await change.getByRole('button', { name: 'Incluir cartão' }).click();
    const card = change.getByRole('form', { name: 'Novo cartão de crédito' });
    const number = card.getByLabel('Número do cartão');
    const holder = card.getByLabel('Nome impresso no cartão');
    const month = card.getByLabel('Mês da validade (MM)');
    const year = card.getByLabel('Ano da validade (AAAA)');
    const cvv = card.getByLabel('Código de segurança (CVV)');
    // The browser's card autofill, and the phone's number pad.
    for (const [input, autocomplete, numeric] of [[number, 'cc-number', true], [holder, 'cc-name', false], [month, 'cc-exp-month', true], [year, 'cc-exp-year', true], [cvv, 'cc-csc', true]] as const) {
      expect(await input.getAttribute('autocomplete')).toBe(autocomplete);
      expect(await input.getAttribute('inputmode')).toBe(numeric ? 'numeric' : null);
    }
    const expiryYear = String(thisYear + 2);
    const save = card.getByRole('button', { name: 'Salvar cartão' });

    // A number that fails the check digit: on the number, in words; what was typed stays, except the CVV.
    await number.fill('4111 1111 1111 1112');
    await holder.fill('ANA SOUZA');
    await month.fill('12');
    await year.fill(expiryYear);
    await cvv.fill('737');
    await save.click();
    expect(await expectErrorOnField(number)).toBe('O número do cartão não é válido. Confira os dígitos impressos no cartão.');
    expect(await cvv.inputValue()).toBe('');
    expect([await number.inputValue(), await holder.inputValue(), await month.inputValue(), await year.inputValue()]).toEqual(['4111 1111 1111 1112', 'ANA SOUZA', '12', expiryYear]);

    // A card the issuer refuses: said on the number too, where another card goes.
    await number.fill('4000 0000 0000 0002');
    await cvv.fill('737');
    await save.click();
    await expect.poll(() => card.getByText('O cartão foi recusado pelo emissor. Use outro cartão ou fale com o seu banco.').isVisible()).toBe(true);
    expect(await expectErrorOnField(number)).toBe('O cartão foi recusado pelo emissor. Use outro cartão ou fale com o seu banco.');
    expect(await cvv.inputValue()).toBe('');
    await expectAccessible(page, 'finance-card-declined');
    await screenshot(page, 'finance-card-declined');

    // A good card: the form goes away with what was typed; the card is listed by brand and last four digits, and chosen.
    await number.fill('4111 1111 1111 1111');
    await cvv.fill('737');
    await save.click();
    const visa = choice.getByRole('radio', { name: /^Cartão de crédito \(Visa final 1111\)/ });
    await visa.waitFor();
    expect(await visa.isChecked()).toBe(true);
    await expect.poll(() => visa.evaluate((radio) => radio === document.activeElement)).toBe(true);
    expect(words(await visa.locator('xpath=..').textContent())).toBe(`Cartão de crédito (Visa final 1111) Validade 12/${expiryYear}`);
    expect(words(await change.getByRole('status').textContent())).toBe('Cartão Visa final 1111 incluído e escolhido. Salve a forma de pagamento para usá-lo em Mensais.');
    expect(await card.count()).toBe(0);
    // Tokenised: the number is nowhere on the page, nor in what the server logged; the gateway holds the card, Habite its token.
    const html = await page.content();
    for (const secret of ['4111 1111 1111 1111', '4111111111111111', '4000 0000 0000 0002']) expect(html).not.toContain(secret);
    expect(JSON.stringify(server.logs)).not.toMatch(/4111 ?1111 ?1111 ?111[12]|4000 ?0000 ?0000 ?0002/);
    expect([...gateway.tokens.values()]).toEqual([{ brand: 'visa', last4: '1111' }]);
    expect(await rawCodesOn(page)).toEqual([]);
    await expectAccessible(page, 'finance-card-added');
    await screenshot(page, 'finance-card-added');

    await change.getByRole('button', { name: 'Salvar forma de pagamento' }).click();
    const saved = mensais.getByTestId('payment-method-saved');
    await saved.waitFor();
    expect(words(await saved.textContent())).toBe('Forma de pagamento de Mensais salva: Cartão de crédito (Visa final 1111).');
    await expect.poll(async () => words(await method.textContent())).toBe('Forma de pagamento: Cartão de crédito (Visa final 1111)');
    expect(await mensais.getByTestId('payment-method').count()).toBe(0);
    await expectAccessible(page, 'finance-method-card');
    await screenshot(page, 'finance-method-card');

    // And back to boleto: the card in use starts chosen.
    await mensais.getByRole('button', { name: 'Trocar forma de pagamento' }).click();
    await expect.poll(() => visa.isChecked()).toBe(true);
    await choice.getByRole('radio', { name: 'Boleto' }).check();
    await change.getByRole('button', { name: 'Salvar forma de pagamento' }).click();
    await expect.poll(async () => words(await method.textContent())).toBe('Forma de pagamento: Boleto');
    expect(words(await saved.textContent())).toBe('Forma de pagamento de Mensais salva: Boleto.');
    await context.close();
  });

  it('R-FIN-6: an associate (Marcos) sees the payment method but cannot change it — only the holder is offered the change', async () => {
    const { context, page } = await phone();
    await signIn(page, 'marcos@cliente.demo');
    await page.getByRole('navigation').getByRole('link', { name: 'Financeiro', exact: true }).click();
    await page.getByTestId('finance-summary').waitFor();
    const mensais = series(page, 'Mensais');
    expect(words(await mensais.getByTestId('payment-method-line').textContent())).toMatch(/^Forma de pagamento: (Boleto|Cartão de crédito \(Visa final 1111\))$/);
    expect(await page.getByRole('button', { name: 'Trocar forma de pagamento' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Incluir cartão' }).count()).toBe(0);
    await context.close();
  });

  it('R-FIN-7: Sílvia marks the work\'s bill as paid with a PDF proof; the bill shows when and the proof link opens', async () => {
    // Invited in the demo, she has no password yet: one, straight in the database.
    const em = server.em();
    const silvia = await em.findOneOrFail(Account, { email: 'silvia@cliente.demo' });
    silvia.passwordHash = await server.services.hasher.hash('demo-cliente-1');
    await em.flush();
    const { context, page } = await phone();
    await signIn(page, 'silvia@cliente.demo', 'obra.localhost');
    await page.getByRole('navigation').getByRole('link', { name: 'Financeiro', exact: true }).click();
    await page.getByTestId('finance-summary').waitFor();
    const thisMonth = installment(series(page, 'Medições da obra'), 2);
    const bill = thisMonth.getByTestId('bill');
    expect(words(await bill.locator('.bill-title').textContent())).toBe(`Boleto Vencimento ${br(today)} · R$ 35.000,00`);
    await bill.getByRole('button', { name: 'Marcar como pago' }).click();
    const form = bill.getByRole('form', { name: 'Marcar como pago' });
    const file = form.getByLabel('Comprovante de pagamento');
    expect(await file.getAttribute('accept')).toBe('.pdf,image/jpeg,image/png,image/webp');
    await expect.poll(() => file.evaluate((input) => input === document.activeElement)).toBe(true);
    const send = form.getByRole('button', { name: 'Enviar comprovante e marcar como pago' });

    // No file yet; then a "PDF" that is not one (the server reads the content): each said on the file's field.
    await send.click();
    expect(await expectErrorOnField(file)).toBe('Escolha o arquivo em “Comprovante de pagamento”.');
    await file.setInputFiles({ name: 'comprovante.pdf', mimeType: 'application/pdf', buffer: Buffer.from('não é um PDF') });
    await send.click();
    expect(await expectErrorOnField(file)).toMatch(/^O conteúdo do arquivo não é PDF/);
    expect(await bill.getByTestId('marked-paid').count()).toBe(0);
    await expectAccessible(page, 'finance-mark-paid-refused');
    await screenshot(page, 'finance-mark-paid-refused');

    await file.setInputFiles({ name: 'comprovante transferência.pdf', mimeType: 'application/pdf', buffer: minimalPdf('Comprovante de transferência', ['Casa Silva — medição do mês', 'Valor R$ 35.000,00']) });
    await send.click();
    const marked = bill.getByTestId('marked-paid');
    await marked.waitFor();
    const row = await server.em().findOneOrFail(Bill, { id: await billIdOf(page, bill) });
    expect(row.markedPaidAt).toBeTruthy();
    const at = row.markedPaidAt!;
    const time = new Intl.DateTimeFormat('pt-BR', { timeZone: 'America/Sao_Paulo', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at);
    expect(words(await marked.textContent())).toBe(`Marcado como pago em ${br(saoPauloDate(at))} às ${time}Comprovante`);
    // Focus moves to what replaced the form; nothing is offered twice.
    await expect.poll(() => marked.evaluate((notice) => notice === document.activeElement)).toBe(true);
    expect(await bill.getByRole('button', { name: 'Marcar como pago' }).count()).toBe(0);
    expect(await form.count()).toBe(0);

    // The proof opens: fetched by the page itself (its session cookie is obra.localhost's, which only the browser resolves).
    const link = marked.getByRole('link', { name: 'Comprovante' });
    expect(await link.getAttribute('target')).toBe('_blank');
    const proof = await page.evaluate(async (url) => {
      const response = await fetch(url);
      return { status: response.status, type: response.headers.get('content-type'), bytes: Array.from(new Uint8Array(await response.arrayBuffer())) };
    }, (await link.getAttribute('href'))!);
    expect([proof.status, proof.type]).toEqual([200, 'application/pdf']);
    expect(await pdfText(Buffer.from(proof.bytes))).toContain('Valor R$ 35.000,00');
    expect(await rawCodesOn(page)).toEqual([]);
    await expectAccessible(page, 'finance-marked-paid');
    await marked.scrollIntoViewIfNeeded();
    await capture(page, resolve(root, 'test-results', 'screenshots', 'finance-marked-paid-phone.png'));
    await context.close();
  });

  it('R-SET-1: with the Financeiro menu off, the menu has no entry and its addresses say why', async () => {
    const staff = new GraphQLClient(base(), { app: 'admin' });
    await staff.ok(`mutation { signIn(input: { login: "admin@horizonte.demo", password: "demo-admin-1", kind: STAFF }) { account { id } } }`);
    const { portals } = await staff.ok(`{ portals(search: "Horizonte") { id } }`);
    const toggle = (on: boolean) => staff.ok(`mutation($id: ID!, $on: Boolean!) { updatePortalSettings(portalId: $id, input: { showFinancial: $on }) { id } }`, { id: portals[0].id, on });
    await toggle(false);
    try {
      const { context, page } = await phone();
      await signIn(page, 'ana@cliente.demo');
      expect(await page.getByRole('navigation').getByRole('link', { name: 'Financeiro', exact: true }).count()).toBe(0);
      expect(await page.getByRole('link', { name: /^Ver financeiro/ }).count()).toBe(0);
      for (const path of ['/financeiro', `/unidades/${await unitIdOf(page, 'Apto A-101')}/financeiro`]) {
        await page.goto(`${base()}${path}`);
        await page.getByText('Este recurso não está disponível neste portal.').first().waitFor();
        expect(await page.getByTestId('finance-summary').count()).toBe(0);
      }
      await expectAccessible(page, 'finance-menu-off');
      await screenshot(page, 'finance-menu-off');
      await context.close();
    } finally {
      await toggle(true);
    }
  });
});

/** A bill's id, from its PDF's link (/finance/bills/<id>.pdf). */
async function billIdOf(page: Page, bill: Locator): Promise<string> {
  const href = await bill.getByRole('link', { name: 'Baixar boleto (PDF)' }).getAttribute('href');
  return /\/finance\/bills\/([0-9a-f-]+)\.pdf/.exec(href ?? '')![1]!;
}

/** A unit's id, from its card's link on the home page. */
async function unitIdOf(page: Page, name: string): Promise<string> {
  await page.goto(`${base()}/`);
  const href = await page.getByRole('link', { name: `Ver unidade: ${name}` }).getAttribute('href');
  return href!.split('/').pop()!;
}
