import type { PubSub } from '@graphql-yoga/subscription';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../clock.js';
import { BadInputError, DomainError, FeatureDisabledError, NotFoundError } from '../../domain-errors.js';
import type { Events } from '../../graphql/pubsub.js';
import type { Company } from '../company/company.entity.js';
import { OutboxMessage } from '../data-changes/outbox-message.entity.js';
import type { ViewerScope } from '../visibility/rule.js';
import { query } from '../visibility/sql.js';
import { FinanceRequest, FinanceRequestKind, FinanceRequestStatus } from './finance-request.entity.js';
import { GatewayError, type CardInput, type PaymentGateway } from './gateway/gateway-client.js';
import { PaymentMethod } from './installment-plan.entity.js';
import { PaymentCard } from './payment-card.entity.js';
import { loadBillingFacts } from './finance-facts.js';
import { requestView } from './finance-view.js';
import { dateText, moneyText } from './finance-words.js';
import { billingHold } from './finance.rules.js';
import { holdForCustomer, installmentState, todayOf, visibleBills, visibleInstallments, type InstallmentRow } from './finance.service.js';
import type { FileService } from '../files/file.service.js';
import { FileOwnerKind } from '../files/stored-file.entity.js';
import type { FinanceRequestView } from './finance.types.js';
import { simulatePrepayment, type PrepaymentSimulation } from './prepayment.js';

/** R-FIN-10: a billing block or the overdue rule stops a new bill; the customer reads why. */
export class BillingBlockedError extends DomainError {
  constructor(message: string) {
    super('BILLING_BLOCKED', message, { field: 'installmentIds' });
  }
}

/** The codes the ERP knows a sale by, for the outbox (R-SYNC-3). */
interface SaleCodes { saleCode: string | null; companyCode: string | null; customerCode: string | null; unitCode: string | null; developmentCode: string | null }

/**
 * What a customer asks of the money (SPEC §8): a 2ª via of an overdue bill and the antecipação of
 * future installments (R-FIN-11). Each is a FinanceRequest written with its outbox message in one
 * transaction (R-SYNC-3): the ERP issues the bill and sends it back naming the request, which the
 * portal shows as "emitindo" until then.
 */
export class FinanceActionsService {
  constructor(private readonly deps: { clock: Clock; pubsub?: PubSub<Events>; gateway?: PaymentGateway | null }) {}

  /** R-FIN-6: card payments are offered by the company and a payment gateway is configured. */
  private gatewayFor(company: Company): PaymentGateway {
    if (!company.cardPaymentAllowed) throw new FeatureDisabledError('cardPaymentAllowed', 'A incorporadora não oferece pagamento com cartão de crédito pelo portal.');
    if (!this.deps.gateway) throw new DomainError('SERVICE_UNAVAILABLE', 'O pagamento com cartão não está disponível agora: o serviço de pagamento não foi configurado. Fale com a incorporadora.');
    return this.deps.gateway;
  }

  /**
   * R-FIN-6: a card, tokenised by the gateway; Habite keeps the token, brand, last four digits and
   * expiry — never the number or the CVV (they go to the gateway and nowhere else, not even a log).
   */
  async addCard(em: EntityManager, scope: ViewerScope, company: Company, card: CardInput): Promise<PaymentCard> {
    const gateway = this.gatewayFor(company);
    const holderName = card.holderName.trim();
    if (holderName.length < 2) throw new BadInputError('holderName', 'Informe o nome como está impresso no cartão.');
    let token;
    try {
      token = await gateway.tokenizeCard({ ...card, holderName });
    } catch (err) {
      // The gateway says which part of the card is wrong; the form names its own fields.
      if (err instanceof GatewayError && err.field) throw new BadInputError(err.field === 'expiry' ? 'expMonth' : err.field, err.message);
      throw err;
    }
    return em.transactional(async (tx) => {
      const count = await tx.count(PaymentCard, { customer: scope.customerId!, removedAt: null });
      if (count >= 5) throw new BadInputError('number', 'Você já tem 5 cartões: remova um antes de incluir outro.');
      return tx.create(PaymentCard, {
        company: company.id, customer: scope.customerId!, token: token.token, brand: token.brand, last4: token.last4, expMonth: token.expMonth, expYear: token.expYear,
        createdAt: this.deps.clock.now(),
      });
    });
  }

