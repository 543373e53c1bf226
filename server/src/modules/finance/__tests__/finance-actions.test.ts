import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../test/harness.js';
import { World } from '../../../test/world.js';
import { subscribe } from '../../../test/graphql-client.js';
import { httpExchange } from '../../../test/http.js';
import { minimalPdf } from '../../../demo/demo-pdf.js';
import { OutboxMessage } from '../../data-changes/outbox-message.entity.js';
import { DevelopmentKind } from '../../developments/development.entity.js';
import { ApiToken, TokenScope } from '../../integration/api-token.entity.js';
import { hashSecret, newSecret } from '../../auth/secret-token.js';
import { TOKEN_PREFIX } from '../../integration/token-viewer.js';
import { registerErpCodes } from '../../integration/erp-keys.js';
import { AuditLog } from '../../audit/audit-log.entity.js';
import { Bill, BillPayer } from '../bill.entity.js';
import { buildDigitableLine } from '../boleto.js';
import { FinanceRequest } from '../finance-request.entity.js';
import { saoPauloDate } from '../finance-words.js';
import { PrepaymentMethod } from '../prepayment-method.js';

const day = (offset: number) => saoPauloDate(new Date(Date.now() + offset * 86_400_000));

const FINANCE = `query($u: ID!) { unitFinance(unitId: $u) { sales { reservationId pendingRequests { kind status total { amount } presentValue { amount } }
  plans { installments { id state issuing canRequestSecondCopy billNotice currentBill { id } } } } } }`;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

/** An INTEGRATION token of the world's company, as the ERP would hold; the world's ERP codes registered, as if the ERP had sent them. */
async function erpToken(world: World): Promise<string> {
  await registerErpCodes(world.em.fork(), world.company.id);
  const secret = `${TOKEN_PREFIX}${newSecret()}`;
  world.em.create(ApiToken, { company: world.company, name: 'ERP', scopes: [TokenScope.INTEGRATION], tokenHash: hashSecret(secret), prefix: secret.slice(0, 8) });
  await world.em.flush();
  return secret;
}

