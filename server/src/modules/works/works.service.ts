import type { EntityManager } from '@mikro-orm/postgresql';
import { inLocale, say, type Locale } from '../../locale.js';
import { FileOwnerKind, fileUrl, StoredFile, thumbnailUrl } from '../files/stored-file.entity.js';
import { saoPauloDate } from '../finance/finance-words.js';
import type { ViewerScope } from '../visibility/rule.js';
import { allOf, query, scopeParams } from '../visibility/sql.js';
import { scheduleProgress, type TaskDates } from './schedule.js';
import type { LabourLine } from './work-log-entry.entity.js';
import type { WorkLogStatus, WorkWeather } from './work-log.enums.js';
import { developmentCandidatesSql, scheduleRules, workLogRules } from './works.rules.js';
import { ScheduleTaskState, type WorkLogEntryView, type WorkLogFileView, type WorkScheduleView } from './works.types.js';

export interface WorkLogRow {
  id: string;
  date: string;
  status: WorkLogStatus;
  weather: WorkWeather | null;
  occurrences: string;
  labour: LabourLine[];
  developmentId: string;
  developmentName: string;
  blockId: string | null;
  blockName: string | null;
}

export const WORK_LOG_COLUMNS = `w.id, cast(w.date as text) as date, w.status, w.weather, w.occurrences, w.labour,
  d.id as "developmentId", d.name as "developmentName", b.id as "blockId", b.name as "blockName"`;
export const WORK_LOG_FROM = 'work_log_entry w join development d on d.id = w.development_id left join block b on b.id = w.block_id';

/** A page cursor: the last entry's date and id. */
const cursorOf = (row: { date: string; id: string }) => Buffer.from(`${row.date}|${row.id}`).toString('base64url');
function parseCursor(cursor: string | null | undefined): { date: string; id: string } | null {
  if (!cursor) return null;
  const [date, id] = Buffer.from(cursor, 'base64url').toString().split('|');
  return date && id && /^\d{4}-\d{2}-\d{2}$/.test(date) && /^[0-9a-f-]{36}$/i.test(id) ? { date, id } : null;
}

/** SPEC §9 for lists: the work log entries the scope's customer sees (all, or these ids), newest first, by SQL. */
export async function visibleWorkLog(em: EntityManager, scope: ViewerScope, options: { ids?: string[]; after?: string | null; limit?: number } = {}): Promise<{ rows: WorkLogRow[]; nextCursor: string | null }> {
  if (!scope.customerId) return { rows: [], nextCursor: null };
  const after = parseCursor(options.after);
  const limit = options.limit ?? 1000;
  const rows = await query<WorkLogRow>(
    em,
    `select ${WORK_LOG_COLUMNS}
       from ${WORK_LOG_FROM}
      where w.development_id in ${developmentCandidatesSql}
        ${options.ids ? 'and w.id = any(cast(:ids as uuid[]))' : ''}
        ${after ? 'and (w.date, w.id) < (cast(:afterDate as date), cast(:afterId as uuid))' : ''}
        and ${allOf(workLogRules)}
      order by w.date desc, w.id desc
      limit :limit`,
    { ...scopeParams(scope), ids: options.ids ?? [], afterDate: after?.date ?? null, afterId: after?.id ?? null, limit: limit + 1 },
  );
  const more = rows.length > limit;
  const page = more ? rows.slice(0, limit) : rows;
  return { rows: page, nextCursor: more ? cursorOf(page[page.length - 1]!) : null };
}

/** The ids of these entries the customer sees (the files' access rule, file-access.ts). */
export async function visibleWorkLogIds(em: EntityManager, scope: ViewerScope, ids: string[]): Promise<string[]> {
  return (await visibleWorkLog(em, scope, { ids })).rows.map((r) => r.id);
}

export const fileView = (f: StoredFile): WorkLogFileView => ({
  id: f.id, name: f.name, contentType: f.contentType, size: f.size, url: fileUrl(f.id),
  thumbnailUrl: f.thumbnailSize != null ? thumbnailUrl(f.id) : null, width: f.width ?? null, height: f.height ?? null,
});