  /**
   * R-FIN-6: the holder switches a plan between boleto and card (one of their cards); the ERP hears
   * of it through the outbox (R-SYNC-3) with the card's token — the only thing it needs to charge.
   */
  async setPaymentMethod(em: EntityManager, scope: ViewerScope, company: Company, planId: string, method: PaymentMethod, cardId: string | null): Promise<void> {
    if (method === PaymentMethod.CARD) this.gatewayFor(company);
    else if (!company.cardPaymentAllowed) throw new FeatureDisabledError('cardPaymentAllowed', 'A incorporadora não oferece troca da forma de pagamento pelo portal.');
    const [plan] = await query<{ id: string; reservationId: string; holderId: string; erpCode: string; series: string; saleCode: string | null }>(em, `
      select ip.id, ip.reservation_id as "reservationId", r.holder_id as "holderId", ip.erp_code as "erpCode", ip.series, r.erp_code as "saleCode"
        from installment_plan ip join reservation r on r.id = ip.reservation_id where ip.id = :id`, { id: planId });
    // A plan the customer sees nothing of is missing (R-UNIT-4); only the holder changes how it is paid.
    if (!plan || !(await visibleInstallments(em, scope, [plan.reservationId])).some((i) => i.planId === planId)) throw new NotFoundError('Parcela');
    if (plan.holderId !== scope.customerId) throw new DomainError('FORBIDDEN', 'Só o titular da compra troca a forma de pagamento.');
    const card = method === PaymentMethod.CARD && cardId ? await em.findOne(PaymentCard, { id: cardId, customer: scope.customerId!, removedAt: null }) : null;
    if (method === PaymentMethod.CARD && !card) throw new BadInputError('cardId', 'Escolha um dos seus cartões (ou inclua um).');
    const now = this.deps.clock.now();
    await em.transactional(async (tx) => {
      await query(tx, 'update installment_plan set payment_method = :method, card_id = :card, updated_at = :now where id = :id', { method, card: card?.id ?? null, now, id: planId });
      tx.create(OutboxMessage, {
        company: company.id, createdAt: now, topic: 'installment_plan.payment_method_changed',
        payload: { planCode: plan.erpCode, saleCode: plan.saleCode, series: plan.series, method, ...(card ? { card: { token: card.token, brand: card.brand, last4: card.last4, expMonth: card.expMonth, expYear: card.expYear } } : {}) },
      });
    });
    this.deps.pubsub?.publish('finance.changed', { companyId: company.id, reservationIds: [plan.reservationId] });
  }


  /**
   * R-FIN-7 (obras): a portal user with "Marcar como pago" marks a bill of a WORK as paid, with a
   * proof they uploaded (PAYMENT_PROOF); who and when are kept. Idempotent: a bill already marked
   * stays as it was (its first proof). Staff hear of it at once (finance.changed).
   */
  async markBillPaid(em: EntityManager, scope: ViewerScope, account: { id: string; portalPermissions: string[] }, company: Company, files: FileService, billId: string, proofFileId: string): Promise<void> {
    if (!account.portalPermissions.includes('MARK_AS_PAID')) throw new DomainError('FORBIDDEN', 'Seu acesso não inclui marcar contas como pagas. Peça à incorporadora.');
    const [bill] = await visibleBills(em, scope, undefined, [billId]);
    if (!bill) throw new NotFoundError('Boleto');
    const [work] = await query<{ work: boolean }>(em, `select d.kind = 'WORK' as work from reservation r join unit u on u.id = r.unit_id join development d on d.id = u.development_id where r.id = :id`, { id: bill.reservationId });
    if (!work?.work) throw new BadInputError('billId', 'Só contas de obras são marcadas como pagas pelo portal; um boleto de compra é baixado quando o banco confirma o pagamento.');
    const marked = await em.transactional(async (tx) => {
      const [row] = await query<{ marked: Date | null; status: string; superseded: boolean }>(tx,
        'select marked_paid_at as marked, status, superseded_by_id is not null as superseded from bill where id = :id for update', { id: billId });
      if (row!.marked) return false;
      if (row!.status !== 'OPEN' || row!.superseded) throw new BadInputError('billId', row!.superseded ? 'Este boleto foi substituído: marque o boleto atual.' : 'Este boleto não está em aberto.');
      await files.attachOwn(tx, account.id, proofFileId, FileOwnerKind.PAYMENT_PROOF, billId);
      await query(tx, 'update bill set marked_paid_at = :now, marked_paid_by_id = :account, proof_file_id = :file where id = :id',
        { now: this.deps.clock.now(), account: account.id, file: proofFileId, id: billId });
      return true;
    });
    if (marked) this.deps.pubsub?.publish('finance.changed', { companyId: company.id, reservationIds: [bill.reservationId!] });
  }

