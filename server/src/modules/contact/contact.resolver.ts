import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Int, Mutation, ObjectType, Query, Resolver, Root, Subscription } from 'type-graphql';
import { ID } from 'type-graphql';
import { ForbiddenError } from '../../domain-errors.js';
import { Access, StaffScope } from '../../graphql/access.js';
import { ConnectionType, pageSize } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import type { ContactChanged } from '../../graphql/pubsub.js';
import { portalScope, requireStaff, signedIn } from '../visibility/scope.js';
import { ContactMessage } from './contact-message.entity.js';
import { ContactType } from './contact-type.entity.js';
import { AddOpinionInput, ContactFilter, ContactTypeInput, SendContactMessageInput } from './contact.input.js';
import {
  addOpinion, contactMessageInScope, contactTypes, listContactMessages, myContactMessages, saveContactType, sendContactMessage,
} from './contact.service.js';
import { Opinion } from './opinion.entity.js';

@ObjectType()
export class ContactMessageConnection extends ConnectionType(ContactMessage, 'ContactMessage') {}

@ArgsType()
class ContactListArgs {
  @Field(() => ContactFilter, { nullable: true }) filter?: ContactFilter | null;
  @Field(() => Int, { nullable: true }) first?: number | null;
  @Field(() => String, { nullable: true }) after?: string | null;
}

/** The customer's scope; the Fale Conosco is for customers (a syndic has no customer record). */
function customerScope(ctx: Context) {
  const scope = portalScope(ctx);
  if (!scope.customerId) throw new ForbiddenError('O Fale Conosco é para clientes.');
  return { ...scope, customerId: scope.customerId };
}

const deps = (ctx: Context) => ({ audit: ctx.services.audit, clock: ctx.services.clock });

@Resolver(() => ContactMessage)
export class ContactResolver {
  @Access('CUSTOMER', 'STAFF')
  @StaffScope('ContactType')
  @Query(() => [ContactType], { description: 'R-CONTACT-1: os Tipos de Solicitação (ativos, para clientes; todos, para a equipe).' })
  contactTypes(@Ctx() ctx: Context): Promise<ContactType[]> {
    return contactTypes(ctx.em, signedIn(ctx).account.company.id, !ctx.staff);
  }

  @Access('CUSTOMER')
  @Mutation(() => ContactMessage, { description: 'R-CONTACT-1: envia uma mensagem do Fale Conosco, sobre uma unidade que o cliente vê ou geral.' })
  sendContactMessage(@Arg('input', () => SendContactMessageInput) input: SendContactMessageInput, @Ctx() ctx: Context): Promise<ContactMessage> {
    return sendContactMessage(ctx.em, customerScope(ctx), signedIn(ctx).account.company.id, input);
  }

  @Access('CUSTOMER')
  @Query(() => [ContactMessage], { description: 'R-CONTACT-1, R-CONTACT-2: as mensagens do cliente, mais recentes primeiro, com os pareceres destinados a ele.' })
  myContactMessages(@Ctx() ctx: Context): Promise<ContactMessage[]> {
    return myContactMessages(ctx.em, customerScope(ctx));
  }

  @Access('ADMIN')
  @StaffScope('ContactMessage')
  @Query(() => ContactMessageConnection, { description: 'R-CONTACT-2, R-OPS-1: o Fale Conosco (Operações), com filtros por empreendimento, bloco/quadra, cliente, tipo e situação.' })
  contactMessages(@Args(() => ContactListArgs) { filter, first, after }: ContactListArgs, @Ctx() ctx: Context) {
    return listContactMessages(ctx.em, requireStaff(ctx), filter ?? {}, pageSize(first), after ?? null);
  }

  @Access('ADMIN')
  @StaffScope('ContactMessage')
  @Query(() => ContactMessage)
  contactMessage(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<ContactMessage> {
    return contactMessageInScope(ctx.em, requireStaff(ctx), id);
  }

  @Access('ADMIN')
  @StaffScope('ContactMessage')
  @Mutation(() => ContactMessage, { description: 'R-CONTACT-2, R-OPS-1: adiciona um parecer (situação + texto), que passa a ser a situação da mensagem (auditado).' })
  async addOpinion(@Arg('input', () => AddOpinionInput) input: AddOpinionInput, @Ctx() ctx: Context): Promise<ContactMessage> {
    const staff = requireStaff(ctx);
    const message = await addOpinion(ctx.em, staff, deps(ctx), input);
    // Live: the customer's Fale Conosco reads again, after the commit; an internal note tells nobody.
    if (input.visibleToCustomer) ctx.services.pubsub.publish('contact.changed', { companyId: staff.companyId, customerId: message.customer.id, messageId: message.id });
    return message;
  }

  @Access('CUSTOMER')
  @Subscription(() => ID, {
    description: 'R-CONTACT-2: uma mensagem do cliente recebeu um parecer destinado a ele (o id da mensagem): leia de novo.',
    topics: 'contact.changed',
    filter: ({ payload, context }: { payload: ContactChanged; context: Context }) =>
      context.viewer.kind === 'account' && context.viewer.account.customer?.id === payload.customerId,
  })
  myContactMessageChanged(@Root() payload: ContactChanged): string {
    return payload.messageId;
  }

  @Access('ADMIN', 'MANAGER')
  @StaffScope('ContactType')
  @Mutation(() => ContactType, { description: 'R-CONTACT-1, R-SET-2: cria ou altera um Tipo de Solicitação (auditado).' })
  saveContactType(@Arg('input', () => ContactTypeInput) input: ContactTypeInput, @Ctx() ctx: Context): Promise<ContactType> {
    return saveContactType(ctx.em, requireStaff(ctx), deps(ctx), input);
  }

  @FieldResolver(() => ContactType)
  type(@Root() message: ContactMessage): ContactType {
    return message.type;
  }

  @FieldResolver(() => ID, { nullable: true, description: 'A unidade; vazio: mensagem geral.' })
  unitId(@Root() message: ContactMessage): string | null {
    return message.unit?.id ?? null;
  }

  @FieldResolver(() => String, { nullable: true })
  unitName(@Root() message: ContactMessage): string | null {
    return message.unit?.name ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'O bloco (torre) ou a quadra da unidade.' })
  blockName(@Root() message: ContactMessage): string | null {
    return message.unit?.block?.name ?? null;
  }

  @FieldResolver(() => String, { nullable: true })
  developmentName(@Root() message: ContactMessage): string | null {
    return message.development?.name ?? null;
  }

  @FieldResolver(() => ID, { nullable: true, description: 'O cliente (só para a equipe).' })
  customerId(@Root() message: ContactMessage, @Ctx() ctx: Context): string | null {
    return ctx.staff ? message.customer.id : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'O nome do cliente (só para a equipe).' })
  customerName(@Root() message: ContactMessage, @Ctx() ctx: Context): string | null {
    return ctx.staff ? message.customer.name : null;
  }

  @FieldResolver(() => [Opinion], { description: 'R-CONTACT-2: os pareceres, do mais antigo ao mais novo; o cliente lê só os destinados a ele.' })
  opinions(@Root() message: ContactMessage, @Ctx() ctx: Context): Opinion[] {
    const all = [...message.opinions.getItems()].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id));
    return ctx.staff ? all : all.filter((o) => o.visibleToCustomer);
  }
}

@Resolver(() => Opinion)
export class OpinionResolver {
  @FieldResolver(() => String, { nullable: true, description: 'Quem deu o parecer (só para a equipe).' })
  authorName(@Root() opinion: Opinion, @Ctx() ctx: Context): string | null {
    return ctx.staff ? (opinion.author?.name ?? null) : null;
  }
}
