import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Access, ForTokens, StaffScope } from '../../graphql/access.js';
import { ConnectionType, decodeCursor, encodeCursor, pageSize, toConnection, afterCursor, PageArgs } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { NotFoundError } from '../../domain-errors.js';
import { ApiToken, TokenScope } from './api-token.entity.js';
import { integrationCaller } from './integration-caller.js';
import { SyncRunError } from './sync-run-error.entity.js';
import { SyncRun, SyncRunStatus } from './sync-run.entity.js';

/** A RUNNING run silent for this long is shown as stale: an ADMIN may unlock it (R-SYNC-4). */
export const STALE_AFTER_MINUTES = 15;

@ObjectType()
export class SyncRunConnection extends ConnectionType(SyncRun, 'SyncRun') {}

@ObjectType()
export class SyncRunErrorConnection extends ConnectionType(SyncRunError, 'SyncRunError') {}

@ArgsType()
class SyncRunsArgs {
  @Field(() => SyncRunStatus, { nullable: true })
  status?: SyncRunStatus | null;

  @Field(() => Date, { nullable: true, description: 'Começadas a partir deste momento.' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Começadas antes deste momento.' })
  to?: Date | null;

  @Field(() => Int, { nullable: true })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

/** R-SYNC-4: sync runs — the ERP opens and closes them around its batches; ADMINs read, open, close and unlock them. */
@Resolver(() => SyncRun)
export class SyncRunResolver {
  @Access('ADMIN') @ForTokens(TokenScope.READ) @StaffScope('SyncRun (company-wide)')
  @Query(() => SyncRunConnection, { description: 'R-SYNC-4: as sincronizações da empresa, mais recentes primeiro.' })
  async syncRuns(@Args(() => SyncRunsArgs) { status, from, to, first, after }: SyncRunsArgs, @Ctx() ctx: Context) {
    const { companyId } = integrationCaller(ctx);
    const size = pageSize(first);
    const cursor = after ? decodeCursor(after) : null;
    const rows = await ctx.em.find(SyncRun, {
      company: companyId,
      ...(status ? { status } : {}),
      ...(from || to ? { startedAt: { ...(from ? { $gte: from } : {}), ...(to ? { $lt: to } : {}) } } : {}),
      ...afterCursor('startedAt', cursor),
    }, { orderBy: [{ startedAt: 'desc' }, { id: 'desc' }], limit: size + 1 });
    ctx.apiRows += Math.min(rows.length, size);
    return toConnection(rows, size, (r) => encodeCursor(r.startedAt, r.id));
  }

  @Access('ADMIN') @ForTokens(TokenScope.READ) @StaffScope('SyncRun (company-wide)')
  @Query(() => SyncRun, { description: 'R-SYNC-4: uma sincronização, com seus erros.' })
  async syncRun(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<SyncRun> {
    const run = await ctx.em.findOne(SyncRun, { id, company: integrationCaller(ctx).companyId });
    if (!run) throw new NotFoundError('Sincronização');
    return run;
  }

  @Access('ADMIN') @ForTokens(TokenScope.INTEGRATION) @StaffScope('SyncRun (company-wide)')
  @Mutation(() => SyncRun, { description: 'R-SYNC-4: abre uma sincronização (uma por vez na empresa; CONFLICT se já houver uma em andamento).' })
  openSyncRun(@Arg('note', () => String, { nullable: true }) note: string | null, @Ctx() ctx: Context): Promise<SyncRun> {
    return ctx.services.syncRuns.open(ctx.em, integrationCaller(ctx), note);
  }

  @Access('ADMIN') @ForTokens(TokenScope.INTEGRATION) @StaffScope('SyncRun (company-wide)')
  @Mutation(() => SyncRun, { description: 'R-SYNC-4: encerra a sincronização como concluída (SUCCEEDED) ou com falha (FAILED).' })
  closeSyncRun(@Arg('id', () => ID) id: string, @Arg('status', () => SyncRunStatus) status: SyncRunStatus, @Ctx() ctx: Context): Promise<SyncRun> {
    return ctx.services.syncRuns.close(ctx.em, integrationCaller(ctx), id, status);
  }

  @Access('ADMIN') @StaffScope('SyncRun (company-wide)')
  @Mutation(() => SyncRun, { description: 'R-SYNC-4: destrava uma sincronização que parou de responder (fica ABANDONED; auditado).' })
  unlockSyncRun(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<SyncRun> {
    const caller = integrationCaller(ctx);
    return ctx.services.syncRuns.unlock(ctx.em, caller.staff!, id);
  }

  @FieldResolver(() => SyncRunErrorConnection, { description: 'As linhas recusadas, na ordem em que chegaram.' })
  async errors(@Root() run: SyncRun, @Args(() => PageArgs) { first, after }: PageArgs, @Ctx() ctx: Context) {
    const size = pageSize(first);
    const cursor = after ? decodeCursor(after) : null;
    const rows = await ctx.em.find(SyncRunError, {
      run: run.id,
      ...afterCursor('at', cursor, 'asc'),
    }, { orderBy: [{ at: 'asc' }, { id: 'asc' }], limit: size + 1 });
    return toConnection(rows, size, (e) => encodeCursor(e.at, e.id));
  }

  @FieldResolver(() => String, { description: 'Quem abriu: o token (pelo nome) ou o administrador.' })
  async startedBy(@Root() run: SyncRun, @Ctx() ctx: Context): Promise<string> {
    if (run.startedByAccount) return (await ctx.loaders.account.load(run.startedByAccount.id))?.name ?? '';
    if (run.startedByToken) return `Token "${(await ctx.em.findOne(ApiToken, run.startedByToken.id))?.name ?? ''}"`;
    return '';
  }

  @FieldResolver(() => Boolean, { description: `Em andamento e sem lote há mais de ${STALE_AFTER_MINUTES} minutos: um administrador pode destravá-la.` })
  stale(@Root() run: SyncRun, @Ctx() ctx: Context): boolean {
    return run.status === SyncRunStatus.RUNNING && ctx.services.clock.now().getTime() - run.lastActivityAt.getTime() > STALE_AFTER_MINUTES * 60_000;
  }
}
