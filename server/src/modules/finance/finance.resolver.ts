import { NotificationKind } from '../notifications/notification.enums.js';
import { Arg, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root, Subscription } from 'type-graphql';
import { PaymentCard } from './payment-card.entity.js';
import { PaymentMethod } from './installment-plan.entity.js';
import { pixQrSvg } from './pix.js';
import { BadInputError, FeatureDisabledError, ForbiddenError, NotFoundError } from '../../domain-errors.js';
import { Access, StaffScope } from '../../graphql/access.js';
import { inLocale, say } from '../../locale.js';
import type { Context } from '../../graphql/context.js';
import { Company } from '../company/company.entity.js';
import { visibleUnits } from '../developments/unit.service.js';
import type { Portal } from '../portal/portal.entity.js';
import { portalScope, signedIn } from '../visibility/scope.js';
import type { FinanceChanged } from '../../graphql/pubsub.js';
import { statementMail } from '../../mail/templates.js';
import { Customer } from '../customers/customer.entity.js';
import { Reservation } from '../customers/reservation.entity.js';
import { idsInScope } from '../scope/staff-scope.js';
import { PortalPermission } from '../auth/account.enums.js';
import { query } from '../visibility/sql.js';
import { statementDocument, taxStatementOf } from './finance-documents.js';
import { financeUrls, unitFinance } from './finance-view.js';
import { BillView, FinanceRequestView, money, Money, UnitFinance } from './finance.types.js';

/** The portal of the customer's session. */
export function sessionPortal(ctx: Context): Portal {
  if (ctx.viewer.kind !== 'account' || !ctx.viewer.session.portal) throw new ForbiddenError();
  return ctx.viewer.session.portal;
}

/** R-SET-1: the Financial menu off is refused by the API, not just hidden; R-WORK-3: so is a user without "See financial". */
export function assertFinancialMenuOn(portal: Portal, ctx?: Context, statement = false): void {
  // R-FIN-4: the statement cannot be switched off, not even with the menu.
  if (!portal.showFinancial && !statement) throw new FeatureDisabledError('showFinancial', 'O menu Financeiro está desativado neste portal.');
  if (ctx?.viewer.kind === 'account' && !ctx.viewer.account.portalPermissions.includes(PortalPermission.SEE_FINANCIAL)) {
    throw new ForbiddenError('Seu acesso ao portal não inclui o Financeiro. Se precisar dele, peça à incorporadora.');
  }
}

@ObjectType({ description: 'R-FIN-5: o informe de rendimentos de um ano: o total pago nas séries configuradas e o PDF.' })
class TaxStatementInfo {
  @Field(() => Int) year!: number;
  @Field(() => Money) total!: Money;
  @Field(() => [String], { description: 'As séries somadas.' }) series!: string[];
  @Field(() => String) pdfUrl!: string;
}

@ObjectType({ description: 'R-FIN-11: uma parcela na simulação de antecipação.' })
class PrepaymentLineView {
  @Field(() => ID) installmentId!: string;
  @Field(() => Int) number!: number;
  @Field(() => String) series!: string;
  @Field(() => String) dueDate!: string;
  @Field(() => Int, { description: 'Dias corridos de hoje (São Paulo) até o vencimento.' }) days!: number;
  @Field(() => Money) amount!: Money;
  @Field(() => Money) presentValue!: Money;
  @Field(() => Money) discount!: Money;
}

@ObjectType({ description: 'R-FIN-11: o que custa pagar hoje as parcelas escolhidas, pela taxa e pelo método da incorporadora.' })
class PrepaymentSimulationView {
  @Field(() => [PrepaymentLineView], { complexity: 60 }) lines!: PrepaymentLineView[];
  @Field(() => Money) total!: Money;
  @Field(() => Money) presentValue!: Money;
  @Field(() => Money) discount!: Money;
  @Field(() => String, { description: 'A taxa, em palavras ("1,00% ao mês, desconto composto").' }) terms!: string;
}

@ObjectType({ description: 'Um aviso de que o financeiro de uma compra mudou: o portal lê de novo.' })
class FinanceChange {
  @Field(() => ID) reservationId!: string;
}

