import DataLoader from 'dataloader';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { FeatureDisabledError, NotFoundError } from '../../domain-errors.js';
import { Access, StaffScope } from '../../graphql/access.js';
import type { Context } from '../../graphql/context.js';
import { listCost } from '../../graphql/limits/cost.js';
import { prime } from '../../graphql/loaders.js';
import { Contract } from '../contracts/contract.entity.js';
import { visibleContractsByUnit } from '../contracts/contract.service.js';
import { Portal } from '../portal/portal.entity.js';
import { RequestKind } from '../requests/request-kind.js';
import { Request } from '../requests/request.entity.js';
import { assertRequestMenuOn } from '../requests/request-menu.js';
import { primedRequests } from '../requests/request-rows.js';
import { visibleRequests } from '../requests/request.service.js';
import { getInScope } from '../scope/staff-scope.js';
import { portalScope } from '../visibility/scope.js';
import { Block } from './block.entity.js';
import { Development } from './development.entity.js';
import { Location } from './location.entity.js';
import { Stage } from './stage.entity.js';
import { Unit } from './unit.entity.js';
import { visibleUnits } from './unit.service.js';

@ArgsType()
class UnitRequestsArgs {
  @Field(() => Boolean, { nullable: true, description: 'true: só em aberto; false: só finalizados.' })
  open?: boolean | null;

  @Field(() => RequestKind, { nullable: true })
  kind?: RequestKind | null;
}

/** Units read by the rule query come with their development and block: the loaders get them. */
function primed(ctx: Context, units: Unit[]): Unit[] {
  prime(ctx.loaders.development, units.map((u) => u.development));
  prime(ctx.loaders.block, units.map((u) => u.block));
  return units;
}

/** The portal of a customer's session (for settings such as showContracts). */
async function sessionPortal(ctx: Context): Promise<Portal> {
  return (await ctx.portal())!;
}

@Resolver(() => Unit)
export class UnitResolver {
  @Access('CUSTOMER')
  @Query(() => [Unit], { description: 'SPEC §3: as unidades que o cliente vê neste portal.' })
  async myUnits(@Ctx() ctx: Context): Promise<Unit[]> {
    return primed(ctx, await visibleUnits(ctx.em, portalScope(ctx)));
  }

  @Access('CUSTOMER', 'STAFF')
  @StaffScope('Unit')
  @Query(() => Unit, { description: 'Uma unidade. Para o cliente, uma unidade oculta é igual a uma inexistente (R-UNIT-4).' })
  async unit(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Unit> {
    if (ctx.staff) return getInScope(ctx.em, ctx.staff, Unit, id);
    const [unit] = primed(ctx, await visibleUnits(ctx.em, portalScope(ctx), [id]));
    if (!unit) throw new NotFoundError('Unidade');
    return unit;
  }

  @FieldResolver(() => Development)
  async development(@Root() unit: Unit, @Ctx() { loaders }: Context): Promise<Development> {
    return (await loaders.development.load(unit.development.id))!;
  }

  @FieldResolver(() => Block, { nullable: true })
  block(@Root() unit: Unit, @Ctx() { loaders }: Context): Promise<Block | null> | null {
    return unit.block ? loaders.block.load(unit.block.id) : null;
  }

  @FieldResolver(() => Stage, { nullable: true })
  stage(@Root() unit: Unit, @Ctx() { loaders }: Context): Promise<Stage | null> | null {
    return unit.stage ? loaders.stage.load(unit.stage.id) : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'R-UNIT-5: previsão de entrega (data), quando o portal a exibe.' })
  async deliveryForecast(@Root() unit: Unit, @Ctx() ctx: Context): Promise<string | null> {
    if (!ctx.staff && !(await sessionPortal(ctx)).showDeliveryForecast) return null;
    return (await ctx.loaders.development.load(unit.development.id))?.deliveryDate ?? null;
  }

  @FieldResolver(() => [Contract], { description: 'SPEC §4: os contratos que o cliente vê (a equipe vê todos).', complexity: listCost(5) })
  async contracts(@Root() unit: Unit, @Ctx() ctx: Context): Promise<Contract[]> {
    if (ctx.staff) return ctx.loaders.contractsOfReservationUnits.load(unit.id);
    if (!(await sessionPortal(ctx)).showContracts) {
      throw new FeatureDisabledError('showContracts', 'A exibição de contratos está desativada neste portal.');
    }
    const scope = portalScope(ctx);
    return ctx.loaders
      .scoped('visibleContractsByUnit', () => new DataLoader<string, Contract[]>(async (ids) => {
        const byUnit = await visibleContractsByUnit(ctx.em, scope, [...ids]);
        for (const contracts of byUnit.values()) prime(ctx.loaders.contractType, contracts.map((c) => c.type));
        return ids.map((id) => byUnit.get(id) ?? []);
      }))
      .load(unit.id);
  }

  @FieldResolver(() => [Request], { description: 'SPEC §5: os pedidos da unidade que quem pergunta vê, mais recentes primeiro.' })
  async requests(@Root() unit: Unit, @Args(() => UnitRequestsArgs) { open, kind }: UnitRequestsArgs, @Ctx() ctx: Context): Promise<Request[]> {
    const { staff } = ctx;
    const key = `requestsOfUnit:${open ?? 'all'}:${kind ?? 'all'}`;
    if (staff) {
      return ctx.loaders
        .scoped(key, () => new DataLoader<string, Request[]>(async (ids) => {
          const rows = await ctx.em.find(Request, {
            unit: { $in: [...ids] },
            ...(kind ? { kind } : {}),
            ...(open === true ? { finishedAt: null } : open === false ? { finishedAt: { $ne: null } } : {}),
          }, { orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] });
          return ids.map((id) => rows.filter((r) => r.unit?.id === id));
        }))
        .load(unit.id);
    }
    if (kind) assertRequestMenuOn(await sessionPortal(ctx), kind);
    const scope = portalScope(ctx);
    return ctx.loaders
      .scoped(key, () => new DataLoader<string, Request[]>(async (ids) => {
        const rows = primedRequests(ctx.loaders, await visibleRequests(ctx.em, scope, { unitIds: [...ids], open, kind }));
        return ids.map((id) => rows.filter((r) => r.unit?.id === id));
      }))
      .load(unit.id);
  }

  @FieldResolver(() => [Location], { description: 'R-REQ-3: as localidades que uma assistência pode indicar (vazio se o portal não as exibe).' })
  async locations(@Root() unit: Unit, @Ctx() ctx: Context): Promise<Location[]> {
    if (!ctx.staff && !(await sessionPortal(ctx)).showLocation) return [];
    return ctx.loaders.locationsOfDevelopment.load(unit.development.id);
  }
}

@Resolver(() => Development)
export class DevelopmentFieldsResolver {
  @FieldResolver(() => String, { nullable: true, description: 'Data de entrega (R-UNIT-5: ao cliente, só quando o portal a exibe).' })
  async deliveryDate(@Root() development: Development, @Ctx() ctx: Context): Promise<string | null> {
    if (!ctx.staff && !(await sessionPortal(ctx)).showDeliveryForecast) return null;
    return development.deliveryDate ?? null;
  }
}
