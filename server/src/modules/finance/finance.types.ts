import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BillStatus } from './bill.entity.js';
import { FinanceRequestKind, FinanceRequestStatus } from './finance-request.entity.js';
import { PaymentMethod } from './installment-plan.entity.js';
import { decimalOf } from './money.js';
import { listCost } from '../../graphql/limits/cost.js';

export enum InstallmentStateEnum {
  PAID = 'PAID',
  OVERDUE = 'OVERDUE',
  DUE_TODAY = 'DUE_TODAY',
  OPEN = 'OPEN',
}
registerEnumType(InstallmentStateEnum, { name: 'InstallmentState', description: 'Paga, vencida, vence hoje ou a vencer (em America/Sao_Paulo).' });

@ObjectType({ description: 'Dinheiro: decimal em reais com ponto ("1234.56") e a moeda (BRL). Guardado em centavos inteiros.' })
export class Money {
  @Field(() => String)
  amount!: string;

  @Field(() => String)
  currency!: string;
}

export const money = (cents: number): Money => ({ amount: decimalOf(cents), currency: 'BRL' });

@ObjectType({ description: 'R-FIN-8: um boleto como o cliente o vê.' })
export class BillView {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Vencimento, aaaa-mm-dd.' })
  dueDate!: string;

  @Field(() => Money)
  amount!: Money;

  @Field(() => String, { description: 'A linha digitável, 47 dígitos sem pontuação.' })
  digitableLine!: string;

  @Field(() => String, { description: 'A linha digitável agrupada como os bancos a imprimem.' })
  digitableLineGrouped!: string;

  @Field(() => String, { nullable: true, description: 'PIX copia e cola (BR Code), conferido.' })
  pixCode?: string | null;

  @Field(() => BillStatus)
  status!: BillStatus;

  @Field(() => Boolean, { description: 'R-FIN-9: substituído por outro boleto (2ª via): não pode ser pago pelo portal.' })
  superseded!: boolean;

  @Field(() => Boolean, { description: 'R-FIN-9: o boleto atual da parcela.' })
  current!: boolean;

  @Field(() => Boolean, { description: 'Pode ser pago pelo portal: em aberto, atual.' })
  payable!: boolean;

  @Field(() => Boolean, { description: 'Boleto avulso (sem parcela).' })
  standalone!: boolean;

  @Field(() => String, { description: 'O boleto em PDF.' })
  pdfUrl!: string;

  @Field(() => Date, { nullable: true, description: 'R-FIN-7: marcado como pago pelo portal em.' })
  markedPaidAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'R-FIN-7: o comprovante enviado ao marcar como pago.' })
  proofUrl?: string | null;

  @Field(() => Boolean, { description: 'R-FIN-7: pode ser marcado como pago pelo portal (conta de obra em aberto, e o usuário tem a permissão).' })
  canMarkPaid!: boolean;
}

@ObjectType({ description: 'Uma parcela como o cliente a vê, com o boleto atual.' })
export class InstallmentView {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  number!: number;

  @Field(() => String)
  dueDate!: string;

  @Field(() => Money)
  amount!: Money;

  @Field(() => Money, { nullable: true })
  paidAmount?: Money | null;

  @Field(() => String, { nullable: true })
  paidAt?: string | null;

  @Field(() => InstallmentStateEnum)
  state!: InstallmentStateEnum;

  @Field(() => BillView, { nullable: true, description: 'R-FIN-9: o boleto atual, quando há um para pagar ou pago.' })
  currentBill?: BillView | null;

  @Field(() => [BillView], { complexity: listCost(1), description: 'R-FIN-9: boletos substituídos (não podem ser pagos).' })
  replacedBills!: BillView[];

  @Field(() => String, { nullable: true, description: 'Por que não há boleto para pagar, em palavras (R-FIN-10, emissão pendente).' })
  billNotice?: string | null;

  @Field(() => Boolean, { description: 'O cliente pode pedir a 2ª via agora.' })
  canRequestSecondCopy!: boolean;

  @Field(() => Boolean, { description: 'Há um pedido ao ERP (2ª via, antecipação) sendo emitido.' })
  issuing!: boolean;

  @Field(() => Boolean, { description: 'R-FIN-11: pode entrar numa antecipação.' })
  prepayable!: boolean;

  @Field(() => String, { nullable: true, description: 'Recibo em PDF, quando paga.' })
  receiptUrl?: string | null;
}