@InputType('PaymentCardInput', { description: 'R-FIN-6: um cartão de crédito, enviado ao serviço de pagamento (o Habite guarda só o token, a bandeira e o final).' })
class CardInputGql {
  @Field(() => String, { description: 'O número, como impresso.' }) number!: string;
  @Field(() => String) holderName!: string;
  @Field(() => Int) expMonth!: number;
  @Field(() => Int) expYear!: number;
  @Field(() => String) cvv!: string;
}

@ObjectType({ description: 'R-FIN-6: um cartão do cliente, como o serviço de pagamento o guardou.' })
class PaymentCardView {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'A bandeira (VISA, MASTERCARD, ELO, AMEX, HIPERCARD, OTHER).' }) brand!: string;
  @Field(() => String) last4!: string;
  @Field(() => Int) expMonth!: number;
  @Field(() => Int) expYear!: number;
}

const METHOD_WORDS = { COMPOUND: say('desconto composto', 'compound discount'), SIMPLE: say('desconto simples', 'simple discount') } as const;

@Resolver()
export class FinanceResolver {
  @Access('CUSTOMER')
  @Query(() => UnitFinance, { description: 'SPEC §8: o financeiro de uma unidade que o cliente vê — parcelas por série, boletos, e por que algo não aparece.' })
  async unitFinance(@Arg('unitId', () => ID) unitId: string, @Ctx() ctx: Context): Promise<UnitFinance> {
    const portal = sessionPortal(ctx);
    assertFinancialMenuOn(portal, ctx);
    const scope = portalScope(ctx);
    const [unit] = await visibleUnits(ctx.em, scope, [unitId]);
    if (!unit) throw new NotFoundError('Unidade');
    const company = await ctx.em.findOneOrFail(Company, portal.company.id);
    const markAsPaid = ctx.viewer.kind === 'account' && ctx.viewer.account.portalPermissions.includes(PortalPermission.MARK_AS_PAID);
    return unitFinance(ctx.em, scope, company, unitId, markAsPaid, ctx.locale);
  }

  @Access('CUSTOMER')
  @Query(() => TaxStatementInfo, { description: 'R-FIN-5: o informe de rendimentos de um ano; TAX_SERIES_NOT_CONFIGURED nomeia a série que falta nas configurações do portal.' })
  async taxStatement(@Arg('reservationId', () => ID) reservationId: string, @Arg('year', () => Int) year: number, @Ctx() ctx: Context): Promise<TaxStatementInfo> {
    const portal = sessionPortal(ctx);
    assertFinancialMenuOn(portal, ctx);
    const statement = await taxStatementOf(ctx.em, portalScope(ctx), portal, reservationId, year);
    return { year, total: money(statement.totalCents), series: statement.series, pdfUrl: financeUrls.taxStatement(reservationId, year) };
  }

  @Access('CUSTOMER')
  @Mutation(() => String, { description: 'R-FIN-4: envia o extrato da compra, em PDF, ao e-mail do cliente; responde o endereço. Sempre disponível: nem o menu Financeiro desligado o tira.' })
  async emailStatement(@Arg('reservationId', () => ID) reservationId: string, @Ctx() ctx: Context): Promise<string> {
    const portal = sessionPortal(ctx);
    assertFinancialMenuOn(portal, ctx, true);
    const scope = portalScope(ctx);
    const { pdf, fileName } = await statementDocument(ctx.em, scope, portal, reservationId);
    const customer = await ctx.em.findOneOrFail(Customer, scope.customerId!);
    const [unit] = await query<{ name: string }>(ctx.em, 'select u.name from reservation r join unit u on u.id = r.unit_id where r.id = :id', { id: reservationId });
    const email = customer.email ?? (ctx.viewer.kind === 'account' ? ctx.viewer.account.email : null);
    if (!email) throw new BadInputError('email', 'Seu cadastro não tem e-mail: inclua um em Meus dados para receber o extrato.');
    const origin = ctx.origin ?? ctx.services.config.publicUrl ?? '';
    const mail = statementMail({ to: email, name: customer.name, portalName: portal.whiteLabelName || portal.name, unitName: unit!.name, link: `${origin}/financeiro`, pdf, fileName });
    // R-NOTIFY-4: through the queue, like every e-mail.
    const account = signedIn(ctx).account;
    await ctx.services.notifications.notify(ctx.em, {
      kind: NotificationKind.STATEMENT, dedupeKey: `statement:${reservationId}:${crypto.randomUUID()}`,
      recipients: [{ accountId: account.id, companyId: account.company.id, name: customer.name, email, phone: null }],
      content: () => ({ subject: mail.subject, text: mail.text, html: mail.html, link: mail.link, files: mail.attachments?.map((a) => ({ filename: a.filename, contentType: a.contentType, base64: a.content.toString('base64') })) }),
    });
    return email;
  }