/** The entries as views, each with its photos and attachments (one query for all files). */
export async function entryViews(em: EntityManager, rows: readonly WorkLogRow[]): Promise<(WorkLogEntryView & { blockId: string | null })[]> {
  const ids = rows.map((r) => r.id);
  const files = ids.length
    ? await em.find(StoredFile, { ownerKind: { $in: [FileOwnerKind.WORK_LOG_PHOTO, FileOwnerKind.WORK_LOG_ATTACHMENT] }, ownerId: { $in: ids } }, { orderBy: { createdAt: 'asc', id: 'asc' } })
    : [];
  return rows.map((r) => {
    const own = files.filter((f) => f.ownerId === r.id);
    return {
      ...r, labour: r.labour ?? [], headcount: (r.labour ?? []).reduce((sum, l) => sum + l.headcount, 0),
      photos: own.filter((f) => f.ownerKind === FileOwnerKind.WORK_LOG_PHOTO).map(fileView),
      attachments: own.filter((f) => f.ownerKind === FileOwnerKind.WORK_LOG_ATTACHMENT).map(fileView),
    };
  });
}

interface TaskRow extends TaskDates {
  position: number;
  version: number;
}

/** The tasks of some developments, in order. */
export async function tasksOf(em: EntityManager, developmentIds: string[]): Promise<Map<string, TaskRow[]>> {
  const rows = await query<TaskRow & { developmentId: string }>(
    em,
    `select t.id, t.development_id as "developmentId", t.name, t.position, cast(t.planned_start as text) as "plannedStart", cast(t.planned_end as text) as "plannedEnd",
            cast(t.actual_start as text) as "actualStart", cast(t.actual_end as text) as "actualEnd", t.weight, t.progress, t.version
       from schedule_task t where t.development_id = any(cast(:ids as uuid[])) order by t.position, t.planned_start, t.name, t.id`,
    { ids: developmentIds },
  );
  const byDevelopment = new Map<string, TaskRow[]>();
  for (const { developmentId, ...task } of rows) byDevelopment.set(developmentId, [...(byDevelopment.get(developmentId) ?? []), task]);
  return byDevelopment;
}

/** R-WORK-2: a development's schedule as computed today, in the caller's language. */
export function scheduleView(development: { id: string; name: string }, tasks: TaskRow[], now: Date, locale: Locale, staff = false): WorkScheduleView {
  const today = saoPauloDate(now);
  const computed = scheduleProgress(tasks, today);
  const n = computed.delayDays;
  const delay = n ? say(`Entrega prevista com ${n === 1 ? '1 dia' : `${n} dias`} de atraso`, `Delivery expected ${n === 1 ? '1 day' : `${n} days`} late`) : null;
  return {
    developmentId: development.id, developmentName: development.name, progress: computed.progress, plannedProgress: computed.plannedProgress,
    plannedEnd: computed.plannedEnd, forecastEnd: computed.forecastEnd, delayDays: n, delayText: delay ? inLocale(delay, locale) : null, today,
    tasks: computed.tasks.map((t, i) => ({
      id: t.id, name: t.name, position: tasks[i]!.position, plannedStart: t.plannedStart, plannedEnd: t.plannedEnd, actualStart: t.actualStart, actualEnd: t.actualEnd,
      weight: t.weight, progress: t.actualEnd ? 100 : t.progress, state: t.state as ScheduleTaskState, delayDays: t.delayDays,
      delayText: t.delayText ? inLocale(t.delayText, locale) : null, forecastEnd: t.forecastEnd, version: staff ? tasks[i]!.version : null,
    })),
  };
}

/** SPEC §9 for lists: the developments whose schedule the customer sees, by SQL. */
export async function visibleScheduleDevelopments(em: EntityManager, scope: ViewerScope): Promise<{ id: string; name: string }[]> {
  if (!scope.customerId) return [];
  return query<{ id: string; name: string }>(
    em,
    `select d.id, d.name from development d where d.id in ${developmentCandidatesSql} and ${allOf(scheduleRules('d.id'))} order by d.name, d.id`,
    scopeParams(scope),
  );
}