@ObjectType({ description: 'Resumo de um plano ou de uma compra: pago, a pagar, vencido e o próximo vencimento.' })
export class FinanceSummary {
  @Field(() => Money)
  total!: Money;

  @Field(() => Money)
  paid!: Money;

  @Field(() => Money)
  toPay!: Money;

  @Field(() => Money)
  overdue!: Money;

  @Field(() => Int)
  paidCount!: number;

  @Field(() => Int)
  openCount!: number;

  @Field(() => Int)
  overdueCount!: number;

  @Field(() => String, { nullable: true })
  nextDueDate?: string | null;

  @Field(() => Money, { nullable: true })
  nextDueAmount?: Money | null;
}

@ObjectType({ description: 'Um plano de parcelas (uma série: entrada, mensais, chaves…).' })
export class PlanView {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  series!: string;

  @Field(() => PaymentMethod)
  paymentMethod!: PaymentMethod;

  @Field(() => String, { nullable: true, description: 'R-FIN-6: o cartão que paga o plano ("Visa final 1234").' })
  cardLabel?: string | null;

  @Field(() => FinanceSummary)
  summary!: FinanceSummary;

  @Field(() => [InstallmentView], { complexity: listCost(24), description: 'As parcelas do plano (no custo da consulta, contadas como 24).' })
  installments!: InstallmentView[];
}

@ObjectType({ description: 'Um pedido do cliente ao ERP: 2ª via ou antecipação.' })
export class FinanceRequestView {
  @Field(() => ID)
  id!: string;

  @Field(() => FinanceRequestKind)
  kind!: FinanceRequestKind;

  @Field(() => FinanceRequestStatus)
  status!: FinanceRequestStatus;

  @Field(() => Money)
  total!: Money;

  @Field(() => Money, { nullable: true })
  presentValue?: Money | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => ID, { nullable: true, description: 'O boleto que o atendeu.' })
  billId?: string | null;
}

@ObjectType({ description: 'O financeiro de uma compra (venda) de uma unidade, como o cliente o vê.' })
export class SaleFinance {
  @Field(() => ID, { description: 'A venda (reserva).' })
  reservationId!: string;

  @Field(() => FinanceSummary)
  summary!: FinanceSummary;

  @Field(() => [PlanView], { complexity: listCost(4), description: 'Os planos da venda (séries), quase sempre poucos.' })
  plans!: PlanView[];

  @Field(() => [BillView], { complexity: listCost(5), description: 'R-FIN-2: boletos avulsos, quando o portal os exibe.' })
  standaloneBills!: BillView[];

  @Field(() => String, { nullable: true, description: 'Por que nada aparece, em palavras (nunca uma lista vazia sem motivo).' })
  notice?: string | null;

  @Field(() => String, { description: 'R-FIN-4: o extrato em PDF.' })
  statementUrl!: string;

  @Field(() => [Int], { complexity: 1, description: 'R-FIN-5: anos com pagamentos, para o informe de rendimentos.' })
  taxYears!: number[];

  @Field(() => [FinanceRequestView], { complexity: listCost(2), description: 'Pedidos ao ERP ainda sendo emitidos.' })
  pendingRequests!: FinanceRequestView[];

  @Field(() => Boolean, { description: 'R-FIN-11: a empresa permite antecipar, e nada segura novos boletos.' })
  prepaymentAvailable!: boolean;

  @Field(() => String, { nullable: true, description: 'Por que a antecipação não está disponível, em palavras.' })
  prepaymentNotice?: string | null;

  @Field(() => Boolean, { description: 'R-FIN-6: a empresa permite trocar a forma de pagamento (só o titular troca).' })
  paymentMethodChangeAvailable!: boolean;

  @Field(() => Boolean, { description: 'Quem pergunta é o titular da venda (não um associado).' })
  holder!: boolean;
}

@ObjectType({ description: 'O financeiro de uma unidade: uma compra por venda em que o cliente participa.' })
export class UnitFinance {
  @Field(() => ID)
  unitId!: string;

  @Field(() => [SaleFinance], { complexity: listCost(1), description: 'Quase sempre uma venda por unidade.' })
  sales!: SaleFinance[];

  @Field(() => String, { nullable: true, description: 'Quando não há compra a mostrar, por quê.' })
  notice?: string | null;
}
