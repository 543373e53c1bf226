import { Field, ID, InputType, Int } from 'type-graphql';
import { ContactStatus } from './contact-message.entity.js';

@InputType({ description: 'R-CONTACT-1: uma mensagem do Fale Conosco, sobre uma unidade do cliente ou geral.' })
export class SendContactMessageInput {
  @Field(() => ID, { description: 'O Tipo de Solicitação.' }) typeId!: string;
  @Field(() => ID, { nullable: true, description: 'Uma unidade que o cliente vê; vazio: mensagem geral.' }) unitId?: string | null;
  @Field(() => String) subject!: string;
  @Field(() => String) body!: string;
}

@InputType({ description: 'R-CONTACT-2: um parecer: a nova situação e o texto.' })
export class AddOpinionInput {
  @Field(() => ID) messageId!: string;
  @Field(() => ContactStatus) status!: ContactStatus;
  @Field(() => String) text!: string;
  @Field(() => Boolean, { description: 'O cliente lê este parecer; falso: nota interna.' }) visibleToCustomer!: boolean;
}

@InputType({ description: 'Cria (sem id) ou altera um Tipo de Solicitação.' })
export class ContactTypeInput {
  @Field(() => ID, { nullable: true }) id?: string | null;
  @Field(() => String, { nullable: true, description: 'Obrigatório ao criar.' }) name?: string;
  @Field(() => Boolean, { nullable: true }) active?: boolean;
  @Field(() => Int, { nullable: true }) position?: number;
}

@InputType({ description: 'R-CONTACT-2: filtros do Fale Conosco: empreendimento, bloco/quadra, cliente, tipo e situação.' })
export class ContactFilter {
  @Field(() => ID, { nullable: true }) developmentId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Bloco (torre) ou quadra.' }) blockId?: string | null;
  @Field(() => ID, { nullable: true }) customerId?: string | null;
  @Field(() => ID, { nullable: true }) typeId?: string | null;
  @Field(() => ContactStatus, { nullable: true }) status?: ContactStatus | null;
}