  /** The installments asked for, all visible to the customer and of one sale (NOT_FOUND otherwise, as if missing). */
  private async installmentsOfOneSale(em: EntityManager, scope: ViewerScope, ids: string[]): Promise<InstallmentRow[]> {
    const unique = [...new Set(ids)];
    if (!unique.length) throw new BadInputError('installmentIds', 'Escolha ao menos uma parcela.');
    if (unique.length > 400) throw new BadInputError('installmentIds', 'No máximo 400 parcelas por pedido.');
    const rows = await visibleInstallments(em, scope, undefined, unique);
    if (rows.length !== unique.length) throw new NotFoundError('Parcela');
    if (new Set(rows.map((r) => r.reservationId)).size > 1) throw new BadInputError('installmentIds', 'Escolha parcelas de uma mesma compra.');
    return rows;
  }

  /** R-FIN-10 for a new bill of this sale; `ownOverdue`: the bill settles an overdue installment. */
  private async assertNotHeld(em: EntityManager, scope: ViewerScope, reservationId: string, ownOverdue: boolean): Promise<void> {
    const billing = (await loadBillingFacts(em, scope, [reservationId])).get(reservationId);
    if (billing && billingHold(billing, ownOverdue)) throw new BillingBlockedError(holdForCustomer(billing, ownOverdue)!.pt);
  }

  /** 2ª via of an overdue installment's bill; a pending one for it is answered again, never duplicated. */
  async requestSecondCopy(em: EntityManager, scope: ViewerScope, company: Company, installmentId: string): Promise<FinanceRequestView> {
    if (!company.secondCopyAllowed) throw new FeatureDisabledError('secondCopyAllowed', 'A incorporadora não emite 2ª via pelo portal. Fale com ela pelos canais de atendimento.');
    const [installment] = await this.installmentsOfOneSale(em, scope, [installmentId]);
    const state = installmentState(installment!, todayOf(scope));
    if (state === 'PAID') throw new BadInputError('installmentId', 'Esta parcela já está paga.');
    if (state !== 'OVERDUE') throw new BadInputError('installmentId', `A 2ª via é para parcelas vencidas; esta vence em ${dateText(installment!.dueDate)}, e o boleto atual continua valendo.`);
    await this.assertNotHeld(em, scope, installment!.reservationId, true);
    return this.open(em, scope, company, installment!.reservationId, FinanceRequestKind.SECOND_COPY, [installment!], null);
  }

  /** R-FIN-11: what paying these future installments today costs, under the company's rate and method. */
  async simulate(em: EntityManager, scope: ViewerScope, company: Company, installmentIds: string[]): Promise<{ simulation: PrepaymentSimulation; rows: InstallmentRow[] }> {
    if (!company.prepaymentAllowed) throw new FeatureDisabledError('prepaymentAllowed', 'A incorporadora não oferece antecipação de parcelas pelo portal.');
    const rows = await this.installmentsOfOneSale(em, scope, installmentIds);
    const paid = rows.find((r) => r.paidAt);
    if (paid) throw new BadInputError('installmentIds', `A parcela nº ${paid.number} (${paid.series}) já está paga.`);
    const simulation = simulatePrepayment(rows.map((r) => ({ installmentId: r.id, dueDate: r.dueDate, amountCents: r.amountCents })), todayOf(scope),
      { monthlyRateBasisPoints: company.prepaymentRateBasisPoints, method: company.prepaymentMethod });
    return { simulation, rows };
  }

