import { sentence, type ImpactCount } from '../visibility/impact/impact.service.js';
import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Access, StaffScope } from '../../graphql/access.js';
import { listCost } from '../../graphql/limits/cost.js';
import { ConnectionType, decodeCursor, encodeCursor, pageSize, toConnection, afterCursor, PageArgs } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { findInScope } from '../scope/staff-scope.js';
import { requireStaff } from '../visibility/scope.js';
import { AuditLog } from './audit-log.entity.js';
import { auditNames, referencedIds } from './audit-target.loader.js';

@ObjectType()
export class AuditLogConnection extends ConnectionType(AuditLog, 'AuditLog') {}

@ObjectType({ description: 'Um objeto citado no antes/depois de um registro de auditoria (empreendimentos, portal), pelo nome.' })
export class AuditReference {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'O tipo do objeto, como em targetType (ex.: Development, Portal).' }) type!: string;
  @Field(() => String) name!: string;
}

@InputType({ description: 'Filtros do log de auditoria.' })
export class AuditLogFilter {
  @Field(() => String, { nullable: true })
  targetType?: string | null;

  @Field(() => ID, { nullable: true })
  targetId?: string | null;

  @Field(() => String, { nullable: true, description: 'Ação exata, ou prefixo terminado em "." (ex.: "login.").' })
  action?: string | null;

  @Field(() => ID, { nullable: true })
  actorId?: string | null;

  @Field(() => Date, { nullable: true })
  from?: Date | null;

  @Field(() => Date, { nullable: true })
  to?: Date | null;
}

@Resolver()
export class AuditResolver {
  @Access('ADMIN', 'MANAGER')
  @StaffScope('AuditLog')
  @Query(() => AuditLogConnection, { description: 'R-OPS-2: o log de auditoria da empresa, do mais recente ao mais antigo.' })
  async auditLog(
    @Arg('filter', () => AuditLogFilter, { nullable: true }) filter: AuditLogFilter | null,
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Ctx() ctx: Context,
  ) {
    const size = pageSize(first);
    const where: Record<string, unknown> = {};
    if (filter?.targetType) where.targetType = filter.targetType;
    if (filter?.targetId) where.targetId = filter.targetId;
    if (filter?.actorId) where.actor = filter.actorId;
    if (filter?.action) where.action = filter.action.endsWith('.') ? { $like: `${filter.action.replace(/[\\%_]/g, '\\$&')}%` } : filter.action;
    if (filter?.from || filter?.to) where.at = { ...(filter.from ? { $gte: filter.from } : {}), ...(filter.to ? { $lte: filter.to } : {}) };
    const cursor = after ? decodeCursor(after) : null;
    const page = afterCursor('at', cursor);
    const rows = await findInScope(ctx.em, requireStaff(ctx), AuditLog, { $and: [where, page] }, { orderBy: [{ at: 'desc' }, { id: 'desc' }], limit: size + 1 });
    return toConnection(rows, size, (row) => encodeCursor(row.at, row.id));
  }
}

/** A snapshot's own name for its object (a deleted portal keeps the name it had). */
const snapshotName = (snapshot: unknown) => {
  const name = (snapshot as { name?: unknown } | null)?.name;
  return typeof name === 'string' && name ? name : null;
};

@Resolver(() => AuditLog)
export class AuditLogFieldsResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description: 'O objeto pelo nome ("Residencial Jardins · Torre B", o nome do cliente ou do portal); null se não existe mais nem tem nome no antes/depois.',
  })
  async targetLabel(@Root() entry: AuditLog, @Ctx() ctx: Context): Promise<string | null> {
    const names = entry.targetId ? auditNames(ctx.em, requireStaff(ctx), ctx.loaders, entry.targetType) : null;
    const current = names && entry.targetId ? await names.load(entry.targetId) : null;
    return current ?? snapshotName(entry.before) ?? snapshotName(entry.after);
  }

  @FieldResolver(() => String, { nullable: true, description: 'R-EXPLAIN-4: o que a mudança fez com o que os clientes veem, numa frase (como a prévia mostrou antes de salvar); null se não é uma mudança dessas.' })
  impactSummary(@Root() entry: AuditLog, @Ctx() ctx: Context): string | null {
    return Array.isArray(entry.impact) ? sentence(entry.impact as ImpactCount[], ctx.locale) : null;
  }

  @FieldResolver(() => [AuditReference], { description: 'Os objetos que o antes/depois cita por id (empreendimentos, portal), pelo nome; os fora do seu alcance não aparecem.', complexity: listCost(5) })
  async references(@Root() entry: AuditLog, @Ctx() ctx: Context): Promise<AuditReference[]> {
    const staff = requireStaff(ctx);
    const found = await Promise.all(referencedIds(entry.before, entry.after).map(async ({ type, id }) => {
      const name = await auditNames(ctx.em, staff, ctx.loaders, type)?.load(id);
      return name ? [{ id, type, name }] : [];
    }));
    return found.flat();
  }
}
