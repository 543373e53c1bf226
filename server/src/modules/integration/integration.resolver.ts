import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { Access, ForTokens, StaffScope } from '../../graphql/access.js';
import type { Context } from '../../graphql/context.js';
import { TokenScope } from './api-token.entity.js';
import { integrationCaller } from './integration-caller.js';
import { KINDS } from './upsert/kinds.js';
import { UpsertResult } from './upsert/upsert-result.js';
import {
  AssociationTypeBatch, BillBatch, BillingBlockBatch, type BillingBlockRow, BlockBatch, ContractBatch, ContractTypeBatch, CustomerBatch, DevelopmentBatch, InstallmentBatch, InstallmentPlanBatch,
  ReservationBatch, StageBatch, UnitBatch, type AssociationTypeRow, type Batch, type BillRow, type BlockRow, type ContractRow, type ContractTypeRow,
  type CustomerRow, type DevelopmentRow, type InstallmentPlanRow, type InstallmentRow, type ReservationRow, type StageRow, type UnitRow,
} from './upsert/upsert.inputs.js';
import type { KindSpec } from './upsert/upsert.service.js';

async function upsert<R extends { code: string }>(ctx: Context, spec: KindSpec<R>, batch: Batch<R>): Promise<UpsertResult> {
  const result = await ctx.services.upserts.upsert(ctx.em, integrationCaller(ctx), spec, batch);
  ctx.apiRows += batch.rows.length;
  // Answered without an error, but nothing written: its call log says so (not "OK").
  if (!result.applied) ctx.apiOutcome = 'ROWS_REFUSED';
  return result;
}

/**
 * R-SYNC-2: one mutation per kind the ERP sends, up to 5,000 rows each, all or nothing, idempotent
 * by key. For API tokens with the INTEGRATION scope, and for ADMINs (a manual load).
 */
@Resolver()
export class UpsertResolver {
  @Access('ADMIN') @ForTokens(TokenScope.INTEGRATION) @StaffScope('Development (company-wide: the ERP loads the whole company)')
  @Mutation(() => UpsertResult, { description: 'R-SYNC-2: grava empreendimentos e obras pelo código do ERP.' })
  upsertDevelopments(@Arg('input', () => DevelopmentBatch) input: Batch<DevelopmentRow>, @Ctx() ctx: Context) {
    return upsert(ctx, KINDS.developments, input);
  }

  @Access('ADMIN') @ForTokens(TokenScope.INTEGRATION) @StaffScope('Block (company-wide)')
  @Mutation(() => UpsertResult, { description: 'R-SYNC-2: grava blocos (torres) ou quadras; cada um diz o código do seu empreendimento.' })
  upsertBlocks(@Arg('input', () => BlockBatch) input: Batch<BlockRow>, @Ctx() ctx: Context) {
    return upsert(ctx, KINDS.blocks, input);
  }

  @Access('ADMIN') @ForTokens(TokenScope.INTEGRATION) @StaffScope('Stage (company-wide)')
  @Mutation(() => UpsertResult, { description: 'R-SYNC-2: grava etapas de empreendimentos.' })
  upsertStages(@Arg('input', () => StageBatch) input: Batch<StageRow>, @Ctx() ctx: Context) {
    return upsert(ctx, KINDS.stages, input);
  }

  @Access('ADMIN') @ForTokens(TokenScope.INTEGRATION) @StaffScope('Unit (company-wide)')
  @Mutation(() => UpsertResult, { description: 'R-SYNC-2: grava unidades e lotes (empreendimento, bloco e etapa pelos códigos).' })
  upsertUnits(@Arg('input', () => UnitBatch) input: Batch<UnitRow>, @Ctx() ctx: Context) {
    return upsert(ctx, KINDS.units, input);
  }

  @Access('ADMIN') @ForTokens(TokenScope.INTEGRATION) @StaffScope('Customer (company-wide)')
  @Mutation(() => UpsertResult, { description: 'R-SYNC-2: grava clientes (CPF/CNPJ conferido); um cliente novo com e-mail ganha um acesso, sem senha, para a equipe convidar.' })
  upsertCustomers(@Arg('input', () => CustomerBatch) input: Batch<CustomerRow>, @Ctx() ctx: Context) {
    return upsert(ctx, KINDS.customers, input);
  }

