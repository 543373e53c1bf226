import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Access, StaffScope } from '../../graphql/access.js';
import type { Context } from '../../graphql/context.js';
import { Development } from '../developments/development.entity.js';
import { findInScope, getInScope } from '../scope/staff-scope.js';
import type { StaffViewer } from '../scope/staff-viewer.js';
import { requireStaff } from '../visibility/scope.js';
import { query } from '../visibility/sql.js';
import { WorkLogEntry } from './work-log-entry.entity.js';
import { WorkLogStatus } from './work-log.enums.js';
import { WorksAdminService } from './works-admin.service.js';
import { entryViews, scheduleView, tasksOf, WORK_LOG_COLUMNS, WORK_LOG_FROM, type WorkLogRow } from './works.service.js';
import { SaveScheduleTaskInput, SaveWorkLogEntryInput, StaffWorkLogEntry, WorkScheduleView } from './works.types.js';

const service = (ctx: Context) => new WorksAdminService({ audit: ctx.services.audit, files: ctx.services.files, now: () => ctx.services.clock.now(), notifications: ctx.services.notifications });

/** Entries as the admin app lists them: these ids (already within the member's scope), newest first. */
async function staffEntries(ctx: Context, ids: string[]): Promise<StaffWorkLogEntry[]> {
  if (!ids.length) return [];
  const rows = await query<WorkLogRow & { reviewNote: string | null; createdByName: string | null; reviewedByName: string | null; reviewedAt: string | null; version: number; updatedAt: string }>(ctx.em, `
    select ${WORK_LOG_COLUMNS}, w.review_note as "reviewNote", ca.name as "createdByName", ra.name as "reviewedByName", w.reviewed_at as "reviewedAt", w.version, w.updated_at as "updatedAt"
      from ${WORK_LOG_FROM} left join account ca on ca.id = w.created_by_id left join account ra on ra.id = w.reviewed_by_id
     where w.id = any(cast(:ids as uuid[])) order by w.date desc, w.id desc`, { ids });
  const views = await entryViews(ctx.em, rows);
  return views.map((v, i) => {
    const row = rows[i]!;
    return { ...v, reviewNote: row.reviewNote, createdByName: row.createdByName, reviewedByName: row.reviewedByName, reviewedAt: row.reviewedAt ? new Date(row.reviewedAt) : null, version: row.version, updatedAt: new Date(row.updatedAt) };
  });
}

async function entry(ctx: Context, id: string): Promise<StaffWorkLogEntry> {
  return (await staffEntries(ctx, [id]))[0]!;
}

async function schedule(ctx: Context, staff: StaffViewer, developmentId: string): Promise<WorkScheduleView> {
  const development = await getInScope(ctx.em, staff, Development, developmentId);
  const tasks = await tasksOf(ctx.em, [development.id]);
  return scheduleView(development, tasks.get(development.id) ?? [], ctx.services.clock.now(), ctx.locale, true);
}

@Resolver()
export class WorksAdminResolver {
  @Access('STAFF')
  @StaffScope('Development, WorkLogEntry')
  @Query(() => [StaffWorkLogEntry], { description: 'R-WORK-1: o diário de obra de um empreendimento, do mais recente ao mais antigo (todas as situações, ou uma).' })
  async staffWorkLog(
    @Arg('developmentId', () => ID) developmentId: string,
    @Arg('status', () => WorkLogStatus, { nullable: true }) status: WorkLogStatus | null,
    @Ctx() ctx: Context,
  ): Promise<StaffWorkLogEntry[]> {
    const staff = requireStaff(ctx);
    const development = await getInScope(ctx.em, staff, Development, developmentId);
    const found = await findInScope(ctx.em, staff, WorkLogEntry, { development, ...(status ? { status } : {}) }, { orderBy: { date: 'desc', id: 'desc' }, limit: 200 });
    return staffEntries(ctx, found.map((e) => e.id));
  }

  @Access('ADMIN', 'MANAGER')
  @StaffScope('WorkLogEntry (write), Development')
  @Mutation(() => StaffWorkLogEntry, { description: 'R-WORK-1: cria (sem id) ou muda um registro do diário de obra, com fotos e anexos enviados antes (POST /files); auditado. Um registro aprovado não muda.' })
  async saveWorkLogEntry(@Arg('input', () => SaveWorkLogEntryInput) input: SaveWorkLogEntryInput, @Ctx() ctx: Context): Promise<StaffWorkLogEntry> {
    const { id, discarded } = await service(ctx).saveEntry(ctx.em, requireStaff(ctx), input);
    await ctx.services.files.discard(discarded);
    return entry(ctx, id);
  }

  @Access('ADMIN', 'MANAGER')
  @StaffScope('WorkLogEntry (write)')
  @Mutation(() => StaffWorkLogEntry, { description: 'R-WORK-1: envia para análise, aprova, reprova (com o motivo) ou devolve a rascunho um registro; auditado.' })
  async setWorkLogStatus(
    @Arg('id', () => ID) id: string,
    @Arg('status', () => WorkLogStatus) status: WorkLogStatus,
    @Arg('version', () => Int) version: number,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Ctx() ctx: Context,
  ): Promise<StaffWorkLogEntry> {
    return entry(ctx, await service(ctx).setStatus(ctx.em, requireStaff(ctx), id, status, note, version));
  }

  @Access('ADMIN', 'MANAGER')
  @StaffScope('WorkLogEntry (write)')
  @Mutation(() => Boolean, { description: 'R-WORK-1: exclui um registro que não está aprovado, com suas fotos e anexos; auditado.' })
  async deleteWorkLogEntry(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    await ctx.services.files.discard(await service(ctx).deleteEntry(ctx.em, requireStaff(ctx), id));
    return true;
  }

  @Access('STAFF')
  @StaffScope('Development, ScheduleTask')
  @Query(() => WorkScheduleView, { description: 'R-WORK-2: o cronograma de um empreendimento, como o cliente o vê, com as versões para editar.' })
  staffSchedule(@Arg('developmentId', () => ID) developmentId: string, @Ctx() ctx: Context): Promise<WorkScheduleView> {
    return schedule(ctx, requireStaff(ctx), developmentId);
  }

  @Access('ADMIN', 'MANAGER')
  @StaffScope('ScheduleTask (write), Development')
  @Mutation(() => WorkScheduleView, { description: 'R-WORK-2: cria (sem id) ou muda uma etapa do cronograma; responde o cronograma; auditado.' })
  async saveScheduleTask(@Arg('input', () => SaveScheduleTaskInput) input: SaveScheduleTaskInput, @Ctx() ctx: Context): Promise<WorkScheduleView> {
    const staff = requireStaff(ctx);
    await service(ctx).saveTask(ctx.em, staff, input);
    return schedule(ctx, staff, input.developmentId);
  }

  @Access('ADMIN', 'MANAGER')
  @StaffScope('ScheduleTask (write)')
  @Mutation(() => WorkScheduleView, { description: 'R-WORK-2: exclui uma etapa do cronograma; responde o cronograma; auditado.' })
  async deleteScheduleTask(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<WorkScheduleView> {
    const staff = requireStaff(ctx);
    const developmentId = await service(ctx).deleteTask(ctx.em, staff, id);
    return schedule(ctx, staff, developmentId);
  }
}
