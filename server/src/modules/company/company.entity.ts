import { Entity, Enum, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { newId } from '../../db/ids.js';
import { PrepaymentMethod } from '../finance/prepayment-method.js';

/** R-DATA-2: how customers' registration changes are approved. */
export enum DataChangeApproval {
  /** Applied at once (status APPROVED). */
  AUTOMATIC = 'AUTOMATIC',
  /** PENDING until an ADMIN acts. */
  MANUAL = 'MANUAL',
}
registerEnumType(DataChangeApproval, { name: 'DataChangeApproval', description: 'R-DATA-2: aprovação automática ou manual das alterações cadastrais.' });

/** The tenant: an incorporadora or construtora. Owns portals, developments and staff. */
@Entity({ tableName: 'company' })
@ObjectType({ description: 'Incorporadora ou construtora: dona dos portais, empreendimentos e equipe.' })
export class Company {
  [OptionalProps]?: 'id' | 'createdAt' | 'requestSeq' | 'dataChangeApproval' | 'overdueBlocksBills' | 'secondCopyAllowed'
    | 'prepaymentAllowed' | 'prepaymentRateBasisPoints' | 'prepaymentMethod' | 'cardPaymentAllowed' | 'requireAdminTwoFactor';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Field(() => String)
  @Property({ type: 'text' })
  name!: string;

  /** CNPJ, numeric or alphanumeric, without punctuation. */
  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  document?: string | null;

  @Field(() => DataChangeApproval)
  @Enum({ items: () => DataChangeApproval, nativeEnumName: 'data_change_approval', default: DataChangeApproval.MANUAL })
  dataChangeApproval: DataChangeApproval = DataChangeApproval.MANUAL;

  /** Last request number handed out (requests are numbered per company). */
  @Property({ type: 'integer', default: 0, hidden: true })
  requestSeq: number = 0;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  // Financial (SPEC §8): the company's rules for issuing bills, read by every portal of the company.
  /** R-FIN-10: the overdue rule — while an installment of a sale is overdue, no new bill is issued for it. */
  @Field(() => Boolean, { description: 'R-FIN-10: regra de inadimplência — com parcela vencida, nenhum boleto novo é emitido para a venda.' })
  @Property({ type: 'boolean', default: false })
  overdueBlocksBills: boolean = false;

  @Field(() => Boolean, { description: 'O cliente pede a 2ª via de um boleto vencido pelo portal.' })
  @Property({ type: 'boolean', default: true })
  secondCopyAllowed: boolean = true;

  @Field(() => Boolean, { description: 'R-FIN-11: o cliente simula e pede a antecipação de parcelas.' })
  @Property({ type: 'boolean', default: false })
  prepaymentAllowed: boolean = false;

  /** R-FIN-11: the monthly discount rate, in basis points (100 = 1,00% a.m.). */
  @Field(() => Int, { description: 'R-FIN-11: taxa de desconto da antecipação, em centésimos de ponto percentual ao mês (100 = 1,00% a.m.).' })
  @Property({ type: 'integer', default: 0 })
  prepaymentRateBasisPoints: number = 0;

  @Field(() => PrepaymentMethod)
  @Enum({ items: () => PrepaymentMethod, nativeEnumName: 'prepayment_method', default: PrepaymentMethod.COMPOUND })
  prepaymentMethod: PrepaymentMethod = PrepaymentMethod.COMPOUND;

  @Field(() => Boolean, { description: 'R-FIN-6: o cliente troca a forma de pagamento entre boleto e cartão de crédito.' })
  @Property({ type: 'boolean', default: false })
  cardPaymentAllowed: boolean = false;

  /** R-AUTH-8: administrators must use two-step verification (they are asked to enrol before anything else). */
  @Field(() => Boolean, { description: 'R-AUTH-8: administradores entram com senha e o código de um aplicativo autenticador (verificação em duas etapas).' })
  @Property({ type: 'boolean', default: false })
  requireAdminTwoFactor: boolean = false;

  /** The ERP's code of this record (R-SYNC-2; erp_key resolves it). */
  @Field(() => String, { nullable: true, description: 'O código deste registro no ERP.' })
  @Property({ type: 'text', nullable: true })
  erpCode?: string | null;
}
