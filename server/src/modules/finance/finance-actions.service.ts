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
import { loadBillingFacts } from './finance-facts.js';
import { requestView } from './finance-view.js';
import { dateText, moneyText } from './finance-words.js';
import { billingHold } from './finance.rules.js';
import { holdForCustomer, installmentState, todayOf, visibleInstallments, type InstallmentRow } from './finance.service.js';
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
  constructor(private readonly deps: { clock: Clock; pubsub?: PubSub<Events> }) {}

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
    if (billing && billingHold(billing, ownOverdue)) throw new BillingBlockedError(holdForCustomer(billing, ownOverdue)!);
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
