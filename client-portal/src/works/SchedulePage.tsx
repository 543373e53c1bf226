import { useQuery } from 'urql';
import { graphql } from '../gql';
import type { WorkSchedulesQuery } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { useLabel } from '../i18n/use-label';
import { formatDate } from '../shared/format/dates';
import { Empty, ErrorMessage, Loading } from '../ui/Status';
import './works.css';

const WorkSchedulesQueryDoc = graphql(`
  query WorkSchedules {
    workSchedules {
      developmentId
      developmentName
      progress
      plannedProgress
      plannedEnd
      forecastEnd
      delayDays
      delayText
      today
      tasks {
        id
        name
        plannedStart
        plannedEnd
        actualStart
        actualEnd
        progress
        state
        delayDays
        delayText
        forecastEnd
      }
    }
  }
`);

type Schedule = WorkSchedulesQuery['workSchedules'][number];

/** R-WORK-2: the Cronograma — overall progress, each stage on a timeline, delays in words, the delivery forecast. */
export function SchedulePage() {
  const { t } = useI18n();
  const [{ data, fetching, error }, refetch] = useQuery({ query: WorkSchedulesQueryDoc });
  if (fetching && !data) return <><h1>{t('works.scheduleTitle')}</h1><Loading /></>;
  if (!data) return <><h1>{t('works.scheduleTitle')}</h1><ErrorMessage error={error} retry={() => refetch({ requestPolicy: 'network-only' })} /></>;
  // The schedules with stages first; the ones not published yet after, saying so.
  const schedules = [...data.workSchedules].sort((a, b) => Number(b.tasks.length > 0) - Number(a.tasks.length > 0));
  return (
    <>
      <h1>{t('works.scheduleTitle')}</h1>
      {schedules.length === 0 && <Empty title={t('home.noUnits')} why={t('home.noUnitsWhy')} />}
      {schedules.map((s) => <ScheduleCard key={s.developmentId} schedule={s} titled={schedules.length > 1} />)}
    </>
  );
}

const DAY = 86_400_000;
const time = (d: string) => Date.parse(`${d}T00:00:00Z`);

function ScheduleCard({ schedule, titled }: { schedule: Schedule; titled: boolean }) {
  const { t } = useI18n();
  const label = useLabel();
  const percent = (n: number) => n.toLocaleString('pt-BR', { maximumFractionDigits: 1 });
  const headingId = `schedule-${schedule.developmentId}`;
  if (!schedule.tasks.length) {
    return (
      <section aria-labelledby={headingId}>
        <h2 id={headingId}>{schedule.developmentName}</h2>
        <Empty title={t('works.noTasks')} why={t('works.noTasksWhy')} />
      </section>
    );
  }
  // The picture's span: from the first planned start to the last end (planned or forecast), today marked.
  const starts = schedule.tasks.map((task) => time(task.actualStart && task.actualStart < task.plannedStart ? task.actualStart : task.plannedStart));
  const ends = schedule.tasks.flatMap((task) => [time(task.plannedEnd), time(task.forecastEnd)]);
  const from = Math.min(...starts, time(schedule.today));
  const to = Math.max(...ends, time(schedule.today)) + DAY;
  const at = (d: string) => `${(((time(d) - from) / (to - from)) * 100).toFixed(2)}%`;
  const span = (a: string, b: string) => `${(((time(b) + DAY - time(a)) / (to - from)) * 100).toFixed(2)}%`;
  const late = schedule.delayDays > 0;
  const done = t('works.progressDone', { percent: percent(schedule.progress) });
  return (
    <section aria-labelledby={headingId} className="schedule" data-testid="schedule">
      <h2 id={headingId}>{titled ? schedule.developmentName : t('works.progress')}</h2>
      <div className="card">
        <p className="paid-text"><strong>{done}</strong> <span className="muted">· {t('works.plannedToday', { percent: percent(schedule.plannedProgress) })}</span></p>
        <div className="progress" role="progressbar" aria-label={t('works.progress')} aria-valuemin={0} aria-valuemax={100} aria-valuenow={schedule.progress} aria-valuetext={done}>
          <span style={{ width: `${Math.min(100, schedule.progress)}%` }} />
        </div>
        <dl className="figures">
          <div className={late ? 'overdue' : undefined}>
            <dt>{t('works.forecast')}</dt>
            <dd><strong>{formatDate(schedule.forecastEnd)}</strong><br /><span className="small">{schedule.delayText ?? t('works.onTime')}</span></dd>
          </div>
          <div>
            <dt>{t('works.plannedEndLabel')}</dt>
            <dd><strong>{formatDate(schedule.plannedEnd)}</strong></dd>
          </div>
        </dl>
      </div>

      <h3>{t('works.stages')}</h3>
      <p className="legend" aria-hidden="true">
        <span className="legend-item"><span className="swatch planned" /> {t('works.legendPlanned')}</span>
        <span className="legend-item"><span className="swatch actual" /> {t('works.legendActual')}</span>
        <span className="legend-item"><span className="swatch late" /> {t('works.legendLate')}</span>
        <span className="legend-item"><span className="swatch today" /> {t('works.today')}</span>
      </p>
      <ol className="gantt">
        {schedule.tasks.map((task) => {
          const start = task.actualStart ?? task.plannedStart;
          const end = task.actualEnd ?? task.forecastEnd;
          const began = task.state !== 'NOT_STARTED';
          return (
            <li key={task.id} className={`gantt-task${task.delayDays ? ' is-late' : ''}`} data-testid="schedule-task">
              <div className="gantt-head">
                <strong>{task.name}</strong>
                <span className="chip">{label('ScheduleTaskState', task.state)}</span>
              </div>
              <p className={task.delayText ? 'delay-text' : 'muted small'}>{task.delayText ?? t('works.onTime')}</p>
              <div className="gantt-track" aria-hidden="true">
                <span className="gantt-bar planned" style={{ left: at(task.plannedStart), width: span(task.plannedStart, task.plannedEnd) }} />
                {began && <span className={`gantt-bar actual${task.delayDays ? ' late' : ''}`} style={{ left: at(start), width: span(start, end) }} />}
                <span className="gantt-today" style={{ left: at(schedule.today) }} />
              </div>
              <div className="progress small-progress" role="progressbar" aria-label={t('works.stageProgress', { name: task.name })} aria-valuemin={0} aria-valuemax={100} aria-valuenow={task.progress}
                aria-valuetext={t('works.progressDone', { percent: task.progress })}>
                <span style={{ width: `${task.progress}%` }} />
              </div>
              <p className="muted small">
                {t('works.stagePlanned', { start: formatDate(task.plannedStart), end: formatDate(task.plannedEnd) })}
                {' · '}
                {task.actualEnd ? t('works.stageDone', { date: formatDate(task.actualEnd) })
                  : task.actualStart ? t('works.stageStarted', { date: formatDate(task.actualStart), percent: task.progress })
                  : t('works.stageNotStarted')}
              </p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
