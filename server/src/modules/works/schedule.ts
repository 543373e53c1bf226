import { say, type Said } from '../../locale.js';

/** A schedule task as the computation needs it (dates aaaa-mm-dd). */
export interface TaskDates {
  id: string;
  name: string;
  plannedStart: string;
  plannedEnd: string;
  actualStart: string | null;
  actualEnd: string | null;
  weight: number;
  progress: number;
}

export type TaskState = 'NOT_STARTED' | 'IN_PROGRESS' | 'DONE';

export interface TaskProgress extends TaskDates {
  state: TaskState;
  /** Days behind the plan (0: on time). */
  delayDays: number;
  /** When it ends (actual, or planned pushed by its delay). */
  forecastEnd: string;
  /** Its delay in words ("Estrutura: 12 dias de atraso"), or null when on time. */
  delayText: Said | null;
}

export interface ScheduleProgress {
  tasks: TaskProgress[];
  /** Percent done, weighted (0–100, one decimal). */
  progress: number;
  /** Percent the plan expected done today, weighted. */
  plannedProgress: number;
  plannedEnd: string | null;
  /** The delivery the schedule implies: the planned end pushed by the largest delay of an unfinished task. */
  forecastEnd: string | null;
  /** Days the forecast is past the plan. */
  delayDays: number;
}

const DAY = 86_400_000;
const time = (date: string) => Date.parse(`${date}T00:00:00Z`);
export const daysBetween = (from: string, to: string) => Math.round((time(to) - time(from)) / DAY);
export const addDays = (date: string, days: number) => new Date(time(date) + days * DAY).toISOString().slice(0, 10);
const later = (a: string, b: string) => (a > b ? a : b);

const days = (n: number) => say(n === 1 ? '1 dia' : `${n} dias`, n === 1 ? '1 day' : `${n} days`);

/** How far into its planned window a task should be today (0–1). */
function plannedFraction(t: TaskDates, today: string): number {
  if (today >= t.plannedEnd) return 1;
  if (today <= t.plannedStart) return 0;
  return daysBetween(t.plannedStart, today) / Math.max(1, daysBetween(t.plannedStart, t.plannedEnd));
}

/**
 * R-WORK-2: a task's state and delay today. Finished: how late its actual end was. Open: the days
 * past its planned end or, not started yet, past its planned start. Decision: a delay pushes the
 * task's end by as many days.
 */
export function taskProgress(t: TaskDates, today: string): TaskProgress {
  const state: TaskState = t.actualEnd ? 'DONE' : t.actualStart || t.progress > 0 ? 'IN_PROGRESS' : 'NOT_STARTED';
  let delayDays = 0;
  if (state === 'DONE') delayDays = Math.max(0, daysBetween(t.plannedEnd, t.actualEnd!));
  else if (today > t.plannedEnd) delayDays = daysBetween(t.plannedEnd, today);
  else if (state === 'NOT_STARTED' && today > t.plannedStart) delayDays = daysBetween(t.plannedStart, today);
  const forecastEnd = state === 'DONE' ? t.actualEnd! : later(addDays(t.plannedEnd, delayDays), today > t.plannedEnd ? today : t.plannedEnd);
  const n = days(delayDays);
  const delayText = !delayDays ? null : state === 'DONE'
    ? say(`${t.name}: concluída com ${n.pt} de atraso`, `${t.name}: finished ${n.en} late`)
    : say(`${t.name}: ${n.pt} de atraso`, `${t.name}: ${n.en} late`);
  return { ...t, state, delayDays, forecastEnd, delayText };
}

/** R-WORK-2: the whole schedule today — weighted progress, each task's delay, and the delivery it implies. */
export function scheduleProgress(tasks: readonly TaskDates[], today: string): ScheduleProgress {
  const judged = tasks.map((t) => taskProgress(t, today));
  const totalWeight = tasks.reduce((sum, t) => sum + Math.max(0, t.weight), 0);
  const weighted = (f: (t: TaskDates) => number) => (totalWeight ? Math.round((tasks.reduce((sum, t) => sum + Math.max(0, t.weight) * f(t), 0) / totalWeight) * 10) / 10 : 0);
  const progress = weighted((t) => (t.actualEnd ? 100 : Math.min(100, Math.max(0, t.progress))));
  const plannedProgress = weighted((t) => plannedFraction(t, today) * 100);
  const plannedEnd = tasks.length ? tasks.map((t) => t.plannedEnd).reduce(later) : null;
  const openDelay = Math.max(0, ...judged.filter((t) => t.state !== 'DONE').map((t) => t.delayDays));
  const lastEnd = judged.length ? judged.map((t) => t.forecastEnd).reduce(later) : null;
  const forecastEnd = plannedEnd ? later(addDays(plannedEnd, openDelay), lastEnd!) : null;
  return { tasks: judged, progress, plannedProgress, plannedEnd, forecastEnd, delayDays: plannedEnd && forecastEnd ? Math.max(0, daysBetween(plannedEnd, forecastEnd)) : 0 };
}
