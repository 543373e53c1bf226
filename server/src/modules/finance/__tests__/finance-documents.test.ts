import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../test/harness.js';
import type { GraphQLClient } from '../../../test/graphql-client.js';
import { pdfText } from '../../../test/pdf-text.js';
import { saoPauloDate } from '../finance-words.js';

/**
 * The seed FAQ's money questions, asked of the demo company (SPEC §16): what the customer sees,
 * the reason in words when nothing shows, the PDFs' text, the informe's series.
 */

let demo: TestServer;
let ana: GraphQLClient;
const year = Number(saoPauloDate(new Date()).slice(0, 4));

async function signIn(login: string, hostname?: string): Promise<GraphQLClient> {
  const client = demo.client({ app: 'client', ...(hostname ? { headers: { host: `${hostname}:${new URL(demo.url).port}` } } : {}) });
  await client.ok(`mutation($i: SignInInput!) { signIn(input: $i) { account { id } } }`, { i: { login, password: 'demo-cliente-1' } });
  return client;
}

const UNITS = `{ myUnits { id name } }`;
const FINANCE = `query($u: ID!) { unitFinance(unitId: $u) { sales { reservationId notice statementUrl taxYears standaloneBills { id }
  plans { series installments { number state billNotice currentBill { id pdfUrl pixCode digitableLineGrouped } } } } } }`;

async function unitNamed(client: GraphQLClient, name: string): Promise<string> {
  const { myUnits } = await client.ok<{ myUnits: { id: string; name: string }[] }>(UNITS);
  return myUnits.find((u) => u.name === name)!.id;
}

async function download(client: GraphQLClient, path: string): Promise<{ status: number; type: string | null; body: Uint8Array }> {
  const response = await fetch(`${demo.url}${path}`, { headers: { cookie: client.cookieHeader() } });
  return { status: response.status, type: response.headers.get('content-type'), body: new Uint8Array(await response.arrayBuffer()) };
}

beforeAll(async () => {
  demo = await startTestServer({ demo: true });
  ana = await signIn('ana@cliente.demo');
});
afterAll(() => demo?.stop());

