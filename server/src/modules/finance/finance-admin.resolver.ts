import { Arg, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Query, registerEnumType, Resolver } from 'type-graphql';
import { ShowsImpact } from '../visibility/impact/impact.middleware.js';
import { BadInputError } from '../../domain-errors.js';
import { Access, StaffScope } from '../../graphql/access.js';
import type { Context } from '../../graphql/context.js';
import { inLocale } from '../../locale.js';
import { applyPatch } from '../audit/audited-change.js';
import { Account } from '../auth/account.entity.js';
import { ALL_PORTAL_PERMISSIONS, AccountKind, PortalPermission } from '../auth/account.enums.js';
import { fileUrl } from '../files/stored-file.entity.js';
import { Company } from '../company/company.entity.js';
import { Customer } from '../customers/customer.entity.js';
import { Block } from '../developments/block.entity.js';
import { Development } from '../developments/development.entity.js';
import { findInScope, getInScope, idsInScope, LOCKED_WRITE } from '../scope/staff-scope.js';
import { Reservation } from '../customers/reservation.entity.js';
import type { StaffViewer } from '../scope/staff-viewer.js';
import { evaluate } from '../visibility/explain.js';
import { NO_ACCOUNT, pickHostname, pickPortal } from '../visibility/explainer.service.js';
import type { ViewerScope } from '../visibility/rule.js';
import { requireStaff } from '../visibility/scope.js';
import { query } from '../visibility/sql.js';
import { BillingBlock, BillingBlockSource } from './billing-block.entity.js';
import { loadBillFacts, loadInstallmentFacts } from './finance-facts.js';
import { billRules, billSaleSql, installmentRules } from './finance.rules.js';
import { installmentState, todayOf } from './finance.service.js';
import { InstallmentStateEnum, Money, money } from './finance.types.js';
import { PrepaymentMethod } from './prepayment-method.js';
import { checkPrepaymentTerms } from './prepayment.js';
import { BillStatus } from './bill.entity.js';
import { logPersonalDataRead } from '../privacy/access-log.js';
import { PersonalDataKind } from '../privacy/privacy.enums.js';

@InputType({ description: 'As regras financeiras da empresa (SPEC §8); as omitidas ficam como estão.' })
class FinancialRulesInput {
  @Field(() => Boolean, { nullable: true }) overdueBlocksBills?: boolean;
  @Field(() => Boolean, { nullable: true }) secondCopyAllowed?: boolean;
  @Field(() => Boolean, { nullable: true }) prepaymentAllowed?: boolean;
  @Field(() => Int, { nullable: true }) prepaymentRateBasisPoints?: number;
  @Field(() => PrepaymentMethod, { nullable: true }) prepaymentMethod?: PrepaymentMethod;
  @Field(() => Boolean, { nullable: true }) cardPaymentAllowed?: boolean;
}

@InputType({ description: 'R-FIN-10: um bloqueio de emissão de boletos num empreendimento ou num bloco dele.' })
export class BillingBlockInput {
  @Field(() => ID) developmentId!: string;
  @Field(() => ID, { nullable: true, description: 'Sem bloco: o empreendimento inteiro.' }) blockId?: string | null;
  @Field(() => String, { description: 'O motivo, em palavras que o cliente lê no portal.' }) reason!: string;
}

@ObjectType({ description: 'R-FIN-10: um bloqueio de emissão de boletos.' })
class BillingBlockView {
  @Field(() => ID) id!: string;
  @Field(() => ID) developmentId!: string;
  @Field(() => String) developmentName!: string;
  @Field(() => ID, { nullable: true }) blockId!: string | null;
  @Field(() => String, { nullable: true }) blockName!: string | null;
  @Field(() => String) reason!: string;
  @Field(() => BillingBlockSource) source!: BillingBlockSource;
  @Field(() => Boolean) active!: boolean;
  @Field(() => Date) createdAt!: Date;
  @Field(() => String, { nullable: true }) createdByName!: string | null;
  @Field(() => Date, { nullable: true }) endedAt!: Date | null;
  @Field(() => String, { nullable: true }) endedByName!: string | null;
  @Field(() => Int, { description: 'Clientes com parcelas em aberto nas unidades alcançadas.' }) customersHeld!: number;
}

