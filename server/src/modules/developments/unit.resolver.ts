import DataLoader from 'dataloader';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { FeatureDisabledError, ForbiddenError, NotFoundError } from '../../domain-errors.js';
import { whole } from '../../db/plain-rows.js';
import { Access, StaffScope } from '../../graphql/access.js';
import type { Context } from '../../graphql/context.js';
import { listCost } from '../../graphql/limits/cost.js';
import { Contract } from '../contracts/contract.entity.js';
import { visibleContractsByUnit } from '../contracts/contract.service.js';
import { Portal } from '../portal/portal.entity.js';
import { RequestKind } from '../requests/request-kind.js';
import { Request } from '../requests/request.entity.js';
import { assertRequestMenuOn } from '../requests/request-menu.js';
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

/** Rows grouped under the ids asked for, in their order (a batch of 500 units and their 1,000 requests in one pass). */
function groupedBy<T>(ids: readonly string[], rows: T[], keyOf: (row: T) => string | undefined): T[][] {
  const groups = new Map<string, T[]>(ids.map((id) => [id, []]));
  for (const row of rows) {
    const key = keyOf(row);
    if (key !== undefined) groups.get(key)?.push(row);
  }
  return ids.map((id) => groups.get(id)!);
}

/** The portal of the customer's session (for settings such as showContracts): read with the session, at hand. Units reach customers only through one. */
function sessionPortal(ctx: Context): Portal {
  if (ctx.viewer.kind !== 'account' || !ctx.viewer.session.portal) throw new ForbiddenError();
  return ctx.viewer.session.portal;
}

@Resolver(() => Unit)
export class UnitResolver {
  @Access('CUSTOMER')
  @Query(() => [Unit], { description: 'SPEC §3: as unidades que o cliente vê neste portal.' })
  myUnits(@Ctx() ctx: Context): Promise<Unit[]> {
    return visibleUnits(ctx.em, portalScope(ctx));
  }

  @Access('CUSTOMER', 'STAFF')
  @StaffScope('Unit')
  @Query(() => Unit, { description: 'Uma unidade. Para o cliente, uma unidade oculta é igual a uma inexistente (R-UNIT-4).' })
  async unit(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Unit> {
    if (ctx.staff) return getInScope(ctx.em, ctx.staff, Unit, id);
    const [unit] = await visibleUnits(ctx.em, portalScope(ctx), [id]);
    if (!unit) throw new NotFoundError('Unidade');
    return unit;
  }

  // The customer's units come with their development and block read whole (unit.service.ts): answered at once.
  @FieldResolver(() => Development)
  development(@Root() unit: Unit, @Ctx() { loaders }: Context): Development | Promise<Development> {
    return whole(unit.development) ?? loaders.development.load(unit.development.id).then((d) => d!);
  }

  @FieldResolver(() => Block, { nullable: true })
  block(@Root() unit: Unit, @Ctx() { loaders }: Context): Block | Promise<Block | null> | null {
    return unit.block ? (whole(unit.block) ?? loaders.block.load(unit.block.id)) : null;
  }

  @FieldResolver(() => Stage, { nullable: true })
  stage(@Root() unit: Unit, @Ctx() { loaders }: Context): Promise<Stage | null> | null {
    return unit.stage ? loaders.stage.load(unit.stage.id) : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'R-UNIT-5: previsão de entrega (data), quando o portal a exibe.' })
  deliveryForecast(@Root() unit: Unit, @Ctx() ctx: Context): string | null | Promise<string | null> {
    if (!ctx.staff && !sessionPortal(ctx).showDeliveryForecast) return null;
    const development = whole(unit.development);
    if (development) return development.deliveryDate ?? null;
    return ctx.loaders.development.load(unit.development.id).then((d) => d?.deliveryDate ?? null);
  }

  @FieldResolver(() => [Contract], { description: 'SPEC §4: os contratos que o cliente vê (a equipe vê todos).', complexity: listCost(5) })
  async contracts(@Root() unit: Unit, @Ctx() ctx: Context): Promise<Contract[]> {
    if (ctx.staff) return ctx.loaders.contractsOfReservationUnits.load(unit.id);
    if (!sessionPortal(ctx).showContracts) {
      throw new FeatureDisabledError('showContracts', 'A exibição de contratos está desativada neste portal.');
    }
    const scope = portalScope(ctx);
    return ctx.loaders
      .scoped('visibleContractsByUnit', () => new DataLoader<string, Contract[]>(async (ids) => {
        const byUnit = await visibleContractsByUnit(ctx.em, scope, [...ids]);
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
          return groupedBy(ids, rows, (r) => r.unit?.id);
        }))
        .load(unit.id);
    }
    if (kind) assertRequestMenuOn(sessionPortal(ctx), kind);
    const scope = portalScope(ctx);
    return ctx.loaders
      .scoped(key, () => new DataLoader<string, Request[]>(async (ids) => {
        const rows = await visibleRequests(ctx.em, scope, { unitIds: [...ids], open, kind });
        return groupedBy(ids, rows, (r) => r.unit?.id);
      }))
      .load(unit.id);
  }

  @FieldResolver(() => [Location], { description: 'R-REQ-3: as localidades que uma assistência pode indicar (vazio se o portal não as exibe).' })
  async locations(@Root() unit: Unit, @Ctx() ctx: Context): Promise<Location[]> {
    if (!ctx.staff && !(await ctx.portal())?.showLocation) return [];
    return ctx.loaders.locationsOfDevelopment.load(unit.development.id);
  }
}

@Resolver(() => Development)
export class DevelopmentFieldsResolver {
  @FieldResolver(() => String, { nullable: true, description: 'Data de entrega (R-UNIT-5: ao cliente, só quando o portal a exibe).' })
  async deliveryDate(@Root() development: Development, @Ctx() ctx: Context): Promise<string | null> {
    if (!ctx.staff && !(await ctx.portal())?.showDeliveryForecast) return null;
    return development.deliveryDate ?? null;
  }
}
