import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../test/harness.js';
import { World } from '../../../test/world.js';
import { BillStatus } from '../bill.entity.js';
import { BillingBlock, BillingBlockSource } from '../billing-block.entity.js';
import { saoPauloDate } from '../finance-words.js';

const FINANCE = `query($unitId: ID!) { unitFinance(unitId: $unitId) { notice sales { reservationId notice summary { paid { amount currency } toPay { amount } overdue { amount } nextDueDate }
  standaloneBills { id } plans { series installments { id number state billNotice canRequestSecondCopy currentBill { id superseded current payable digitableLineGrouped }
  replacedBills { id superseded payable } } } } } }`;

interface Finance {
  unitFinance: {
    notice: string | null;
    sales: {
      reservationId: string; notice: string | null; summary: { paid: { amount: string; currency: string }; toPay: { amount: string }; overdue: { amount: string }; nextDueDate: string | null };
      standaloneBills: { id: string }[];
      plans: { series: string; installments: { id: string; number: number; state: string; billNotice: string | null; canRequestSecondCopy: boolean;
        currentBill: { id: string; superseded: boolean; current: boolean; payable: boolean; digitableLineGrouped: string } | null;
        replacedBills: { id: string; superseded: boolean; payable: boolean }[] }[] }[];
    }[];
  };
}

/** A calendar day in São Paulo, `offset` days from today. */
const day = (offset: number) => saoPauloDate(new Date(Date.now() + offset * 86_400_000));

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

const installmentsOf = (data: Finance) => data.unitFinance.sales.flatMap((s) => s.plans.flatMap((p) => p.installments));

/** Ana's sale with one installment and its bill, her client, and an ADMIN. */
async function saleWithBill() {
  const world = await World.create(server);
  const ana = await world.customer();
  const admin = await world.staff();
  const { unit, reservation } = await world.soldUnit(ana.customer);
  const { installments } = await world.plan(reservation, { installments: [{ dueDate: day(20), amountCents: 150_000 }] });
  const bill = await world.bill({ installment: installments[0]! });
  return { world, ana, admin, unit, installments, bill, client: await ana.client() };
}