export enum FinanceRecordKind {
  INSTALLMENT = 'INSTALLMENT',
  BILL = 'BILL',
}
registerEnumType(FinanceRecordKind, { name: 'FinanceRecordKind', description: 'Parcela ou boleto.' });

@ObjectType({ description: 'Uma parcela ou um boleto de uma venda, e se o cliente o vê (e, se não, a primeira regra que falha).' })
class StaffFinanceRecord {
  @Field(() => FinanceRecordKind) kind!: FinanceRecordKind;
  @Field(() => ID) id!: string;
  @Field(() => String) description!: string;
  @Field(() => String) dueDate!: string;
  @Field(() => Money) amount!: Money;
  @Field(() => InstallmentStateEnum, { nullable: true, description: 'Parcelas: paga, vencida, vence hoje, a vencer.' }) state!: InstallmentStateEnum | null;
  @Field(() => BillStatus, { nullable: true, description: 'Boletos: a situação.' }) billStatus!: BillStatus | null;
  @Field(() => Boolean, { description: 'R-FIN-9: boleto substituído por outro.' }) superseded!: boolean;
  @Field(() => Boolean) visible!: boolean;
  @Field(() => String, { nullable: true, description: 'A regra que falha (ex.: R-FIN-1).' }) failedRule!: string | null;
  @Field(() => String, { nullable: true, description: 'Por que o cliente não vê, em palavras.' }) reason!: string | null;
  @Field(() => Date, { nullable: true, description: 'R-FIN-7: marcado como pago pelo portal em.' }) markedPaidAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'R-FIN-7: por quem.' }) markedPaidByName!: string | null;
  @Field(() => String, { nullable: true, description: 'R-FIN-7: o comprovante.' }) proofUrl!: string | null;
}

@ObjectType({ description: 'O financeiro de uma venda como a equipe o vê: cada parcela e boleto, e o que o cliente vê.' })
class StaffSaleFinance {
  @Field(() => ID) reservationId!: string;
  @Field(() => String) unitName!: string;
  @Field(() => String) developmentName!: string;
  @Field(() => String, { nullable: true, description: 'O código da venda no ERP.' }) saleCode!: string | null;
  @Field(() => Boolean, { description: 'O cliente é o titular (não um associado).' }) holder!: boolean;
  @Field(() => ID) portalId!: string;
  @Field(() => String) portalName!: string;
  @Field(() => [StaffFinanceRecord], { complexity: 200 }) records!: StaffFinanceRecord[];
}

const MAX_RATE = 1000;

