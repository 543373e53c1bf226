import { Arg, Ctx, Field, FieldResolver, ID, InputType, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ShowsImpact } from '../visibility/impact/impact.middleware.js';
import { Access, StaffScope } from '../../graphql/access.js';
import type { Context } from '../../graphql/context.js';
import { parseCalendarDate } from '../../input/calendar-date.js';
import { AccountKind } from '../auth/account.enums.js';
import { findInScope, getInScope, LOCKED_WRITE } from '../scope/staff-scope.js';
import { Syndic } from '../syndics/syndic.entity.js';
import { requireStaff } from '../visibility/scope.js';
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
  if (ctx.staff) return true;
  if (ctx.viewer.kind === 'account' && ctx.viewer.account.kind === AccountKind.SYNDIC && setting === 'showCommonArea') return true;
  const portal = await ctx.portal();
  return Boolean(portal?.[setting]);
}

@Resolver(() => Development)
export class DevelopmentResolver {
  @Access('STAFF')
  @StaffScope('Development')
  @Query(() => [Development], { description: 'Os empreendimentos e obras da empresa (R-OPS-4: só os do limite de quem pergunta).' })
  developments(@Ctx() ctx: Context): Promise<Development[]> {
    return findInScope(ctx.em, requireStaff(ctx), Development, {}, { orderBy: { name: 'asc' } });
  }

  @Access('STAFF')
  @StaffScope('Development')
  @Query(() => Development)
  development(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Development> {
    return getInScope(ctx.em, requireStaff(ctx), Development, id);
  }

  @Access('ADMIN', 'MANAGER')
  @StaffScope('Development')
  @ShowsImpact()
  @Mutation(() => Development, { description: 'R-REQ-1, R-UNIT-5, R-SET-2: permissões e data de entrega (auditado).' })
  updateDevelopment(@Arg('input', () => DevelopmentSettingsInput) input: DevelopmentSettingsInput, @Ctx() ctx: Context): Promise<Development> {
    const staff = requireStaff(ctx);
    // Empty clears the date; anything else must be a real calendar date.
    const deliveryDate = input.deliveryDate === undefined ? undefined : input.deliveryDate?.trim() ? parseCalendarDate(input.deliveryDate, 'deliveryDate') : null;
    return ctx.services.audit.save(ctx.em, staff, Development, {
      load: (tx) => getInScope(tx, staff, Development, input.id, LOCKED_WRITE),
      patch: { allowServiceRequests: input.allowServiceRequests, allowAssistanceRequests: input.allowAssistanceRequests, deliveryDate, status: input.status }
    });
  }

  @Access('ADMIN', 'MANAGER')
  @StaffScope('Block')
  @ShowsImpact()
  @Mutation(() => Block, { description: 'R-UNIT-2, R-SET-2: ativa ou inativa um bloco (auditado).' })
  setBlockActive(@Arg('id', () => ID) id: string, @Arg('active', () => Boolean) active: boolean, @Ctx() ctx: Context): Promise<Block> {
    const staff = requireStaff(ctx);
    return ctx.services.audit.save(ctx.em, staff, Block, { load: (tx) => getInScope(tx, staff, Block, id, LOCKED_WRITE), patch: { active } });
  }

  @Access('ADMIN', 'MANAGER')
  @StaffScope('Stage')
  @ShowsImpact()
  @Mutation(() => Stage, { description: 'R-UNIT-2, R-SET-2: ativa ou inativa uma etapa (auditado).' })
  setStageActive(@Arg('id', () => ID) id: string, @Arg('active', () => Boolean) active: boolean, @Ctx() ctx: Context): Promise<Stage> {
    const staff = requireStaff(ctx);
    return ctx.services.audit.save(ctx.em, staff, Stage, { load: (tx) => getInScope(tx, staff, Stage, id, LOCKED_WRITE), patch: { active } });
  }

  @FieldResolver(() => [Block], { description: 'Os blocos ou quadras (só para a equipe).' })
  async blocks(@Root() development: Development, @Ctx() ctx: Context): Promise<Block[]> {
    return ctx.staff ? ctx.loaders.blocksOfDevelopment.load(development.id) : [];
  }

  @FieldResolver(() => [Stage], { description: 'As etapas (só para a equipe).' })
  async stages(@Root() development: Development, @Ctx() ctx: Context): Promise<Stage[]> {
    return ctx.staff ? ctx.loaders.stagesOfDevelopment.load(development.id) : [];
  }

  @FieldResolver(() => [Syndic], { description: 'Os síndicos do empreendimento (só para a equipe).' })
  async syndics(@Root() development: Development, @Ctx() ctx: Context): Promise<Syndic[]> {
    return ctx.staff ? ctx.loaders.syndicsOfDevelopment.load(development.id) : [];
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