  @Access('CUSTOMER')
  @Mutation(() => FinanceRequestView, { description: 'Pede ao ERP a 2ª via do boleto de uma parcela vencida; o portal mostra "emitindo" até o boleto chegar.' })
  async requestSecondCopy(@Arg('installmentId', () => ID) installmentId: string, @Ctx() ctx: Context): Promise<FinanceRequestView> {
    const { scope, company } = await this.sessionFinance(ctx);
    return ctx.services.finance.requestSecondCopy(ctx.em, scope, company, installmentId);
  }

  @Access('CUSTOMER')
  @Query(() => PrepaymentSimulationView, { description: 'R-FIN-11: simula a antecipação das parcelas escolhidas (nada é pedido).' })
  async simulatePrepayment(@Arg('installmentIds', () => [ID]) installmentIds: string[], @Ctx() ctx: Context): Promise<PrepaymentSimulationView> {
    const { scope, company } = await this.sessionFinance(ctx);
    const { simulation, rows } = await ctx.services.finance.simulate(ctx.em, scope, company, installmentIds);
    return {
      lines: simulation.lines.map((line) => {
        const row = rows.find((r) => r.id === line.installmentId)!;
        return { installmentId: row.id, number: row.number, series: row.series, dueDate: row.dueDate, days: line.days, amount: money(line.amountCents), presentValue: money(line.presentValueCents), discount: money(line.discountCents) };
      }),
      total: money(simulation.totalCents), presentValue: money(simulation.presentValueCents), discount: money(simulation.discountCents),
      terms: inLocale(say(`${(company.prepaymentRateBasisPoints / 100).toFixed(2).replace('.', ',')}% ao mês, ${METHOD_WORDS[company.prepaymentMethod].pt}`,
        `${(company.prepaymentRateBasisPoints / 100).toFixed(2)}% a month, ${METHOD_WORDS[company.prepaymentMethod].en}`), ctx.locale),
    };
  }

  @Access('CUSTOMER')
  @Mutation(() => FinanceRequestView, { description: 'R-FIN-11: confirma a antecipação simulada; o ERP emite o boleto (o portal mostra "emitindo" até ele chegar).' })
  async requestPrepayment(@Arg('installmentIds', () => [ID]) installmentIds: string[], @Ctx() ctx: Context): Promise<FinanceRequestView> {
    const { scope, company } = await this.sessionFinance(ctx);
    return ctx.services.finance.requestPrepayment(ctx.em, scope, company, installmentIds);
  }

  @Access('CUSTOMER')
  @Subscription(() => FinanceChange, {
    description: 'O financeiro de uma compra do cliente mudou (o ERP enviou parcelas ou boletos, um pedido foi emitido): leia de novo.',
    topics: 'finance.changed',
    filter: async ({ payload, context }: { payload: FinanceChanged; context: Context }) => (await mySales(context, payload.reservationIds)).length > 0,
  })
  myFinanceChanged(@Root() payload: FinanceChanged, @Ctx() ctx: Context): Promise<FinanceChange> {
    return mySales(ctx, payload.reservationIds).then((ids) => ({ reservationId: ids[0]! }));
  }

  @Access('CUSTOMER')
  @Query(() => [PaymentCardView], { description: 'R-FIN-6: os cartões do cliente (bandeira e final).' })
  async myPaymentCards(@Ctx() ctx: Context): Promise<PaymentCardView[]> {
    const { scope } = await this.sessionFinance(ctx);
    return ctx.em.find(PaymentCard, { customer: scope.customerId!, removedAt: null }, { orderBy: { createdAt: 'asc' } });
  }