@Resolver()
export class FinanceAdminResolver {
  @Access('ADMIN')
  @StaffScope('Company (write)')
  @Mutation(() => Company, { description: 'SPEC §8: regra de inadimplência, 2ª via, antecipação (taxa e método) e pagamento com cartão da empresa (auditado, R-SET-2).' })
  updateFinancialRules(@Arg('input', () => FinancialRulesInput) input: FinancialRulesInput, @Ctx() ctx: Context): Promise<Company> {
    const staff = requireStaff(ctx);
    const patch = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined && v !== null)) as Partial<Company>;
    if (patch.prepaymentRateBasisPoints !== undefined) {
      const rate = patch.prepaymentRateBasisPoints;
      if (!Number.isInteger(rate) || rate < 0 || rate > MAX_RATE) throw new BadInputError('prepaymentRateBasisPoints', 'A taxa da antecipação vai de 0,00% a 10,00% ao mês.');
    }
    return ctx.em.transactional(async (tx) => {
      const company = await getInScope(tx, staff, Company, staff.companyId, LOCKED_WRITE);
      checkPrepaymentTerms({ monthlyRateBasisPoints: patch.prepaymentRateBasisPoints ?? company.prepaymentRateBasisPoints, method: patch.prepaymentMethod ?? company.prepaymentMethod });
      const { before, after } = applyPatch(company, patch);
      if (Object.keys(after).length) ctx.services.audit.staffChange(tx, staff, { action: 'company.financial.update', targetType: 'Company', targetId: company.id, before, after });
      return company;
    });
  }

  @Access('STAFF')
  @StaffScope('BillingBlock (of developments within the limit)')
  @Query(() => [BillingBlockView], { description: 'R-FIN-10: os bloqueios de emissão de um empreendimento (ou de todos), ativos primeiro.' })
  async billingBlocks(@Arg('developmentId', () => ID, { nullable: true }) developmentId: string | null, @Ctx() ctx: Context): Promise<BillingBlockView[]> {
    const staff = requireStaff(ctx);
    if (developmentId) await getInScope(ctx.em, staff, Development, developmentId);
    return blockViews(ctx, staff, developmentId ? { developmentId } : {});
  }

  @Access('ADMIN', 'MANAGER')
  @StaffScope('Development, Block')
  @ShowsImpact()
  @Mutation(() => BillingBlockView, { description: 'R-FIN-10: bloqueia a emissão de boletos num empreendimento ou bloco, com o motivo que o cliente lê (auditado).' })
  async createBillingBlock(@Arg('input', () => BillingBlockInput) input: BillingBlockInput, @Ctx() ctx: Context): Promise<BillingBlockView> {
    const staff = requireStaff(ctx);
    const reason = input.reason.trim().replace(/\s+/g, ' ');
    if (reason.length < 10) throw new BadInputError('reason', 'Explique o motivo em uma frase (ao menos 10 caracteres): é o que o cliente lê no portal.');
    if (reason.length > 500) throw new BadInputError('reason', 'O motivo deve ter no máximo 500 caracteres.');
    const id = await ctx.em.transactional(async (tx) => {
      const development = await getInScope(tx, staff, Development, input.developmentId, { mode: 'write' });
      const block = input.blockId ? await getInScope(tx, staff, Block, input.blockId, { mode: 'write' }) : null;
      if (block && block.development.id !== development.id) throw new BadInputError('blockId', 'O bloco não é deste empreendimento.');
      const created = tx.create(BillingBlock, {
        company: staff.companyId, development, block, reason, source: BillingBlockSource.STAFF, createdBy: tx.getReference(Account, staff.account.id), createdAt: ctx.services.clock.now(),
      });
      ctx.services.audit.staffChange(tx, staff, { action: 'billingBlock.create', targetType: 'BillingBlock', targetId: created.id, after: { developmentId: development.id, blockId: block?.id ?? null, reason } });
      return created.id;
    });
    await announce(ctx, id);
    return (await blockViews(ctx, staff, { id }))[0]!;
  }

  @Access('ADMIN', 'MANAGER')
  @StaffScope('BillingBlock (write)')
  @ShowsImpact()
  @Mutation(() => BillingBlockView, { description: 'R-FIN-10: retira um bloqueio de emissão (fica no histórico; auditado). Retirar de novo não muda nada.' })
  async liftBillingBlock(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<BillingBlockView> {
    const staff = requireStaff(ctx);
    const lifted = await ctx.em.transactional(async (tx) => {
      const block = await getInScope(tx, staff, BillingBlock, id, LOCKED_WRITE);
      if (!block.active) return false;
      const { before, after } = applyPatch(block, { active: false, endedAt: ctx.services.clock.now(), endedBy: tx.getReference(Account, staff.account.id) });
      ctx.services.audit.staffChange(tx, staff, { action: 'billingBlock.lift', targetType: 'BillingBlock', targetId: block.id, before: { active: before.active }, after: { active: after.active } });
      return true;
    });
    if (lifted) await announce(ctx, id);
    return (await blockViews(ctx, staff, { id }))[0]!;
  }

  @Access('ADMIN', 'MANAGER')
  @StaffScope('Account (write)')
  @Mutation(() => Account, { description: 'R-WORK-3: as permissões de um usuário do portal (ver o financeiro, marcar contas como pagas); auditado.' })
  setPortalPermissions(
    @Arg('accountId', () => ID) accountId: string,
    @Arg('permissions', () => [PortalPermission]) permissions: PortalPermission[],
    @Ctx() ctx: Context,
  ): Promise<Account> {
    const staff = requireStaff(ctx);
    const wanted = ALL_PORTAL_PERMISSIONS.filter((p) => permissions.includes(p));
    return ctx.em.transactional(async (tx) => {
      const account = await getInScope(tx, staff, Account, accountId, LOCKED_WRITE);
      if (account.kind !== AccountKind.CUSTOMER) throw new BadInputError('accountId', 'Permissões do portal são de clientes.');
      const { before, after } = applyPatch(account, { portalPermissions: wanted });
      if (Object.keys(after).length) ctx.services.audit.staffChange(tx, staff, { action: 'account.portalPermissions.update', targetType: 'Account', targetId: account.id, before, after });
      ctx.services.sessions.changed({ accountIds: [account.id] });
      return account;
    });
  }

  @Access('STAFF')
  @StaffScope('Customer (sales within the limit)')
  @Query(() => [StaffSaleFinance], { description: 'SPEC §8, R-EXPLAIN-1: cada parcela e boleto das vendas do cliente, e se ele o vê — e, se não, a regra que falha.' })
  async customerFinance(@Arg('customerId', () => ID) customerId: string, @Ctx() ctx: Context): Promise<StaffSaleFinance[]> {
    const staff = requireStaff(ctx);
    const customer = await getInScope(ctx.em, staff, Customer, customerId);
    await logPersonalDataRead(ctx.em, staff, customer.id, PersonalDataKind.FINANCE, ctx.services.clock.now());
    const account = await ctx.em.findOne(Account, { customer });
    const all = await query<{ id: string; unitName: string; developmentId: string; developmentName: string; saleCode: string | null; holder: boolean }>(ctx.em, `
      select r.id, u.name as "unitName", d.id as "developmentId", d.name as "developmentName", r.erp_code as "saleCode", r.holder_id = :customer as holder
        from reservation r join unit u on u.id = r.unit_id join development d on d.id = u.development_id
       where r.holder_id = :customer or exists (select 1 from reservation_associate ra where ra.reservation_id = r.id and ra.customer_id = :customer)
       order by d.name, u.name`, { customer: customer.id });
    // R-OPS-4: the sales within the member's reach, by the one staff scope.
    const reachable = new Set((await idsInScope(ctx.em, staff, Reservation, all.map((s) => s.id))).map((r) => r.id));
    const sales = all.filter((s) => reachable.has(s.id));
    const now = ctx.services.clock.now();
    const result: StaffSaleFinance[] = [];
    for (const sale of sales) {
      const portal = await pickPortal(ctx.em, staff, null, sale.developmentId).catch(() => null);
      if (!portal) continue;
      const hostname = await pickHostname(ctx.em, portal.id, sale.developmentId);
      const scope: ViewerScope = { accountId: account?.id ?? NO_ACCOUNT, customerId: customer.id, syndicId: null, portalId: portal.id, hostname, now };
      const today = todayOf(scope);
      const installments = await query<{ id: string; series: string; number: number; dueDate: string; amountCents: number; paidAt: string | null }>(ctx.em, `
        select i.id, ip.series, i.number, cast(i.due_date as text) as "dueDate", cast(i.amount_cents as float8) as "amountCents", cast(i.paid_at as text) as "paidAt"
          from installment i join installment_plan ip on ip.id = i.plan_id where ip.reservation_id = :id order by ip.series, i.due_date, i.number`, { id: sale.id });
      const bills = await query<{ id: string; dueDate: string; amountCents: number; status: BillStatus; superseded: boolean; installmentId: string | null; markedPaidAt: Date | null; markedPaidByName: string | null; proofFileId: string | null }>(ctx.em, `
        select bl.id, cast(bl.due_date as text) as "dueDate", cast(bl.amount_cents as float8) as "amountCents", bl.status, bl.superseded_by_id is not null as superseded, bl.installment_id as "installmentId",
               bl.marked_paid_at as "markedPaidAt", mp.name as "markedPaidByName", bl.proof_file_id as "proofFileId"
          from bill bl left join account mp on mp.id = bl.marked_paid_by_id where ${billSaleSql('bl')} = :id order by bl.due_date, bl.created_at`, { id: sale.id });
      const iFacts = await loadInstallmentFacts(ctx.em, scope, installments.map((i) => i.id));
      const bFacts = await loadBillFacts(ctx.em, scope, bills.map((b) => b.id));
      const seen = (checks: ReturnType<typeof evaluate>) => {
        const failed = checks.find((c) => !c.passed);
        return { visible: !failed, failedRule: failed?.ruleId ?? null, reason: failed ? inLocale(failed.detail, ctx.locale) : null };
      };
      const label = new Map(installments.map((i) => [i.id, `${i.series} — parcela ${i.number}`]));
      result.push({
        reservationId: sale.id, unitName: sale.unitName, developmentName: sale.developmentName, saleCode: sale.saleCode, holder: sale.holder, portalId: portal.id, portalName: portal.name,
        records: [
          ...installments.map((i) => ({
            kind: FinanceRecordKind.INSTALLMENT, id: i.id, description: label.get(i.id)!, dueDate: i.dueDate, amount: money(i.amountCents),
            state: installmentState(i, today) as InstallmentStateEnum, billStatus: null, superseded: false, markedPaidAt: null, markedPaidByName: null, proofUrl: null,
            ...seen(evaluate(installmentRules, iFacts.get(i.id)!)),
          })),
          ...bills.map((b) => ({
            kind: FinanceRecordKind.BILL, id: b.id, description: b.installmentId ? `Boleto — ${label.get(b.installmentId) ?? 'parcela'}` : 'Boleto avulso', dueDate: b.dueDate,
            amount: money(b.amountCents), state: null, billStatus: b.status, superseded: b.superseded, markedPaidAt: b.markedPaidAt ? new Date(b.markedPaidAt) : null, markedPaidByName: b.markedPaidByName,
            proofUrl: b.proofFileId ? fileUrl(b.proofFileId) : null, ...seen(evaluate(billRules, bFacts.get(b.id)!)),
          })),
        ],
      });
    }
    return result;
  }
}