describe('SPEC §8: what customers ask of the money, and the ERP answers', () => {
  it('R-FIN-9, R-SYNC-3: a 2ª via of an overdue installment goes to the outbox once, shows "emitindo", and the ERP\'s bill naming the request becomes the current one (live)', async () => {
    const world = await World.create(server);
    const ana = await world.customer();
    const { unit, reservation } = await world.soldUnit(ana.customer);
    const { installments } = await world.plan(reservation, { installments: [{ dueDate: day(-8), amountCents: 200_000 }] });
    const old = await world.bill({ installment: installments[0]! });
    const client = await ana.client();
    const live = subscribe(client.ws(), `subscription { myFinanceChanged { reservationId } }`);
    await new Promise((r) => setTimeout(r, 300));

    const ask = `mutation($i: ID!) { requestSecondCopy(installmentId: $i) { id kind status } }`;
    const first = (await client.ok(ask, { i: installments[0]!.id })).requestSecondCopy;
    const again = (await client.ok(ask, { i: installments[0]!.id })).requestSecondCopy;
    expect(again.id).toBe(first.id);
    expect(await world.em.fork().count(OutboxMessage, { company: world.company, topic: 'bill.second_copy_requested' })).toBe(1);
    const [message] = await world.em.fork().find(OutboxMessage, { company: world.company, topic: 'bill.second_copy_requested' });
    expect(message!.payload).toMatchObject({ portalRequestId: first.id, saleCode: reservation.erpCode, installments: [{ code: installments[0]!.erpCode, amount: '2000.00' }] });

    let [installment] = (await client.ok(FINANCE, { u: unit.id })).unitFinance.sales[0].plans[0].installments;
    expect(installment).toMatchObject({ issuing: true, canRequestSecondCopy: false, billNotice: null });
    expect((await live.next(1))[0]!.data).toEqual({ myFinanceChanged: { reservationId: reservation.id } });

    // The ERP issues the 2ª via, naming the portal's request; the old bill is superseded.
    const codes = await world.saleCodes(reservation);
    const erp = server.client();
    erp.bearer = await erpToken(world);
    const dueDate = day(3);
    const line = buildDigitableLine({ bankCode: '237', freeField: '1234567890123456789012345', dueDate, amountCents: 201_500 }).digits;
    const upsert = await erp.ok(`mutation($input: BillBatch!) { upsertBills(input: $input) { applied inserted updated errors { field message } } }`, {
      input: {
        idempotencyKey: 'segunda-via-1',
        rows: [
          { code: 'BOL-NOVO', installmentCode: installments[0]!.erpCode, dueDate, amount: '2015.00', digitableLine: line, status: 'OPEN', portalRequestId: first.id, ...codes },
          { code: old.erpCode, installmentCode: installments[0]!.erpCode, dueDate: old.dueDate, amount: '2000.00', digitableLine: old.digitableLine, status: 'CANCELLED', supersededByCode: 'BOL-NOVO', ...codes },
        ],
      },
    });
    expect(upsert.upsertBills).toMatchObject({ applied: true, inserted: 1, updated: 1, errors: [] });
    expect((await live.next(2))[1]!.data).toEqual({ myFinanceChanged: { reservationId: reservation.id } });
    const sale = (await client.ok(FINANCE, { u: unit.id })).unitFinance.sales[0];
    [installment] = sale.plans[0].installments;
    expect(installment.issuing).toBe(false);
    expect(sale.pendingRequests).toEqual([]);
    expect(installment.currentBill.id).not.toBe(old.id);
    expect((await world.em.fork().findOneOrFail(FinanceRequest, first.id)).status).toBe('ISSUED');
    live.dispose();
  });

  it('R-FIN-8: a bill whose line does not match its due date or value, or whose PIX CRC is wrong, is a per-row error and nothing is written', async () => {
    const world = await World.create(server);
    const ana = await world.customer();
    const { reservation } = await world.soldUnit(ana.customer);
    const { installments } = await world.plan(reservation, { installments: [{ dueDate: day(10), amountCents: 100_000 }] });
    const codes = await world.saleCodes(reservation);
    const erp = server.client();
    erp.bearer = await erpToken(world);
    const dueDate = day(10);
    const line = buildDigitableLine({ bankCode: '001', freeField: '0000001234567800000000017', dueDate, amountCents: 100_000 }).digits;
    const send = (row: Record<string, unknown>, key: string) => erp.ok(`mutation($input: BillBatch!) { upsertBills(input: $input) { applied errors { index field code message } } }`, {
      input: { idempotencyKey: key, rows: [{ code: 'B1', installmentCode: installments[0]!.erpCode, dueDate, amount: '1000.00', digitableLine: line, status: 'OPEN', ...codes, ...row }] },
    });
    const wrongDate = (await send({ dueDate: day(11) }, 'k1')).upsertBills;
    expect(wrongDate.applied).toBe(false);
    expect(wrongDate.errors[0]).toMatchObject({ field: 'dueDate', code: 'INVALID' });
    expect((await send({ amount: '1000.01' }, 'k2')).upsertBills.errors[0]).toMatchObject({ field: 'amount', code: 'INVALID' });
    const digits = line.split('');
    digits[9] = String((Number(digits[9]) + 1) % 10);
    expect((await send({ digitableLine: digits.join('') }, 'k3')).upsertBills.errors[0]).toMatchObject({ field: 'digitableLine', code: 'INVALID' });
    expect((await send({ pixCode: '00020126330014br.gov.bcb.pix0111123456789015204000053039865802BR5913FULANO DE TAL6008BRASILIA62070503***6304FFFF' }, 'k4')).upsertBills.errors[0])
      .toMatchObject({ field: 'pixCode', code: 'INVALID' });
    expect(await world.em.fork().count(Bill, { company: world.company, erpCode: 'B1' })).toBe(0);
    expect((await send({}, 'k5')).upsertBills).toEqual({ applied: true, errors: [] });
    expect(await world.em.fork().count(Bill, { company: world.company, erpCode: 'B1' })).toBe(1);
  });

  it('R-FIN-11: the customer simulates the antecipação of future installments under the company\'s rate and method, confirms it, and the ERP is asked', async () => {
    const world = await World.create(server);
    await world.update(world.company, { prepaymentAllowed: true, prepaymentRateBasisPoints: 100, prepaymentMethod: PrepaymentMethod.COMPOUND });
    const ana = await world.customer();
    const { unit, reservation } = await world.soldUnit(ana.customer);
    const { installments } = await world.plan(reservation, {
      installments: [{ dueDate: day(-3), amountCents: 100_000 }, { dueDate: day(30), amountCents: 100_000 }, { dueDate: day(90), amountCents: 100_000 }],
    });
    const client = await ana.client();
    const SIMULATE = `query($ids: [ID!]!) { simulatePrepayment(installmentIds: $ids) { terms total { amount } presentValue { amount } discount { amount } lines { days presentValue { amount } } } }`;
    const future = [installments[1]!.id, installments[2]!.id];
    const { simulatePrepayment } = await client.ok(SIMULATE, { ids: future });
    // 1% a.m. compound: 1000 / 1.01 = 990,10 (30 days); 1000 / 1.01^3 = 970,59 (90 days).
    expect(simulatePrepayment).toEqual({
      terms: '1,00% ao mês, desconto composto', total: { amount: '2000.00' }, presentValue: { amount: '1960.69' }, discount: { amount: '39.31' },
      lines: [{ days: 30, presentValue: { amount: '990.10' } }, { days: 90, presentValue: { amount: '970.59' } }],
    });
    // Overdue installments are not prepaid.
    const overdue = await client.request(SIMULATE, { ids: [installments[0]!.id] });
    expect(overdue.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'installmentIds' });

    const { requestPrepayment } = await client.ok(`mutation($ids: [ID!]!) { requestPrepayment(installmentIds: $ids) { kind status presentValue { amount } } }`, { ids: future });
    expect(requestPrepayment).toEqual({ kind: 'PREPAYMENT', status: 'PENDING', presentValue: { amount: '1960.69' } });
    const [message] = await world.em.fork().find(OutboxMessage, { company: world.company, topic: 'bill.prepayment_requested' });
    expect(message!.payload).toMatchObject({ total: '2000.00', presentValue: '1960.69', monthlyRatePercent: '1.00', method: 'COMPOUND' });
    const sale = (await client.ok(FINANCE, { u: unit.id })).unitFinance.sales[0];
    expect(sale.pendingRequests).toEqual([{ kind: 'PREPAYMENT', status: 'PENDING', total: { amount: '2000.00' }, presentValue: { amount: '1960.69' } }]);

    // Not offered by the company: refused, naming the setting.
    await world.update(world.company, { prepaymentAllowed: false });
    expect((await client.request(SIMULATE, { ids: future })).errors?.[0]?.extensions).toMatchObject({ code: 'FEATURE_DISABLED', setting: 'prepaymentAllowed' });
  });

  it('R-FIN-10: under a billing block, a 2ª via is refused with BILLING_BLOCKED and the block\'s reason; staff set and lift blocks, audited', async () => {
    const world = await World.create(server);
    const ana = await world.customer();
    const { reservation } = await world.soldUnit(ana.customer, { block: world.block });
    const { installments } = await world.plan(reservation, { installments: [{ dueDate: day(-8), amountCents: 50_000 }] });
    const admin = await world.staff();
    const CREATE = `mutation($i: BillingBlockInput!) { createBillingBlock(input: $i) { id active reason blockName customersHeld createdAt createdByName } }`;
    const short = await admin.client.request(CREATE, { i: { developmentId: world.development.id, blockId: world.block.id, reason: 'curto' } });
    expect(short.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const { createBillingBlock } = await admin.client.ok(CREATE, { i: { developmentId: world.development.id, blockId: world.block.id, reason: 'Renegociação do financiamento da obra.' } });
    expect(createBillingBlock).toMatchObject({ active: true, blockName: 'Bloco A', customersHeld: 1 });

    const refused = await (await ana.client()).request(`mutation($i: ID!) { requestSecondCopy(installmentId: $i) { id } }`, { i: installments[0]!.id });
    expect(refused.errors?.[0]).toMatchObject({ message: 'Boletos suspensos pela incorporadora: Renegociação do financiamento da obra.', extensions: { code: 'BILLING_BLOCKED' } });

    const { liftBillingBlock } = await admin.client.ok(`mutation($id: ID!) { liftBillingBlock(id: $id) { active endedAt endedByName } }`, { id: createBillingBlock.id });
    expect(liftBillingBlock.active).toBe(false);
    expect(await world.em.fork().count(AuditLog, { action: { $in: ['billingBlock.create', 'billingBlock.lift'] }, targetId: createBillingBlock.id })).toBe(2);
    expect((await (await ana.client()).ok(`mutation($i: ID!) { requestSecondCopy(installmentId: $i) { status } }`, { i: installments[0]!.id })).requestSecondCopy.status).toBe('PENDING');
  });

  it('R-FIN-7: in a WORK, payments show by payer as the payment display settings say', async () => {
    const world = await World.create(server, { showCustomerPayments: true, showBuilderPayments: false });
    const work = await world.development2('Obra Casa Teste', { kind: DevelopmentKind.WORK });
    const silvia = await world.customer();
    const { unit, reservation } = await world.soldUnit(silvia.customer, { development: work });
    const { installments } = await world.plan(reservation, { series: 'Medições', installments: [{ dueDate: day(10), amountCents: 300_000 }] });
    const own = await world.bill({ installment: installments[0]! }, { payer: BillPayer.CUSTOMER });
    const builders = await world.bill({ reservation }, { payer: BillPayer.BUILDER, amountCents: 80_000 });
    await world.update(world.portal, { showStandaloneBills: true });
    const client = await silvia.client();
    const ids = async () => {
      const sale = (await client.ok(`query($u: ID!) { unitFinance(unitId: $u) { sales { standaloneBills { id } plans { installments { currentBill { id } } } } } }`, { u: unit.id })).unitFinance.sales[0];
      return [...sale.plans.flatMap((p: { installments: { currentBill: { id: string } | null }[] }) => p.installments.map((i) => i.currentBill?.id)), ...sale.standaloneBills.map((b: { id: string }) => b.id)].filter(Boolean);
    };
    expect(await ids()).toEqual([own.id]);
    await world.update(world.portal, { showBuilderPayments: true });
    expect((await ids()).sort()).toEqual([own.id, builders.id].sort());
    await world.update(world.portal, { showCustomerPayments: false });
    expect(await ids()).toEqual([builders.id]);
  });

  it('R-EXPLAIN-1: staff read a customer\'s finance record by record, with the rule that hides each one', async () => {
    const world = await World.create(server);
    const ana = await world.customer();
    const { reservation } = await world.soldUnit(ana.customer);
    const { installments } = await world.plan(reservation, { installments: [{ dueDate: day(10), amountCents: 100_000 }] });
    await world.bill({ installment: installments[0]! });
    await world.bill({ reservation }, { amountCents: 30_000 });
    const admin = await world.staff();
    const { customerFinance } = await admin.client.ok(`query($c: ID!) { customerFinance(customerId: $c) { holder records { kind description visible failedRule reason } } }`, { c: ana.customer.id });
    expect(customerFinance[0].holder).toBe(true);
    expect(customerFinance[0].records).toEqual([
      { kind: 'INSTALLMENT', description: 'Mensais — parcela 1', visible: true, failedRule: null, reason: null },
      expect.objectContaining({ kind: 'BILL', description: 'Boleto — Mensais — parcela 1', visible: true }),
      { kind: 'BILL', description: 'Boleto avulso', visible: false, failedRule: 'R-FIN-2', reason: 'O boleto é avulso, e a opção "Exibir boletos avulsos" está desligada no portal.' },
    ]);
  });

  it('R-SET-2: the company\'s financial rules are changed by an ADMIN, checked and audited', async () => {
    const world = await World.create(server);
    const admin = await world.staff();
    const UPDATE = `mutation($i: FinancialRulesInput!) { updateFinancialRules(input: $i) { overdueBlocksBills prepaymentRateBasisPoints prepaymentMethod } }`;
    const bad = await admin.client.request(UPDATE, { i: { prepaymentRateBasisPoints: 5000 } });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'prepaymentRateBasisPoints' });
    const { updateFinancialRules } = await admin.client.ok(UPDATE, { i: { overdueBlocksBills: true, prepaymentRateBasisPoints: 150, prepaymentMethod: 'SIMPLE' } });
    expect(updateFinancialRules).toEqual({ overdueBlocksBills: true, prepaymentRateBasisPoints: 150, prepaymentMethod: 'SIMPLE' });
    const [entry] = await world.em.fork().find(AuditLog, { action: 'company.financial.update', targetId: world.company.id });
    expect(entry!.after).toEqual({ overdueBlocksBills: true, prepaymentRateBasisPoints: 150, prepaymentMethod: 'SIMPLE' });
  });

  it('R-FIN-7: a WORK customer with "Marcar como pago" marks a bill paid with a proof; who and when are kept, marking twice changes nothing, staff hear at once', async () => {
    const world = await World.create(server, { showCustomerPayments: true });
    const work = await world.development2('Obra Casa Prova', { kind: DevelopmentKind.WORK });
    const silvia = await world.customer();
    const { unit, reservation } = await world.soldUnit(silvia.customer, { development: work });
    const { installments } = await world.plan(reservation, { series: 'Medições', installments: [{ dueDate: day(5), amountCents: 300_000 }] });
    const bill = await world.bill({ installment: installments[0]! });
    const client = await silvia.client();
    const admin = await world.staff();
    const staffLive = subscribe(admin.client.ws(), `subscription { staffFinanceChanged { reservationId } }`);
    await new Promise((r) => setTimeout(r, 300));

    const sendProof = async () => {
      const response = await httpExchange(`${server.url}/files`, {
        method: 'POST', body: minimalPdf('Comprovante', ['Pix de R$ 3.000,00']),
        headers: { 'content-type': 'application/pdf', 'x-habite-file-name': 'comprovante.pdf', 'x-habite-file-purpose': 'PAYMENT_PROOF', cookie: client.cookieHeader() },
      });
      expect(response.status).toBe(201);
      return JSON.parse(response.body.toString('utf8')).id as string;
    };
    const MARK = `mutation($b: ID!, $f: ID!) { markBillPaid(billId: $b, proofFileId: $f) }`;
    const proof = await sendProof();
    expect(await client.ok(MARK, { b: bill.id, f: proof })).toEqual({ markBillPaid: true });
    expect(await client.ok(MARK, { b: bill.id, f: await sendProof() })).toEqual({ markBillPaid: true });
    const saved = await world.em.fork().findOneOrFail(Bill, bill.id);
    expect(saved.markedPaidBy?.id).toBe(silvia.account.id);
    expect(saved.proofFileId).toBe(proof);
    await staffLive.next(1);
    expect(staffLive.events[0]?.data).toEqual({ staffFinanceChanged: { reservationId: reservation.id } });
    expect(staffLive.events).toHaveLength(1);
    staffLive.dispose();

    const { customerFinance } = await admin.client.ok(`query($c: ID!) { customerFinance(customerId: $c) { records { kind markedPaidByName proofUrl } } }`, { c: silvia.customer.id });
    expect(customerFinance[0].records.find((r: { kind: string }) => r.kind === 'BILL')).toEqual({ kind: 'BILL', markedPaidByName: silvia.account.name, proofUrl: `/files/${proof}` });
    // The proof is seen by whoever sees the bill: the customer and staff; another customer gets the same 404 as a missing file.
    const other = await world.customer();
    expect((await httpExchange(`${server.url}/files/${proof}`, { headers: { cookie: client.cookieHeader() } })).status).toBe(200);
    expect((await httpExchange(`${server.url}/files/${proof}`, { headers: { cookie: (await other.client()).cookieHeader() } })).status).toBe(404);

    // Without the permission (R-WORK-3), neither upload nor marking.
    await admin.client.ok(`mutation($a: ID!) { setPortalPermissions(accountId: $a, permissions: [SEE_FINANCIAL]) { id } }`, { a: silvia.account.id });
    const upload = await httpExchange(`${server.url}/files`, {
      method: 'POST', body: minimalPdf('Comprovante', ['outro']),
      headers: { 'content-type': 'application/pdf', 'x-habite-file-name': 'outro.pdf', 'x-habite-file-purpose': 'PAYMENT_PROOF', cookie: client.cookieHeader() },
    });
    expect(upload.status).toBe(403);
    const refused = await client.request(MARK, { b: bill.id, f: proof });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const { unitFinance } = await client.ok(`query($u: ID!) { unitFinance(unitId: $u) { sales { plans { installments { currentBill { canMarkPaid markedPaidAt } } } } } }`, { u: unit.id });
    expect(unitFinance.sales[0].plans[0].installments[0].currentBill).toMatchObject({ canMarkPaid: false, markedPaidAt: expect.any(String) });
  });

  it('R-WORK-3: without "Ver financeiro" the Financial menu is hidden with the reason, the API refuses it, and the explainer names the permission', async () => {
    const world = await World.create(server);
    const ana = await world.customer();
    const { unit } = await world.soldUnit(ana.customer);
    const admin = await world.staff();
    await admin.client.ok(`mutation($a: ID!) { setPortalPermissions(accountId: $a, permissions: [MARK_AS_PAID]) { portalPermissions } }`, { a: ana.account.id });
    expect(await world.em.fork().count(AuditLog, { action: 'account.portalPermissions.update', targetId: ana.account.id })).toBe(1);
    const client = await ana.client();
    const { myMenus } = await client.ok(`{ myMenus { menu visible reason } }`);
    expect(myMenus.find((m: { menu: string }) => m.menu === 'FINANCIAL')).toEqual({ menu: 'FINANCIAL', visible: false, reason: 'Seu acesso ao portal não inclui esta área. Se precisar dela, peça à incorporadora.' });
    expect((await client.request(FINANCE, { u: unit.id })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const { explainVisibility } = await admin.client.ok(`query($i: ExplainVisibilityInput!) { explainVisibility(input: $i) { visible checks { ruleId passed fix { screen } } } }`,
      { i: { customerId: ana.customer.id, target: { menu: 'FINANCIAL' } } });
    expect(explainVisibility.visible).toBe(false);
    expect(explainVisibility.checks).toContainEqual({ ruleId: 'R-WORK-3', passed: false, fix: { screen: 'ACCOUNT' } });
  });
});