  @Access('CUSTOMER')
  @Mutation(() => PaymentCardView, { description: 'R-FIN-6: inclui um cartão, tokenizado pelo serviço de pagamento (número e CVV nunca ficam no Habite).' })
  async addPaymentCard(@Arg('input', () => CardInputGql) input: CardInputGql, @Ctx() ctx: Context): Promise<PaymentCardView> {
    const { scope, company } = await this.sessionFinance(ctx);
    return ctx.services.finance.addCard(ctx.em, scope, company, input);
  }

  @Access('CUSTOMER')
  @Mutation(() => Boolean, { description: 'R-FIN-6: o titular troca a forma de pagamento de um plano entre boleto e cartão (o ERP é avisado pela fila).' })
  async setPaymentMethod(
    @Arg('planId', () => ID) planId: string,
    @Arg('method', () => PaymentMethod) method: PaymentMethod,
    @Arg('cardId', () => ID, { nullable: true }) cardId: string | null,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    const { scope, company } = await this.sessionFinance(ctx);
    await ctx.services.finance.setPaymentMethod(ctx.em, scope, company, planId, method, cardId ?? null);
    return true;
  }

  @Access('CUSTOMER')
  @Mutation(() => Boolean, { description: 'R-FIN-7 (obras): marca uma conta como paga, com o comprovante enviado antes em POST /files (finalidade PAYMENT_PROOF). Marcar de novo não muda nada.' })
  async markBillPaid(@Arg('billId', () => ID) billId: string, @Arg('proofFileId', () => ID) proofFileId: string, @Ctx() ctx: Context): Promise<boolean> {
    const { scope, company } = await this.sessionFinance(ctx);
    const account = ctx.viewer.kind === 'account' ? ctx.viewer.account : null;
    if (!account) throw new ForbiddenError();
    await ctx.services.finance.markBillPaid(ctx.em, scope, account, company, ctx.services.files, billId, proofFileId);
    return true;
  }

  @Access('STAFF')
  @StaffScope('Reservation (events of sales within the limit)')
  @Subscription(() => FinanceChange, {
    description: 'R-FIN-7: o financeiro de uma venda da empresa mudou (uma conta marcada como paga, um boleto do ERP): as telas da equipe leem de novo.',
    topics: 'finance.changed',
    // R-OPS-4: of the company's sales, those the member reaches — by the one staff scope.
    filter: async ({ payload, context }: { payload: FinanceChanged; context: Context }) =>
      Boolean(context.staff) && (await idsInScope(context.em.fork(), context.staff!, Reservation, payload.reservationIds)).length > 0,
  })
  staffFinanceChanged(@Root() payload: FinanceChanged): FinanceChange {
    return { reservationId: payload.reservationIds[0]! };
  }

  private async sessionFinance(ctx: Context) {
    const portal = sessionPortal(ctx);
    assertFinancialMenuOn(portal, ctx);
    return { scope: portalScope(ctx), company: await ctx.em.findOneOrFail(Company, portal.company.id) };
  }
}

@Resolver(() => BillView)
export class BillViewResolver {
  @FieldResolver(() => String, { nullable: true, description: 'R-FIN-8: o QR code do PIX, em SVG (sem endereços externos).' })
  pixQrSvg(@Root() bill: BillView): Promise<string> | null {
    return bill.pixCode ? pixQrSvg(bill.pixCode) : null;
  }
}

/** Of these sales, those the subscriber takes part in (holder or associate). */
async function mySales(ctx: Context, reservationIds: string[]): Promise<string[]> {
  const scope = portalScope(ctx);
  if (!scope.customerId) return [];
  const rows = await query<{ id: string }>(ctx.em.fork(), `select r.id from reservation r where r.id = any(cast(:ids as uuid[]))
      and (r.holder_id = :customer or exists (select 1 from reservation_associate ra where ra.reservation_id = r.id and ra.customer_id = :customer))`,
    { ids: reservationIds, customer: scope.customerId });
  return rows.map((r) => r.id);
}