  @Access('ADMIN') @ForTokens(TokenScope.INTEGRATION) @StaffScope('AssociationType (company-wide)')
  @Mutation(() => UpsertResult, { description: 'R-SYNC-2: grava tipos de associação (o que associados veem).' })
  upsertAssociationTypes(@Arg('input', () => AssociationTypeBatch) input: Batch<AssociationTypeRow>, @Ctx() ctx: Context) {
    return upsert(ctx, KINDS.associationTypes, input);
  }

  @Access('ADMIN') @ForTokens(TokenScope.INTEGRATION) @StaffScope('Reservation (company-wide)')
  @Mutation(() => UpsertResult, { description: 'R-SYNC-2: grava reservas (vendas): unidade, titular, situação e associados. Uma venda Vendida mostra a unidade no portal na hora (R-UNIT-1).' })
  upsertReservations(@Arg('input', () => ReservationBatch) input: Batch<ReservationRow>, @Ctx() ctx: Context) {
    return upsert(ctx, KINDS.reservations, input);
  }

  @Access('ADMIN') @ForTokens(TokenScope.INTEGRATION) @StaffScope('ContractType (company-wide)')
  @Mutation(() => UpsertResult, { description: 'R-SYNC-2: grava tipos de contrato.' })
  upsertContractTypes(@Arg('input', () => ContractTypeBatch) input: Batch<ContractTypeRow>, @Ctx() ctx: Context) {
    return upsert(ctx, KINDS.contractTypes, input);
  }

  @Access('ADMIN') @ForTokens(TokenScope.INTEGRATION) @StaffScope('Contract (company-wide)')
  @Mutation(() => UpsertResult, { description: 'R-SYNC-2: grava contratos de reservas (assinado, validado, tipo).' })
  upsertContracts(@Arg('input', () => ContractBatch) input: Batch<ContractRow>, @Ctx() ctx: Context) {
    return upsert(ctx, KINDS.contracts, input);
  }

  @Access('ADMIN') @ForTokens(TokenScope.INTEGRATION) @StaffScope('InstallmentPlan (company-wide)')
  @Mutation(() => UpsertResult, { description: 'R-SYNC-2: grava planos de parcelas (série, forma de pagamento, os cinco códigos do ERP).' })
  upsertInstallmentPlans(@Arg('input', () => InstallmentPlanBatch) input: Batch<InstallmentPlanRow>, @Ctx() ctx: Context) {
    return upsert(ctx, KINDS.installmentPlans, input);
  }

  @Access('ADMIN') @ForTokens(TokenScope.INTEGRATION) @StaffScope('Installment (company-wide)')
  @Mutation(() => UpsertResult, { description: 'R-SYNC-2: grava parcelas (vencimento, valor, pagamento), em centavos por dentro.' })
  upsertInstallments(@Arg('input', () => InstallmentBatch) input: Batch<InstallmentRow>, @Ctx() ctx: Context) {
    return upsert(ctx, KINDS.installments, input);
  }

  @Access('ADMIN') @ForTokens(TokenScope.INTEGRATION) @StaffScope('Bill (company-wide)')
  @Mutation(() => UpsertResult, { description: 'R-SYNC-2: grava boletos (linha digitável conferida, PIX conferido, 2ª via por supersededByCode).' })
  upsertBills(@Arg('input', () => BillBatch) input: Batch<BillRow>, @Ctx() ctx: Context) {
    return upsert(ctx, KINDS.bills, input);
  }

  @Access('ADMIN') @ForTokens(TokenScope.INTEGRATION) @StaffScope('BillingBlock (company-wide)')
  @Mutation(() => UpsertResult, { description: 'R-FIN-10: grava bloqueios de emissão de boletos do ERP (empreendimento ou bloco, com o motivo que o cliente lê); active: false retira o bloqueio.' })
  upsertBillingBlocks(@Arg('input', () => BillingBlockBatch) input: Batch<BillingBlockRow>, @Ctx() ctx: Context) {
    return upsert(ctx, KINDS.billingBlocks, input);
  }
}