  /** R-FIN-11: confirms a simulation; asks the ERP (outbox) to issue its bill. */
  async requestPrepayment(em: EntityManager, scope: ViewerScope, company: Company, installmentIds: string[]): Promise<FinanceRequestView> {
    const { simulation, rows } = await this.simulate(em, scope, company, installmentIds);
    await this.assertNotHeld(em, scope, rows[0]!.reservationId, false);
    return this.open(em, scope, company, rows[0]!.reservationId, FinanceRequestKind.PREPAYMENT, rows, simulation);
  }

  private async open(em: EntityManager, scope: ViewerScope, company: Company, reservationId: string, kind: FinanceRequestKind, rows: InstallmentRow[], simulation: PrepaymentSimulation | null): Promise<FinanceRequestView> {
    const now = this.deps.clock.now();
    const ids = rows.map((r) => r.id).sort();
    const created = await em.transactional(async (tx) => {
      // One request at a time per sale: two taps of "Pedir 2ª via" (or two tabs) wait for each other here.
      await query(tx, 'select id from reservation where id = :id for update', { id: reservationId });
      const pending = await tx.find(FinanceRequest, { reservation: reservationId, status: FinanceRequestStatus.PENDING });
      const same = pending.find((p) => p.kind === kind && [...p.installmentIds].sort().join() === ids.join());
      if (same) return same;
      const busy = pending.find((p) => p.installmentIds.some((id) => ids.includes(id)));
      if (busy) {
        throw new DomainError('CONFLICT', busy.kind === FinanceRequestKind.SECOND_COPY
          ? 'Já há uma 2ª via sendo emitida para uma destas parcelas: aguarde o boleto novo.'
          : 'Já há uma antecipação sendo emitida com uma destas parcelas: aguarde o boleto.', { field: 'installmentIds' });
      }
      const request = tx.create(FinanceRequest, {
        company: company.id, reservation: reservationId, customer: scope.customerId!, account: scope.accountId, kind, installmentIds: ids,
        totalCents: rows.reduce((sum, r) => sum + r.amountCents, 0), presentValueCents: simulation?.presentValueCents ?? null,
        rateBasisPoints: simulation ? company.prepaymentRateBasisPoints : null, method: simulation ? company.prepaymentMethod : null, createdAt: now,
      });
      const [codes] = await query<SaleCodes>(tx, `select r.erp_code as "saleCode", co.erp_code as "companyCode", h.erp_code as "customerCode", u.erp_code as "unitCode", d.erp_code as "developmentCode"
          from reservation r join unit u on u.id = r.unit_id join development d on d.id = u.development_id join company co on co.id = d.company_id join customer h on h.id = r.holder_id
         where r.id = :id`, { id: reservationId });
      const installmentCodes = await query<{ id: string; code: string }>(tx, 'select id, erp_code as code from installment where id = any(cast(:ids as uuid[]))', { ids });
      const codeOf = new Map(installmentCodes.map((c) => [c.id, c.code]));
      tx.create(OutboxMessage, {
        company: company.id, createdAt: now,
        topic: kind === FinanceRequestKind.SECOND_COPY ? 'bill.second_copy_requested' : 'bill.prepayment_requested',
        payload: {
          portalRequestId: request.id, ...codes,
          installments: rows.map((r) => {
            const line = simulation?.lines.find((l) => l.installmentId === r.id);
            return { code: codeOf.get(r.id), number: r.number, series: r.series, dueDate: r.dueDate, amount: (r.amountCents / 100).toFixed(2), ...(line ? { presentValue: (line.presentValueCents / 100).toFixed(2), days: line.days } : {}) };
          }),
          ...(simulation ? {
            total: (simulation.totalCents / 100).toFixed(2), presentValue: (simulation.presentValueCents / 100).toFixed(2),
            monthlyRatePercent: (company.prepaymentRateBasisPoints / 100).toFixed(2), method: company.prepaymentMethod, simulatedOn: todayOf(scope),
          } : {}),
        },
      });
      return request;
    });
    this.deps.pubsub?.publish('finance.changed', { companyId: company.id, reservationIds: [reservationId] });
    return requestView({ ...created, reservationId, billId: created.billId ?? null, presentValueCents: created.presentValueCents ?? null });
  }
}

/** "R$ 1.234,56 (vence em 10/01/2027)" — an installment in a sentence. */
export const installmentText = (row: InstallmentRow) => `${moneyText(row.amountCents)} (vence em ${dateText(row.dueDate)})`;
