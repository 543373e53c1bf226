import { Arg, Ctx, Field, FieldResolver, ID, InputType, Mutation, Query, Resolver, Root } from 'type-graphql';
import { BadInputError, NotFoundError } from '../../domain-errors.js';
import { Access } from '../../graphql/access.js';
import type { Context } from '../../graphql/context.js';
import { saveAudited } from '../audit/audited-change.js';
import { AccountKind } from '../auth/account.enums.js';
import { staffOf } from '../visibility/scope.js';
import { Block } from './block.entity.js';
import { CommonArea } from './common-area.entity.js';
import { Development, DevelopmentStatus } from './development.entity.js';
import { Location } from './location.entity.js';
import { Stage } from './stage.entity.js';

@InputType({ description: 'Permissões e datas de um empreendimento.' })
export class DevelopmentSettingsInput {
  @Field(() => ID) id!: string;
  @Field(() => Boolean, { nullable: true, description: 'R-REQ-1' }) allowServiceRequests?: boolean;
  @Field(() => Boolean, { nullable: true, description: 'R-REQ-1' }) allowAssistanceRequests?: boolean;
  @Field(() => String, { nullable: true, description: 'R-UNIT-5: data de entrega (aaaa-mm-dd).' }) deliveryDate?: string | null;
  @Field(() => DevelopmentStatus, { nullable: true }) status?: DevelopmentStatus;
}

/** Staff always; syndics for common areas; customers when the portal setting is on. */
async function visibleToViewer(ctx: Context, setting: 'showCommonArea' | 'showLocation'): Promise<boolean> {
  if (staffOf(ctx)) return true;
  if (ctx.viewer.kind === 'account' && ctx.viewer.account.kind === AccountKind.SYNDIC && setting === 'showCommonArea') return true;
  const portal = await ctx.portal();
  return Boolean(portal?.[setting]);
}

@Resolver(() => Development)
export class DevelopmentResolver {
  @Access('STAFF')
  @Query(() => [Development], { description: 'Os empreendimentos e obras da empresa.' })
  developments(@Ctx() ctx: Context): Promise<Development[]> {
    return ctx.em.find(Development, { company: staffOf(ctx)!.company }, { orderBy: { name: 'asc' } });
  }

  @Access('STAFF')
  @Query(() => Development)
  async development(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Development> {
    const development = await ctx.em.findOne(Development, { id, company: staffOf(ctx)!.company });
    if (!development) throw new NotFoundError('Empreendimento');
    return development;
  }

  @Access('ADMIN', 'MANAGER')
  @Mutation(() => Development, { description: 'R-REQ-1, R-UNIT-5, R-SET-2: permissões e data de entrega (auditado).' })
  async updateDevelopment(@Arg('input', () => DevelopmentSettingsInput) input: DevelopmentSettingsInput, @Ctx() ctx: Context): Promise<Development> {
    const existing = await ctx.em.findOne(Development, { id: input.id, company: staffOf(ctx)!.company });
    if (!existing) throw new NotFoundError('Empreendimento');
    if (input.deliveryDate && (!/^\d{4}-\d{2}-\d{2}$/.test(input.deliveryDate) || Number.isNaN(Date.parse(input.deliveryDate)))) {
      throw new BadInputError('deliveryDate', 'Informe a data no formato aaaa-mm-dd.');
    }
    return saveAudited(ctx, {
      existing,
      create: () => existing,
      patch: { allowServiceRequests: input.allowServiceRequests, allowAssistanceRequests: input.allowAssistanceRequests, deliveryDate: input.deliveryDate, status: input.status },
      targetType: 'Development',
    });
  }

  @Access('ADMIN', 'MANAGER')
  @Mutation(() => Block, { description: 'R-UNIT-2, R-SET-2: ativa ou inativa um bloco (auditado).' })
  async setBlockActive(@Arg('id', () => ID) id: string, @Arg('active', () => Boolean) active: boolean, @Ctx() ctx: Context): Promise<Block> {
    const existing = await ctx.em.findOne(Block, { id, development: { company: staffOf(ctx)!.company } });
    if (!existing) throw new NotFoundError('Bloco');
    return saveAudited(ctx, { existing, create: () => existing, patch: { active }, targetType: 'Block' });
  }

  @Access('ADMIN', 'MANAGER')
  @Mutation(() => Stage, { description: 'R-UNIT-2, R-SET-2: ativa ou inativa uma etapa (auditado).' })
  async setStageActive(@Arg('id', () => ID) id: string, @Arg('active', () => Boolean) active: boolean, @Ctx() ctx: Context): Promise<Stage> {
    const existing = await ctx.em.findOne(Stage, { id, development: { company: staffOf(ctx)!.company } });
    if (!existing) throw new NotFoundError('Etapa');
    return saveAudited(ctx, { existing, create: () => existing, patch: { active }, targetType: 'Stage' });
  }

  @FieldResolver(() => [Block], { description: 'Os blocos ou quadras (só para a equipe).' })
  async blocks(@Root() development: Development, @Ctx() ctx: Context): Promise<Block[]> {
    return staffOf(ctx) ? ctx.loaders.blocksOfDevelopment.load(development.id) : [];
  }

  @FieldResolver(() => [Stage], { description: 'As etapas (só para a equipe).' })
  async stages(@Root() development: Development, @Ctx() ctx: Context): Promise<Stage[]> {
    return staffOf(ctx) ? ctx.loaders.stagesOfDevelopment.load(development.id) : [];
  }

  @FieldResolver(() => [CommonArea], { description: 'As áreas comuns (R-REQ-3: ao cliente, só se o portal as exibe).' })
  async commonAreas(@Root() development: Development, @Ctx() ctx: Context): Promise<CommonArea[]> {
    if (!(await visibleToViewer(ctx, 'showCommonArea'))) return [];
    return ctx.loaders.commonAreasOfDevelopment.load(development.id);
  }

  @FieldResolver(() => [Location], { description: 'As localidades das unidades (R-REQ-3: ao cliente, só se o portal as exibe).' })
  async locations(@Root() development: Development, @Ctx() ctx: Context): Promise<Location[]> {
    if (!(await visibleToViewer(ctx, 'showLocation'))) return [];
    return ctx.loaders.locationsOfDevelopment.load(development.id);
  }
}