/** Billing blocks as the admin app lists them, within the member's reach. */
async function blockViews(ctx: Context, staff: StaffViewer, where: { id?: string; developmentId?: string }): Promise<BillingBlockView[]> {
  // R-OPS-4: which blocks, by the one staff scope; then what the screen shows of them.
  const ids = (await findInScope(ctx.em, staff, BillingBlock, { ...(where.id ? { id: where.id } : {}), ...(where.developmentId ? { development: where.developmentId } : {}) })).map((b) => b.id);
  if (!ids.length) return [];
  const rows = await query<BillingBlockView>(ctx.em, `
    select bb.id, d.id as "developmentId", d.name as "developmentName", bk.id as "blockId", bk.name as "blockName", bb.reason, bb.source, bb.active,
           bb.created_at as "createdAt", ca.name as "createdByName", bb.ended_at as "endedAt", ea.name as "endedByName",
           (select cast(count(distinct r.holder_id) as int) from unit u join reservation r on r.unit_id = u.id and r.status = 'SOLD'
              join installment_plan ip on ip.reservation_id = r.id join installment i on i.plan_id = ip.id and i.paid_at is null
             where u.development_id = d.id and (bb.block_id is null or u.block_id = bb.block_id)) as "customersHeld"
      from billing_block bb join development d on d.id = bb.development_id left join block bk on bk.id = bb.block_id
      left join account ca on ca.id = bb.created_by_id left join account ea on ea.id = bb.ended_by_id
     where bb.id = any(cast(:ids as uuid[]))
     order by bb.active desc, bb.created_at desc limit 200`, { ids });
  return rows.map((row) => ({ ...row, createdAt: new Date(row.createdAt), endedAt: row.endedAt ? new Date(row.endedAt) : null }));
}

/** A block set or lifted changes what its customers' Financeiro shows: they read it again. */
async function announce(ctx: Context, blockId: string): Promise<void> {
  const sales = await query<{ id: string }>(ctx.em, `select r.id from billing_block bb join unit u on u.development_id = bb.development_id and (bb.block_id is null or u.block_id = bb.block_id)
      join reservation r on r.unit_id = u.id where bb.id = :id`, { id: blockId });
  const staff = requireStaff(ctx);
  if (sales.length) ctx.services.pubsub.publish('finance.changed', { companyId: staff.companyId, reservationIds: sales.map((s) => s.id) });
}
