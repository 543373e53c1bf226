import { Ctx, Field, FieldResolver, Int, ObjectType, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { listCost } from '../../graphql/limits/cost.js';
import { StoredFile } from '../files/stored-file.entity.js';
import { MessageVisibility, RequestMessage } from './request-message.entity.js';

/** The staff's clock for one request: since when it is open and until when the company's deadline (Workflow.dueHours) runs. */
@ObjectType({ description: 'O relógio de SLA de um pedido, para a equipe: desde a abertura até o prazo de atendimento da empresa.' })
export class RequestSla {
  @Field(() => Date, { description: 'Aberto em.' }) openedAt!: Date;
  @Field(() => Int, { description: 'Minutos desde a abertura até agora (ou até a finalização).' }) elapsedMinutes!: number;
  @Field(() => Int, { nullable: true, description: 'O prazo de atendimento do workflow, em horas; nulo: a empresa não definiu prazo.' }) dueHours!: number | null;
  @Field(() => Date, { nullable: true, description: 'Até quando deve ser finalizado.' }) dueAt!: Date | null;
  @Field(() => Int, { nullable: true, description: 'Minutos até o prazo (negativo: atrasado); nulo sem prazo ou já finalizado.' }) remainingMinutes!: number | null;
  @Field(() => Boolean, { description: 'Passou do prazo (em aberto depois do prazo, ou finalizado depois dele).' }) overdue!: boolean;
}

/** The people who wrote the messages, and their photos; a portal user never reads an internal note (the request's `messages` leaves them out). */
@Resolver(() => RequestMessage)
export class RequestMessageResolver {
  @FieldResolver(() => String, { description: 'Quem escreveu (nome).' })
  async authorName(@Root() message: RequestMessage, @Ctx() { loaders }: Context): Promise<string> {
    return (await loaders.account.load(message.author.id))?.name ?? '';
  }

  @FieldResolver(() => Boolean, { description: 'A mensagem é de quem está vendo.' })
  mine(@Root() message: RequestMessage, @Ctx() ctx: Context): boolean {
    return ctx.viewer.kind === 'account' && ctx.viewer.account.id === message.author.id;
  }

  @FieldResolver(() => [StoredFile], { description: 'As fotos enviadas com a mensagem.', complexity: listCost(10) })
  photos(@Root() message: RequestMessage, @Ctx() ctx: Context): Promise<StoredFile[]> | StoredFile[] {
    if (message.visibility === MessageVisibility.INTERNAL && !ctx.staff) return [];
    return ctx.loaders.requestPhotos.load(message.id);
  }
}
