import { Ctx, Query, Resolver } from 'type-graphql';
import { FeatureDisabledError } from '../../domain-errors.js';
import { Access } from '../../graphql/access.js';
import type { Context } from '../../graphql/context.js';
import { CommonArea } from '../developments/common-area.entity.js';
import { portalScope } from '../visibility/scope.js';
import { SyndicFile } from './syndic-file.entity.js';
import { Syndic } from './syndic.entity.js';
import { visibleCommonAreas, visibleSyndicFiles } from './syndic.service.js';

async function mySyndic(ctx: Context): Promise<Syndic> {
  const portal = await ctx.portal();
  if (!portal?.showSyndicAccess) throw new FeatureDisabledError('showSyndicAccess', 'O acesso do síndico está desativado neste portal.');
  return ctx.em.findOneOrFail(Syndic, { id: portalScope(ctx).syndicId! });
}

@Resolver()
export class SyndicResolver {
  @Access('SYNDIC')
  @Query(() => [SyndicFile], { description: 'R-REQ-10: os arquivos do empreendimento e os do próprio síndico.' })
  async mySyndicFiles(@Ctx() ctx: Context): Promise<SyndicFile[]> {
    await mySyndic(ctx);
    return visibleSyndicFiles(ctx.em, portalScope(ctx));
  }

  @Access('SYNDIC')
  @Query(() => [CommonArea], { description: 'R-REQ-8: as áreas comuns do empreendimento do síndico (as que ele vê e para as quais abre pedidos).' })
  async myCommonAreas(@Ctx() ctx: Context): Promise<CommonArea[]> {
    await mySyndic(ctx);
    return visibleCommonAreas(ctx.em, portalScope(ctx));
  }
}
