import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../test/harness.js';
import { World } from '../../../test/world.js';
import { OutboxMessage } from '../../data-changes/outbox-message.entity.js';
import { InstallmentPlan } from '../installment-plan.entity.js';
import { PaymentCard } from '../payment-card.entity.js';
import { saoPauloDate } from '../finance-words.js';
import { DECLINED_CARD, startFakeGateway, type FakeGateway } from '../gateway/fake-gateway.js';

const day = (offset: number) => saoPauloDate(new Date(Date.now() + offset * 86_400_000));
const VISA = '4111 1111 1111 1111';
const CVV = '737';

let gateway: FakeGateway;
let server: TestServer;
beforeAll(async () => {
  // The gateway speaks its real HTTP contract on a local port (fake-gateway.ts); Habite reaches it through its adapter.
  gateway = await startFakeGateway({ secretKey: 'sk_test_habite' });
  server = await startTestServer({ paymentGateway: { url: gateway.url, secretKey: 'sk_test_habite' } });
});
afterAll(async () => {
  await server?.stop();
  await gateway?.close();
});

const ADD = `mutation($i: PaymentCardInput!) { addPaymentCard(input: $i) { id brand last4 expMonth expYear } }`;
const card = (number: string, cvv = CVV) => ({ i: { number, holderName: 'ANA SOUZA', expMonth: 12, expYear: new Date().getFullYear() + 2, cvv } });

describe('R-FIN-6: payment method and cards, through the payment gateway', () => {
  it('R-FIN-6: a card is tokenised by the gateway; Habite keeps only token, brand and last four digits, never the number or the CVV, not even in its logs', async () => {
    const world = await World.create(server);
    await world.update(world.company, { cardPaymentAllowed: true });
    const ana = await world.customer();
    const client = await ana.client();
    const { addPaymentCard } = await client.ok(ADD, card(VISA));
    expect(addPaymentCard).toMatchObject({ brand: 'VISA', last4: '1111', expMonth: 12 });
    const stored = await world.em.fork().findOneOrFail(PaymentCard, addPaymentCard.id);
    expect(gateway.tokens.has(stored.token)).toBe(true);
    // No field holds the number or the CVV (as a value: a random id may well contain "737").
    const values = Object.values(JSON.parse(JSON.stringify(stored)) as Record<string, unknown>).map(String);
    expect(values.filter((v) => v.replace(/\D/g, '').includes('4111111111111111') || v === CVV)).toEqual([]);
    expect(Object.keys(stored).filter((k) => /^(cvv|cvc|number|cardNumber|pan)$/i.test(k))).toEqual([]);

    const declined = await client.request(ADD, card(DECLINED_CARD));
    expect(declined.errors?.[0]?.extensions?.code).toBe('CARD_DECLINED');
    const badNumber = await client.request(ADD, card('4111 1111 1111 1112'));
    expect(badNumber.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'number' });
    const everything = JSON.stringify(server.logs) + JSON.stringify([declined, badNumber]);
    for (const secret of ['4111111111111111', '4111 1111 1111 1111', '4000000000000002', '4111111111111112', `"${CVV}"`]) expect(everything).not.toContain(secret);
  });

  it('R-FIN-6: the holder switches a plan to card and back; the ERP hears of it with the token; associates and companies that do not allow it are refused', async () => {
    const world = await World.create(server);
    const ana = await world.customer();
    const marcos = await world.customer();
    const unit = await world.unit();
    const reservation = await world.reservation(unit, ana.customer, undefined, [{ customer: marcos.customer, type: world.types.spouse }]);
    const { plan } = await world.plan(reservation, { installments: [{ dueDate: day(20), amountCents: 100_000 }] });
    const client = await ana.client();
    const SET = `mutation($p: ID!, $m: PaymentMethod!, $c: ID) { setPaymentMethod(planId: $p, method: $m, cardId: $c) }`;

    expect((await client.request(SET, { p: plan.id, m: 'CARD', c: null })).errors?.[0]?.extensions).toMatchObject({ code: 'FEATURE_DISABLED', setting: 'cardPaymentAllowed' });
    await world.update(world.company, { cardPaymentAllowed: true });
    expect((await client.request(SET, { p: plan.id, m: 'CARD', c: null })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'cardId' });
    const { addPaymentCard } = await client.ok(ADD, card('5555 5555 5555 4444'));
    expect(await client.ok(SET, { p: plan.id, m: 'CARD', c: addPaymentCard.id })).toEqual({ setPaymentMethod: true });
    const saved = await world.em.fork().findOneOrFail(InstallmentPlan, plan.id);
    expect(saved).toMatchObject({ paymentMethod: 'CARD', cardId: addPaymentCard.id });
    const [message] = await world.em.fork().find(OutboxMessage, { company: world.company, topic: 'installment_plan.payment_method_changed' });
    expect(message!.payload).toMatchObject({ planCode: plan.erpCode, method: 'CARD', card: { brand: 'MASTERCARD', last4: '4444' } });
    expect(JSON.stringify(message!.payload)).not.toContain('5555555555554444');

    const sale = (await client.ok(`query($u: ID!) { unitFinance(unitId: $u) { sales { paymentMethodChangeAvailable plans { paymentMethod cardLabel } } } }`, { u: unit.id })).unitFinance.sales[0];
    expect(sale).toEqual({ paymentMethodChangeAvailable: true, plans: [{ paymentMethod: 'CARD', cardLabel: 'MASTERCARD final 4444' }] });

    await world.update(world.portal, { associatesSeeHolderBills: true });
    const asAssociate = await (await marcos.client()).request(SET, { p: plan.id, m: 'BOLETO', c: null });
    expect(asAssociate.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await client.ok(SET, { p: plan.id, m: 'BOLETO', c: null })).toEqual({ setPaymentMethod: true });
    expect((await world.em.fork().findOneOrFail(InstallmentPlan, plan.id)).paymentMethod).toBe('BOLETO');
  });
});
