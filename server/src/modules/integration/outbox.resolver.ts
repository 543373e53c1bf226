import { Arg, Args, ArgsType, Ctx, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { BadInputError } from '../../domain-errors.js';
import { Access, ForTokens, StaffScope } from '../../graphql/access.js';
import { ConnectionType, pageSize } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { OutboxMessage } from '../data-changes/outbox-message.entity.js';
import { execute } from '../visibility/sql.js';
import { TokenScope } from './api-token.entity.js';
import { integrationCaller } from './integration-caller.js';

@ObjectType()
export class OutboxConnection extends ConnectionType(OutboxMessage, 'OutboxMessage') {}

@ArgsType()
class OutboxArgs {
  @Field(() => Int, { nullable: true })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'O cursor da página anterior; sem ele, do começo da fila.' })
  after?: string | null;
}

const cursorOf = (m: OutboxMessage) => String(m.position);

/**
 * R-SYNC-3: the outbox the ERP reads in order and acknowledges by id. What is not acknowledged is
 * delivered again on the next read from the start; acknowledging twice is harmless; messages are
 * written in the transaction of the change they report, so a restart loses none and repeats none.
 */
@Resolver(() => OutboxMessage)
export class OutboxResolver {
  @Access('ADMIN') @ForTokens(TokenScope.INTEGRATION) @StaffScope('OutboxMessage (company-wide)')
  @Query(() => OutboxConnection, { description: 'R-SYNC-3: as mensagens para o ERP ainda não confirmadas, na ordem em que foram geradas.' })
  async outbox(@Args(() => OutboxArgs) { first, after }: OutboxArgs, @Ctx() ctx: Context) {
    const { companyId } = integrationCaller(ctx);
    const size = pageSize(first);
    if (after && !/^\d{1,18}$/.test(after)) throw new BadInputError('after', 'Cursor inválido: use o endCursor da página anterior.');
    const rows = await ctx.em.find(OutboxMessage, { company: companyId, acknowledgedAt: null, ...(after ? { position: { $gt: Number(after) } } : {}) }, { orderBy: { position: 'asc' }, limit: size + 1 });
    const page = rows.slice(0, size);
    ctx.apiRows += page.length;
    return { edges: page.map((node) => ({ node, cursor: cursorOf(node) })), nodes: page, pageInfo: { hasNextPage: rows.length > size, endCursor: page.length ? cursorOf(page.at(-1)!) : (after ?? null) } };
  }

  @Access('TOKEN') @ForTokens(TokenScope.INTEGRATION)
  @Mutation(() => Int, { description: 'R-SYNC-3: confirma o recebimento destas mensagens; responde quantas foram confirmadas agora (confirmar de novo não faz nada).' })
  async acknowledgeOutbox(@Arg('ids', () => [ID]) ids: string[], @Ctx() ctx: Context): Promise<number> {
    const { companyId } = integrationCaller(ctx);
    if (!ids.length) return 0;
    const rows = await execute<{ id: string }>(ctx.em,
      `update outbox_message set acknowledged_at = ? where company_id = ? and id = any(?::uuid[]) and acknowledged_at is null returning id`,
      [ctx.services.clock.now(), companyId, `{${ids.join(',')}}`]);
    ctx.apiRows += rows.length;
    return rows.length;
  }
}
