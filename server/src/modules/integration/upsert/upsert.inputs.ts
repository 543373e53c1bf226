import { Field, ID, InputType, Int, type ClassType } from 'type-graphql';
import { ReservationStatus } from '../../customers/reservation.entity.js';
import { DevelopmentKind, DevelopmentStatus } from '../../developments/development.entity.js';
import { BillPayer, BillStatus } from '../../finance/bill.entity.js';
import { PaymentMethod } from '../../finance/installment-plan.entity.js';
import '../../finance/finance-enums.js';

/**
 * R-SYNC-2: the rows the ERP sends, one input per kind. Every row is keyed by `code` (the ERP's
 * own code, unique per kind within the company) and names what it belongs to by the ERP's codes
 * (`developmentCode`, `saleCode`…), never by Habite's ids. Dates are `aaaa-mm-dd`; money is a
 * decimal string in reais (`"1234.56"`).
 */

@InputType({ description: 'Empreendimento ou obra.' })
export class DevelopmentRow {
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => DevelopmentKind, { nullable: true, description: 'DEVELOPMENT (em unidades) ou WORK (obra por administração); padrão DEVELOPMENT.' }) kind?: DevelopmentKind | null;
  @Field(() => String, { nullable: true, description: 'Previsão de entrega, aaaa-mm-dd.' }) deliveryDate?: string | null;
  @Field(() => DevelopmentStatus, { nullable: true }) status?: DevelopmentStatus | null;
}

@InputType({ description: 'Bloco (torre) ou quadra de um empreendimento.' })
export class BlockRow {
  @Field(() => String) code!: string;
  @Field(() => String) developmentCode!: string;
  @Field(() => String) name!: string;
}

@InputType({ description: 'Etapa de um empreendimento.' })
export class StageRow {
  @Field(() => String) code!: string;
  @Field(() => String) developmentCode!: string;
  @Field(() => String) name!: string;
}

@InputType({ description: 'Unidade ou lote.' })
export class UnitRow {
  @Field(() => String) code!: string;
  @Field(() => String) developmentCode!: string;
  @Field(() => String, { nullable: true, description: 'O bloco, do mesmo empreendimento.' }) blockCode?: string | null;
  @Field(() => String, { nullable: true, description: 'A etapa, do mesmo empreendimento.' }) stageCode?: string | null;
  @Field(() => String) name!: string;
}

@InputType({ description: 'Cliente (CPF ou CNPJ, conferido pelos dígitos; CNPJ alfanumérico aceito). Um cliente novo com e-mail ganha um acesso (sem senha: a equipe envia o convite).' })
export class CustomerRow {
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { description: 'CPF ou CNPJ, com ou sem pontuação.' }) document!: string;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => String, { nullable: true }) phone?: string | null;
}

@InputType({ description: 'Tipo de associação (cônjuge, fiador, procurador…).' })
export class AssociationTypeRow {
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => Boolean, { description: 'R-UNIT-1: "Visualiza Unidades Portal".' }) seesUnitsInPortal!: boolean;
  @Field(() => Boolean, { description: 'R-FIN-3: vê os boletos do titular.' }) seesHolderBills!: boolean;
}

@InputType({ description: 'Um associado de uma reserva.' })
export class ParticipantRow {
  @Field(() => String) customerCode!: string;
  @Field(() => String) associationTypeCode!: string;
}

@InputType({ description: 'Reserva (venda) de uma unidade: titular, situação e associados (a lista substitui a anterior).' })
export class ReservationRow {
  @Field(() => String, { description: 'O código da venda no ERP.' }) code!: string;
  @Field(() => String) unitCode!: string;
  @Field(() => String, { description: 'O código do cliente titular.' }) holderCode!: string;
  @Field(() => ReservationStatus) status!: ReservationStatus;
  @Field(() => [ParticipantRow], { nullable: true, description: 'Os associados; ausente: ficam os que já estavam.' }) participants?: ParticipantRow[] | null;
}

@InputType({ description: 'Tipo de contrato.' })
export class ContractTypeRow {
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => Boolean, { description: 'R-CONTRACT-3: exibir ao cliente.' }) visibleToCustomer!: boolean;
}

@InputType({ description: 'Contrato de uma reserva.' })
export class ContractRow {
  @Field(() => String) code!: string;
  @Field(() => String, { description: 'O código da venda (reserva).' }) saleCode!: string;
  @Field(() => String) typeCode!: string;
  @Field(() => String) title!: string;
  @Field(() => Boolean) signed!: boolean;
  @Field(() => Boolean) validated!: boolean;
  @Field(() => Date, { nullable: true }) signedAt?: Date | null;
}

@InputType({ description: 'R-FIN-1: os códigos do ERP de empresa, empreendimento, unidade, cliente e venda que acompanham um registro financeiro.' })
class WithErpCodesRow {
  @Field(() => String, { nullable: true }) companyCode?: string | null;
  @Field(() => String, { nullable: true }) developmentCode?: string | null;
  @Field(() => String, { nullable: true }) unitCode?: string | null;
  @Field(() => String, { nullable: true }) customerCode?: string | null;
  @Field(() => String, { nullable: true }) saleCode?: string | null;
}

