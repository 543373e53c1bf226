import { Ctx, Query, Resolver } from 'type-graphql';
import { Access } from '../../graphql/access.js';
import type { Context } from '../../graphql/context.js';
import { Portal } from './portal.entity.js';

@Resolver(() => Portal)
export class PortalResolver {
  @Access('PUBLIC')
  @Query(() => Portal, { nullable: true, description: 'O portal deste endereço, para a tela de entrada; null se nenhum.' })
  currentPortal(@Ctx() ctx: Context): Promise<Portal | null> {
    return ctx.portal();
  }
}