describe('SPEC §8: who sees installments and bills', () => {
  it('R-FIN-1: a sale shows its installments and bills only when all five ERP codes match; otherwise nothing, said in words, and the explainer names the code', async () => {
    const { world, ana, admin, unit, installments, bill, client } = await saleWithBill();
    let data = await client.ok<Finance>(FINANCE, { unitId: unit.id });
    expect(installmentsOf(data).map((i) => i.currentBill?.id)).toEqual([bill.id]);

    // The ERP sends the unit's code wrong on the installment and the bill.
    await world.update(installments[0]!, { unitCode: 'UN-ERRADO' });
    await world.update(bill, { unitCode: 'UN-ERRADO' });
    data = await client.ok<Finance>(FINANCE, { unitId: unit.id });
    expect(installmentsOf(data)).toEqual([]);
    expect(data.unitFinance.sales[0]!.notice).toMatch(/não conferem/);

    const explained = await admin.client.ok<{ explainVisibility: { visible: boolean; checks: { ruleId: string; passed: boolean; detail: string }[] } }>(
      `query($input: ExplainVisibilityInput!) { explainVisibility(input: $input) { visible checks { ruleId passed detail } } }`,
      { input: { customerId: ana.customer.id, target: { billId: bill.id } } },
    );
    expect(explained.explainVisibility.visible).toBe(false);
    const fin1 = explained.explainVisibility.checks.find((c) => c.ruleId === 'R-FIN-1')!;
    expect(fin1.passed).toBe(false);
    expect(fin1.detail).toContain('O código da unidade não confere: o ERP enviou "UN-ERRADO"');
  });

  it("R-FIN-1: while the company's own code in the ERP is not set, nothing financial shows; the explainer's fix leads to Integrações, where an ADMIN sets it, and the bill shows", async () => {
    const { world, ana, admin, unit, bill, client } = await saleWithBill();
    const code = world.company.erpCode!;
    // A company that never said its code: the ERP's records carry one Habite cannot check.
    await server.em().getConnection().execute(`update company set erp_code = null where id = ?`, [world.company.id]);
    expect(installmentsOf(await client.ok<Finance>(FINANCE, { unitId: unit.id }))).toEqual([]);
    const explained = await admin.client.ok<{ explainVisibility: { checks: { ruleId: string; passed: boolean; fix: { screen: string; setting: string | null } | null }[] } }>(
      `query($input: ExplainVisibilityInput!) { explainVisibility(input: $input) { checks { ruleId passed fix { screen setting } } } }`,
      { input: { customerId: ana.customer.id, target: { billId: bill.id } } },
    );
    const fin1 = explained.explainVisibility.checks.find((c) => c.ruleId === 'R-FIN-1')!;
    expect(fin1).toMatchObject({ passed: false, fix: { screen: 'COMPANY_SETTINGS', setting: 'erpCode' } });

    await admin.client.ok(`mutation($erpCode: String) { setCompanyErpCode(erpCode: $erpCode) { erpCode } }`, { erpCode: code });
    expect(installmentsOf(await client.ok<Finance>(FINANCE, { unitId: unit.id })).map((i) => i.currentBill?.id)).toEqual([bill.id]);
  });

  it('R-FIN-2: a standalone bill (boleto avulso) shows only with showStandaloneBills on', async () => {
    const world = await World.create(server);
    const ana = await world.customer();
    const { unit, reservation } = await world.soldUnit(ana.customer);
    await world.plan(reservation, { installments: [{ dueDate: day(10), amountCents: 100_000 }] });
    const standalone = await world.bill({ reservation }, { dueDate: day(5), amountCents: 35_000 });
    const client = await ana.client();
    expect((await client.ok<Finance>(FINANCE, { unitId: unit.id })).unitFinance.sales[0]!.standaloneBills).toEqual([]);
    await world.update(world.portal, { showStandaloneBills: true });
    expect((await client.ok<Finance>(FINANCE, { unitId: unit.id })).unitFinance.sales[0]!.standaloneBills.map((b) => b.id)).toEqual([standalone.id]);
  });

  it('R-FIN-3: an associate sees the holder\'s bills only with associatesSeeHolderBills on and a type that sees them', async () => {
    const world = await World.create(server);
    const ana = await world.customer();
    const marcos = await world.customer();
    const unit = await world.unit();
    const reservation = await world.reservation(unit, ana.customer, undefined, [{ customer: marcos.customer, type: world.types.spouse }]);
    const { installments } = await world.plan(reservation, { installments: [{ dueDate: day(15), amountCents: 90_000 }] });
    await world.bill({ installment: installments[0]! });
    const client = await marcos.client();

    let data = await client.ok<Finance>(FINANCE, { unitId: unit.id });
    expect(installmentsOf(data)).toEqual([]);
    expect(data.unitFinance.sales[0]!.notice).toMatch(/ficam com quem é titular/);

    await world.update(world.portal, { associatesSeeHolderBills: true });
    data = await client.ok<Finance>(FINANCE, { unitId: unit.id });
    expect(installmentsOf(data)).toHaveLength(1);
    expect(installmentsOf(data)[0]!.currentBill).not.toBeNull();

    await world.update(world.types.spouse, { seesHolderBills: false });
    expect(installmentsOf(await client.ok<Finance>(FINANCE, { unitId: unit.id }))).toEqual([]);
  });

  it('R-FIN-9: a superseded bill shows as such and cannot be paid; the current one is marked', async () => {
    const world = await World.create(server);
    const ana = await world.customer();
    const { unit, reservation } = await world.soldUnit(ana.customer);
    const { installments } = await world.plan(reservation, { installments: [{ dueDate: day(-10), amountCents: 100_000 }] });
    const reissue = await world.bill({ installment: installments[0]! }, { dueDate: day(5), amountCents: 101_000 });
    const first = await world.bill({ installment: installments[0]! }, { status: BillStatus.CANCELLED, supersededBy: reissue });
    // A bill cancelled with no replacement is not shown at all.
    await world.bill({ installment: installments[0]! }, { status: BillStatus.CANCELLED });
    const [installment] = installmentsOf(await (await ana.client()).ok<Finance>(FINANCE, { unitId: unit.id }));
    expect(installment!.currentBill).toMatchObject({ id: reissue.id, current: true, superseded: false, payable: true });
    expect(installment!.replacedBills).toEqual([{ id: first.id, superseded: true, payable: false }]);
    // The 2ª via is not yet due: it is the bill to pay, and no other is offered.
    expect(installment!.canRequestSecondCopy).toBe(false);
  });

  it('R-FIN-10: a billing block holds open bills back and the customer reads its reason; the overdue rule holds the next bills but not the overdue one', async () => {
    const world = await World.create(server);
    const ana = await world.customer();
    const { unit, reservation } = await world.soldUnit(ana.customer, { block: world.block });
    const { installments } = await world.plan(reservation, { installments: [{ dueDate: day(-5), amountCents: 100_000 }, { dueDate: day(25), amountCents: 100_000 }] });
    const overdueBill = await world.bill({ installment: installments[0]! });
    const nextBill = await world.bill({ installment: installments[1]! });
    const client = await ana.client();
    const bills = async () => installmentsOf(await client.ok<Finance>(FINANCE, { unitId: unit.id })).map((i) => ({ bill: i.currentBill?.id ?? null, notice: i.billNotice }));

    expect(await bills()).toEqual([{ bill: overdueBill.id, notice: null }, { bill: nextBill.id, notice: null }]);

    // The overdue rule: the bill of the overdue installment stays (to settle it); the next is held, with the reason.
    await world.update(world.company, { overdueBlocksBills: true });
    const held = await bills();
    expect(held[0]).toEqual({ bill: overdueBill.id, notice: null });
    expect(held[1]!.bill).toBeNull();
    expect(held[1]!.notice).toMatch(/parcela vencida desde .* os próximos boletos ficam suspensos/);

    // A staff block on the block of the unit: every open bill is held, with the block's reason.
    await world.update(world.company, { overdueBlocksBills: false });
    world.em.create(BillingBlock, { company: world.company, development: world.development, block: world.block, reason: 'Obra em renegociação com o banco.', source: BillingBlockSource.STAFF });
    await world.em.flush();
    const blocked = await bills();
    expect(blocked.map((b) => b.bill)).toEqual([null, null]);
    expect(blocked.every((b) => b.notice === 'Boletos suspensos pela incorporadora: Obra em renegociação com o banco.')).toBe(true);
  });

  it('R-SET-1: with the Financial menu off the API refuses unitFinance with FEATURE_DISABLED naming showFinancial', async () => {
    const world = await World.create(server, { showFinancial: false });
    const ana = await world.customer();
    const { unit } = await world.soldUnit(ana.customer);
    const result = await (await ana.client()).request(FINANCE, { unitId: unit.id });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'FEATURE_DISABLED', setting: 'showFinancial' });
  });

  it('R-FIN-4: the statement is e-mailed even with the Financial menu off: it cannot be switched off', async () => {
    const world = await World.create(server, { showFinancial: false });
    const ana = await world.customer();
    const { reservation } = await world.soldUnit(ana.customer);
    await world.plan(reservation, { installments: [{ dueDate: day(3), amountCents: 50_000 }] });
    const client = await ana.client();
    const { emailStatement } = await client.ok(`mutation($r: ID!) { emailStatement(reservationId: $r) }`, { r: reservation.id });
    expect(emailStatement).toBe(ana.account.email);
    const mail = await server.smtp.waitFor(ana.account.email, /^Seu extrato/);
    expect(mail.attachments[0]!.contentType).toBe('application/pdf');
  });

  it('R-UNIT-4: the finance of a hidden unit is NOT_FOUND, like a missing one', async () => {
    const world = await World.create(server);
    const ana = await world.customer();
    const other = await world.customer();
    const { unit, reservation } = await world.soldUnit(other.customer);
    await world.plan(reservation, { installments: [{ dueDate: day(3), amountCents: 1000 }] });
    const result = await (await ana.client()).request(FINANCE, { unitId: unit.id });
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('R-FIN-8: money is a decimal string with its currency, and states follow the São Paulo calendar', async () => {
    const world = await World.create(server);
    const ana = await world.customer();
    const { unit, reservation } = await world.soldUnit(ana.customer);
    await world.plan(reservation, {
      installments: [
        { dueDate: day(-40), amountCents: 123_456, paidAt: day(-41) },
        { dueDate: day(-1), amountCents: 100_000 },
        { dueDate: day(0), amountCents: 100_000 },
        { dueDate: day(30), amountCents: 100_050 },
      ],
    });
    const data = await (await ana.client()).ok<Finance>(FINANCE, { unitId: unit.id });
    expect(installmentsOf(data).map((i) => i.state)).toEqual(['PAID', 'OVERDUE', 'DUE_TODAY', 'OPEN']);
    expect(data.unitFinance.sales[0]!.summary).toEqual({
      paid: { amount: '1234.56', currency: 'BRL' }, toPay: { amount: '3000.50' }, overdue: { amount: '1000.00' }, nextDueDate: day(0),
    });
  });
});