@InputType({ description: 'Plano de parcelas de uma venda (entrada, mensais, chaves…).' })
export class InstallmentPlanRow extends WithErpCodesRow {
  @Field(() => String) code!: string;
  @Field(() => String, { description: 'A série, como o ERP a chama ("Mensais", "Chaves").' }) series!: string;
  @Field(() => PaymentMethod, { nullable: true }) paymentMethod?: PaymentMethod | null;
}

@InputType({ description: 'Parcela de um plano.' })
export class InstallmentRow extends WithErpCodesRow {
  @Field(() => String) code!: string;
  @Field(() => String) planCode!: string;
  @Field(() => Int) number!: number;
  @Field(() => String, { description: 'Vencimento, aaaa-mm-dd.' }) dueDate!: string;
  @Field(() => String, { description: 'Valor em reais, decimal com ponto ("1234.56").' }) amount!: string;
  @Field(() => String, { nullable: true, description: 'Valor pago, em reais.' }) paidAmount?: string | null;
  @Field(() => String, { nullable: true, description: 'Data do pagamento, aaaa-mm-dd.' }) paidAt?: string | null;
}

@InputType({ description: 'Boleto: de uma parcela ou avulso, com a linha digitável (47 dígitos, conferidos) e, se houver, o PIX copia e cola.' })
export class BillRow extends WithErpCodesRow {
  @Field(() => String) code!: string;
  @Field(() => String, { nullable: true, description: 'A parcela; sem ela, é um boleto avulso.' }) installmentCode?: string | null;
  @Field(() => String, { description: 'Vencimento, aaaa-mm-dd.' }) dueDate!: string;
  @Field(() => String, { description: 'Valor em reais ("1234.56").' }) amount!: string;
  @Field(() => String, { description: 'Linha digitável, com ou sem pontuação.' }) digitableLine!: string;
  @Field(() => String, { nullable: true, description: 'PIX copia e cola (BR Code).' }) pixCode?: string | null;
  @Field(() => BillStatus) status!: BillStatus;
  @Field(() => String, { nullable: true, description: 'R-FIN-9: o boleto (2ª via) que substitui este.' }) supersededByCode?: string | null;
  @Field(() => BillPayer, { nullable: true, description: 'R-FIN-7 (obras): quem paga — o cliente (padrão) ou a construtora.' }) payer?: BillPayer | null;
  @Field(() => ID, { nullable: true, description: 'O pedido do portal (2ª via, antecipação) que este boleto atende: o portal deixa de mostrar "emitindo". Vem no payload da mensagem da fila (portalRequestId).' }) portalRequestId?: string | null;
}

@InputType({ description: 'R-FIN-10: um bloqueio de emissão de boletos do ERP, num empreendimento ou num bloco dele.' })
export class BillingBlockRow {
  @Field(() => String) code!: string;
  @Field(() => String) developmentCode!: string;
  @Field(() => String, { nullable: true, description: 'Sem bloco: o empreendimento inteiro.' }) blockCode?: string | null;
  @Field(() => String, { description: 'O motivo, em palavras que o cliente lê no portal.' }) reason!: string;
  @Field(() => Boolean, { description: 'false: o bloqueio foi retirado (fica no histórico).' }) active!: boolean;
}

/** The batch of one kind: its rows, the idempotency key, and the sync run it belongs to, if any. */
export interface Batch<T> {
  idempotencyKey: string;
  runId?: string | null;
  rows: T[];
}

export function BatchInput<T extends object>(row: ClassType<T>, name: string, what: string) {
  @InputType(`${name}Batch`, { description: `R-SYNC-2: um lote de ${what} (até 5.000 linhas, tudo ou nada).` })
  class Batch {
    @Field(() => String, { description: 'Chave de idempotência: reenviar o mesmo lote com a mesma chave devolve o resultado guardado; outro conteúdo com a mesma chave é CONFLICT.' })
    idempotencyKey!: string;

    @Field(() => ID, { nullable: true, description: 'R-SYNC-4: a sincronização aberta em que o lote entra (contagens e erros vão para ela).' })
    runId?: string | null;

    @Field(() => [row])
    rows!: T[];
  }
  return Batch;
}

export const DevelopmentBatch = BatchInput(DevelopmentRow, 'Development', 'empreendimentos');
export const BlockBatch = BatchInput(BlockRow, 'Block', 'blocos');
export const StageBatch = BatchInput(StageRow, 'Stage', 'etapas');
export const UnitBatch = BatchInput(UnitRow, 'Unit', 'unidades');
export const CustomerBatch = BatchInput(CustomerRow, 'Customer', 'clientes');
export const AssociationTypeBatch = BatchInput(AssociationTypeRow, 'AssociationType', 'tipos de associação');
export const ReservationBatch = BatchInput(ReservationRow, 'Reservation', 'reservas');
export const ContractTypeBatch = BatchInput(ContractTypeRow, 'ContractType', 'tipos de contrato');
export const BillingBlockBatch = BatchInput(BillingBlockRow, 'BillingBlock', 'bloqueios de emissão');
export const ContractBatch = BatchInput(ContractRow, 'Contract', 'contratos');
export const InstallmentPlanBatch = BatchInput(InstallmentPlanRow, 'InstallmentPlan', 'planos de parcelas');
export const InstallmentBatch = BatchInput(InstallmentRow, 'Installment', 'parcelas');
export const BillBatch = BatchInput(BillRow, 'Bill', 'boletos');