describe('SPEC §8 on the demo: the FAQ\'s money questions', () => {
  it('R-FIN-4: the statement (extrato) is a PDF of every installment with the totals, and is e-mailed with it attached', async () => {
    const a101 = await unitNamed(ana, 'Apto A-101');
    const { unitFinance } = await ana.ok(FINANCE, { u: a101 });
    const sale = unitFinance.sales[0];
    const pdf = await download(ana, sale.statementUrl);
    expect(pdf.status).toBe(200);
    expect(pdf.type).toBe('application/pdf');
    const text = await pdfText(pdf.body);
    expect(text).toContain('Ana Souza');
    expect(text).toContain('Apto A-101');
    expect(text).toContain('Mensais');
    // Paid: Entrada 45.000,00 + Intermediária 12.000,00 + five Mensais of 2.450,00.
    expect(text).toContain('R$ 69.250,00');

    const { emailStatement } = await ana.ok(`mutation($r: ID!) { emailStatement(reservationId: $r) }`, { r: sale.reservationId });
    expect(emailStatement).toBe('ana@cliente.demo');
    const mail = await demo.smtp.waitFor('ana@cliente.demo', /^Seu extrato/);
    expect(mail.attachments.map((a) => a.contentType)).toEqual(['application/pdf']);
    expect(await pdfText(new Uint8Array(mail.attachments[0]!.content))).toContain('R$ 69.250,00');
  });

  it('R-FIN-5: the informe sums the payments of the configured series; a paid series not configured is TAX_SERIES_NOT_CONFIGURED naming it', async () => {
    const a101 = await unitNamed(ana, 'Apto A-101');
    const { unitFinance } = await ana.ok(FINANCE, { u: a101 });
    const sale = unitFinance.sales[0];
    expect(sale.taxYears).toEqual([year, year - 1]);
    const TAX = `query($r: ID!, $y: Int!) { taxStatement(reservationId: $r, year: $y) { year total { amount } series pdfUrl } }`;
    // This year: five Mensais paid (Mensais is configured).
    const { taxStatement } = await ana.ok(TAX, { r: sale.reservationId, y: year });
    expect(taxStatement).toMatchObject({ total: { amount: '12250.00' }, series: ['Mensais'] });
    const text = await pdfText((await download(ana, taxStatement.pdfUrl)).body);
    expect(text).toContain('R$ 12.250,00');
    expect(text).toContain(String(year));

    // Last year: the Intermediária was paid, and Intermediárias is not among the portal's tax series.
    const refused = await ana.request(TAX, { r: sale.reservationId, y: year - 1 });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'TAX_SERIES_NOT_CONFIGURED', series: ['Intermediárias'] });
    expect(refused.errors?.[0]?.message).toContain('a série "Intermediárias" não está configurada no portal');
    const pdf = await download(ana, `/finance/tax-statements/${sale.reservationId}/${year - 1}.pdf`);
    expect(pdf.status).toBe(409);
    expect(JSON.parse(new TextDecoder().decode(pdf.body)).errors[0].extensions.code).toBe('TAX_SERIES_NOT_CONFIGURED');

    // The health check warns before the customer asks.
    const admin = demo.client({ app: 'admin' });
    await admin.ok(`mutation { signIn(input: { login: "admin@horizonte.demo", password: "demo-admin-1", kind: STAFF }) { account { id } } }`);
    const { portals } = await admin.ok(`{ portals { id name } }`);
    const horizonte = portals.find((p: { name: string }) => p.name === 'Portal Horizonte');
    const { portalHealth } = await admin.ok(`query($p: ID!) { portalHealth(portalId: $p) { kind message fix { screen setting } } }`, { p: horizonte.id });
    expect(portalHealth).toContainEqual(expect.objectContaining({ kind: 'TAX_SERIES_NOT_CONFIGURED', fix: { screen: 'PORTAL_SETTINGS', setting: 'taxSeries' } }));
    expect(portalHealth.find((i: { kind: string }) => i.kind === 'TAX_SERIES_NOT_CONFIGURED').message).toContain('"Intermediárias"');
  });

  it('R-FIN-8: the boleto PDF prints the grouped line and the PIX code; a bill the customer does not see is the same 404 as a missing one', async () => {
    const a101 = await unitNamed(ana, 'Apto A-101');
    const { unitFinance } = await ana.ok(FINANCE, { u: a101 });
    const mensais = unitFinance.sales[0].plans.find((p: { series: string }) => p.series === 'Mensais');
    const dueToday = mensais.installments.find((i: { state: string }) => i.state === 'DUE_TODAY');
    expect(dueToday.currentBill.pixCode).toMatch(/^000201/);
    const text = await pdfText((await download(ana, dueToday.currentBill.pdfUrl)).body);
    expect(text).toContain(dueToday.currentBill.digitableLineGrouped);
    expect(text).toContain('R$ 2.450,00');

    // Bruno sees none of Ana's bills: 404 like a made-up id.
    const bruno = await signIn('bruno@cliente.demo');
    const hidden = await download(bruno, dueToday.currentBill.pdfUrl);
    const missing = await download(bruno, '/finance/bills/00000000-0000-4000-8000-000000000000.pdf');
    expect(hidden.status).toBe(404);
    expect(new TextDecoder().decode(hidden.body)).toBe(new TextDecoder().decode(missing.body));
  });

  it('R-FIN-1, R-FIN-3, R-FIN-10: Lote 7 (sale code wrong), Rita (Procuradora) and Lara (billing block) each read why in words', async () => {
    const lote7 = await unitNamed(ana, 'Lote 7');
    const mismatch = (await ana.ok(FINANCE, { u: lote7 })).unitFinance.sales[0];
    expect(mismatch.plans).toEqual([]);
    expect(mismatch.notice).toMatch(/não conferem/);

    const rita = await signIn('rita@cliente.demo');
    const ritaSale = (await rita.ok(FINANCE, { u: await unitNamed(rita, 'Apto A-101') })).unitFinance.sales[0];
    expect(ritaSale.plans).toEqual([]);
    expect(ritaSale.notice).toMatch(/ficam com quem é titular/);

    const marcos = await signIn('marcos@cliente.demo');
    const marcosSale = (await marcos.ok(FINANCE, { u: await unitNamed(marcos, 'Apto A-101') })).unitFinance.sales[0];
    expect(marcosSale.plans.map((p: { series: string }) => p.series).sort()).toEqual(['Chaves', 'Entrada', 'Intermediárias', 'Mensais']);

    const lara = await signIn('lara@cliente.demo', 'serena.localhost');
    const laraSale = (await lara.ok(FINANCE, { u: await unitNamed(lara, 'Lote 9') })).unitFinance.sales[0];
    const open = laraSale.plans[0].installments.filter((i: { state: string }) => i.state !== 'PAID');
    expect(open.length).toBeGreaterThan(0);
    for (const i of open) {
      expect(i.currentBill).toBeNull();
      expect(i.billNotice).toBe('Boletos suspensos pela incorporadora: A Quadra 1 está em regularização de matrícula no cartório; os boletos voltam assim que o registro sair.');
    }
  });
});
