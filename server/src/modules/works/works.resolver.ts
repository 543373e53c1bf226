import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { FeatureDisabledError, ForbiddenError, NotFoundError } from '../../domain-errors.js';
import { Access } from '../../graphql/access.js';
import type { Context } from '../../graphql/context.js';
import { inLocale, say } from '../../locale.js';
import { sessionPortal } from '../finance/finance.resolver.js';
import { portalScope } from '../visibility/scope.js';
import { entryViews, scheduleView, tasksOf, visibleScheduleDevelopments, visibleWorkLog } from './works.service.js';
import { PortalPermission } from '../auth/account.enums.js';
import { WorkLogEntryView, WorkLogPage, WorkScheduleView } from './works.types.js';

/** R-WORK-3: a user without "See work log" is refused by the API, not just shown no menu. */
function assertSeesWorkLog(ctx: Context): void {
  if (ctx.viewer.kind === 'account' && !ctx.viewer.account.portalPermissions.includes(PortalPermission.SEE_WORK_LOG)) {
    throw new ForbiddenError('Seu acesso ao portal não inclui o diário de obra. Se precisar dele, peça à incorporadora.');
  }
}

/** R-SET-1, R-WORK-1: an empty `workLogStatuses` hides the Diário de obra menu and the API refuses it. */
function assertWorkLogOn(ctx: Context): void {
  if (!sessionPortal(ctx).workLogStatuses.length) throw new FeatureDisabledError('workLogStatuses', 'O diário de obra não está disponível neste portal.');
  assertSeesWorkLog(ctx);
}

const EMPTY = say('Ainda não há registros do diário de obra publicados para as suas unidades. Quando a equipe da obra publicar, eles aparecem aqui.',
  'No work log entries have been published for your units yet. They will show here when the site team publishes them.');

@Resolver()
export class WorksResolver {
  @Access('CUSTOMER')
  @Query(() => WorkLogPage, { description: 'R-WORK-1: o diário de obra das unidades do cliente, do mais recente ao mais antigo, com fotos.' })
  async workLog(
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('limit', () => Int, { defaultValue: 20 }) limit: number,
    @Ctx() ctx: Context,
  ): Promise<WorkLogPage> {
    assertWorkLogOn(ctx);
    const { rows, nextCursor } = await visibleWorkLog(ctx.em, portalScope(ctx), { after, limit: Math.min(50, Math.max(1, limit)) });
    return { entries: await entryViews(ctx.em, rows), nextCursor, notice: rows.length || after ? null : inLocale(EMPTY, ctx.locale) };
  }

  @Access('CUSTOMER')
  @Query(() => WorkLogEntryView, { description: 'R-WORK-1: um registro do diário de obra; NOT_FOUND quando o cliente não o vê.' })
  async workLogEntry(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<WorkLogEntryView> {
    assertWorkLogOn(ctx);
    const { rows } = await visibleWorkLog(ctx.em, portalScope(ctx), { ids: [id] });
    if (!rows.length) throw new NotFoundError('Registro do diário');
    return (await entryViews(ctx.em, rows))[0]!;
  }

  @Access('CUSTOMER')
  @Query(() => [WorkScheduleView], { description: 'R-WORK-2: o cronograma de cada empreendimento das unidades do cliente: progresso, etapas, atrasos e previsão de entrega.' })
  async workSchedules(@Ctx() ctx: Context): Promise<WorkScheduleView[]> {
    assertSeesWorkLog(ctx);
    const developments = await visibleScheduleDevelopments(ctx.em, portalScope(ctx));
    const tasks = await tasksOf(ctx.em, developments.map((d) => d.id));
    const now = ctx.services.clock.now();
    return developments.map((d) => scheduleView(d, tasks.get(d.id) ?? [], now, ctx.locale));
  }
}
