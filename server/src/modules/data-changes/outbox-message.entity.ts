import { BigIntType, Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { newId } from '../../db/ids.js';
import { GraphQLJSON } from '../../graphql/scalars.js';
import { Company } from '../company/company.entity.js';

/**
 * A message waiting for the ERP (R-SYNC-3): written in the same transaction as the change it
 * reports, read and acknowledged by the ERP. R-DATA-4: approved registration changes land here.
 */
@Entity({ tableName: 'outbox_message' })
@Index({ properties: ['company', 'acknowledgedAt'] })
@ObjectType({ description: 'R-SYNC-3: uma mensagem para o ERP (ex.: uma alteração cadastral aprovada), lida em ordem e confirmada pelo id.' })
export class OutboxMessage {
  [OptionalProps]?: 'id' | 'position';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @ManyToOne(() => Company, { deleteRule: 'cascade' })
  company!: Rel<Company>;

  /** Its place in the company's queue: the ERP reads in this order, with it as the cursor (R-SYNC-3). */
  @Property({ type: new BigIntType('number'), autoincrement: true, unique: true })
  position!: number;

  @Field(() => String, {
    description: 'O assunto: customer.updated (uma alteração cadastral aprovada, R-DATA-4: o código do cliente no ERP e os campos alterados); '
      + 'bill.second_copy_requested e bill.prepayment_requested (o cliente pediu a 2ª via ou a antecipação: portalRequestId, os códigos da venda e das parcelas, e na antecipação o valor presente, a taxa e o método — responda enviando o boleto com esse portalRequestId); '
      + 'installment_plan.payment_method_changed (R-FIN-6: o código do plano, BOLETO ou CARD e, para cartão, o token do serviço de pagamento, a bandeira e o final); '
      + 'referral.created (Indique um amigo, para o CRM: referralId, o portal, quem indicou — código no ERP e nome —, o amigo — nome, telefone, e-mail —, o empreendimento de interesse, o recado e consentAt, quando o cliente declarou que o amigo aceita ser contatado).',
  })
  @Property({ type: 'text' })
  topic!: string;

  @Field(() => GraphQLJSON, { description: 'O conteúdo, em JSON (por exemplo, o código do cliente no ERP e os campos alterados).' })
  @Property({ type: 'jsonb' })
  payload!: Record<string, unknown>;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  createdAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  acknowledgedAt?: Date | null;
}
