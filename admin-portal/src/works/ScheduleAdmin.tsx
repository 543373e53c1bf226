import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { SubmitButton } from '@shared/forms/buttons';
import { Field } from '@shared/forms/Field';
import { Form } from '@shared/forms/Form';
import { formatDate } from '@shared/format/dates';
import { Link } from '@shared/router';
import { can, useStaff } from '../auth/permissions';
import { graphql } from '../gql';
import type { StaffScheduleQuery } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { useLabel } from '../i18n/use-label';
import { ErrorMessage, Loading } from '../ui/Status';
import { WorksDevelopmentQuery } from './WorkLogAdmin';
import './works-admin.css';

/** What the Cronograma screen shows of a schedule: the query and both mutations answer it (the mutations answer the whole schedule). */
export const StaffScheduleViewFragment = graphql(`
  fragment StaffScheduleView on WorkScheduleView {
    developmentId
    progress
    plannedProgress
    plannedEnd
    forecastEnd
    delayDays
    delayText
    tasks {
      id
      name
      position
      plannedStart
      plannedEnd
      actualStart
      actualEnd
      weight
      progress
      state
      delayDays
      delayText
      forecastEnd
      version
    }
  }
`);

const StaffScheduleQueryDoc = graphql(`
  query StaffSchedule($developmentId: ID!) {
    staffSchedule(developmentId: $developmentId) {
      ...StaffScheduleView
    }
  }
`);

const SaveScheduleTaskMutation = graphql(`
  mutation SaveScheduleTask($input: SaveScheduleTaskInput!) {
    saveScheduleTask(input: $input) {
      ...StaffScheduleView
    }
  }
`);

const DeleteScheduleTaskMutation = graphql(`
  mutation DeleteScheduleTask($id: ID!) {
    deleteScheduleTask(id: $id) {
      ...StaffScheduleView
    }
  }
`);

type Schedule = StaffScheduleQuery['staffSchedule'];
type Task = { id: string; name: string; plannedStart: string; plannedEnd: string; actualStart?: string | null; actualEnd?: string | null; weight: number; progress: number; version?: number | null };

/** R-WORK-2: a development's Cronograma for staff: its stages with planned and actual dates, weight and progress, and what the customer reads of it. */
export function ScheduleAdmin({ developmentId }: { developmentId: string }) {
  const { t } = useI18n();
  const label = useLabel();
  const staff = useStaff();
  const [{ data: devs }] = useQuery({ query: WorksDevelopmentQuery });
  const [{ data, fetching, error }, refetch] = useQuery({ query: StaffScheduleQueryDoc, variables: { developmentId } });
  const [deleteState, remove] = useMutation(DeleteScheduleTaskMutation);
  const [editing, setEditing] = useState<Task | 'new' | null>(null);
  const development = devs?.developments.find((d) => d.id === developmentId);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const writable = can(staff, 'writeWorks');
  const schedule: Schedule | undefined = data?.staffSchedule;
  return (
    <>
      <p><Link to={`/admin/empreendimentos/${developmentId}`}>{t('works.backToDevelopment')}</Link></p>
      <h1>{t('works.scheduleTitle')}{development ? ` — ${development.name}` : ''}</h1>
      <p className="help">{t('works.scheduleHelp')}</p>
      {fetching && !data ? <Loading /> : !schedule ? <ErrorMessage error={error} retry={reload} /> : (
        <>
          <section className="card" aria-labelledby="schedule-summary">
            <h2 id="schedule-summary">{t('works.summary')}</h2>
            <p>{t('works.progressLine', { progress: schedule.progress.toLocaleString('pt-BR'), planned: schedule.plannedProgress.toLocaleString('pt-BR') })}</p>
            <p>{t('works.forecastLine', { forecast: formatDate(schedule.forecastEnd) || '—', planned: formatDate(schedule.plannedEnd) || '—' })}{schedule.delayText ? ` · ${schedule.delayText}` : ''}</p>
          </section>
          {schedule.tasks.length === 0 ? <p className="notice">{t('works.noTasks')}</p> : (
            <div className="table-wrap">
              <table className="table">
                <caption className="sr-only">{t('works.stages')}</caption>
                <thead>
                  <tr><th scope="col">{t('works.stage')}</th><th scope="col">{t('works.planned')}</th><th scope="col">{t('works.actual')}</th><th scope="col">{t('works.weight')}</th><th scope="col">{t('works.progressCol')}</th><th scope="col">{t('works.situation')}</th>{writable && <th scope="col"><span className="sr-only">{t('works.actions')}</span></th>}</tr>
                </thead>
                <tbody>
                  {schedule.tasks.map((task) => (
                    <tr key={task.id} data-testid="schedule-row">
                      <th scope="row">{task.name}</th>
                      <td>{formatDate(task.plannedStart)} – {formatDate(task.plannedEnd)}</td>
                      <td>{task.actualStart ? `${formatDate(task.actualStart)} – ${task.actualEnd ? formatDate(task.actualEnd) : '…'}` : '—'}</td>
                      <td>{task.weight}</td>
                      <td>{task.progress}%</td>
                      <td>{label('ScheduleTaskState', task.state)}{task.delayText ? <><br /><strong>{task.delayText}</strong></> : null}</td>
                      {writable && (
                        <td>
                          <div className="row-actions">
                          <button type="button" className="link" onClick={() => setEditing(task)} aria-label={t('works.editNamed', { name: task.name })}>{t('works.edit')}</button>
                          <button type="button" className="link" disabled={deleteState.fetching} onClick={() => remove({ id: task.id }).then(reload)} aria-label={t('works.deleteNamed', { name: task.name })}>{t('works.delete')}</button>
                          </div>
                        </td>
                      )}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <ErrorMessage error={deleteState.error} />
          {writable && editing === null && <button type="button" className="button" onClick={() => setEditing('new')}>{t('works.newTask')}</button>}
          {editing !== null && <TaskForm developmentId={developmentId} task={editing === 'new' ? null : editing} onDone={() => { setEditing(null); reload(); }} />}
        </>
      )}
    </>
  );
}

function TaskForm({ developmentId, task, onDone }: { developmentId: string; task: Task | null; onDone(): void }) {
  const { t } = useI18n();
  const [state, save] = useMutation(SaveScheduleTaskMutation);
  const [v, setV] = useState({
    name: task?.name ?? '', plannedStart: task?.plannedStart ?? '', plannedEnd: task?.plannedEnd ?? '', actualStart: task?.actualStart ?? '', actualEnd: task?.actualEnd ?? '',
    weight: String(task?.weight ?? 1), progress: String(task?.progress ?? 0),
  });
  const set = (key: keyof typeof v) => (e: { target: { value: string } }) => setV({ ...v, [key]: e.target.value });
  const submit = () => save({
    input: {
      id: task?.id ?? null, version: task?.version ?? null, developmentId, name: v.name, plannedStart: v.plannedStart, plannedEnd: v.plannedEnd,
      actualStart: v.actualStart || null, actualEnd: v.actualEnd || null, weight: Number(v.weight), progress: Number(v.progress),
    },
  }).then((r) => { if (!r.error) onDone(); });
  return (
    <Form className="card form" onSubmit={submit} error={state.error} aria-labelledby="task-form-title" heading={<h2 id="task-form-title">{task ? t('works.editTask', { name: task.name }) : t('works.newTask')}</h2>}>
      <Field name="name" label={t('works.stage')}><input id="task-name" required value={v.name} onChange={set('name')} /></Field>
      <Field name="plannedStart" label={t('works.plannedStart')}><input id="task-planned-start" type="date" required value={v.plannedStart} onChange={set('plannedStart')} /></Field>
      <Field name="plannedEnd" label={t('works.plannedEnd')}><input id="task-planned-end" type="date" required value={v.plannedEnd} onChange={set('plannedEnd')} /></Field>
      <Field name="actualStart" label={t('works.actualStart')}><input id="task-actual-start" type="date" value={v.actualStart} onChange={set('actualStart')} /></Field>
      <Field name="actualEnd" label={t('works.actualEnd')} help={t('works.actualEndHelp')}><input id="task-actual-end" type="date" value={v.actualEnd} onChange={set('actualEnd')} /></Field>
      <Field name="weight" label={t('works.weight')} help={t('works.weightHelp')}><input id="task-weight" type="number" min={1} max={1000} required value={v.weight} onChange={set('weight')} /></Field>
      <Field name="progress" label={t('works.progressCol')}><input id="task-progress" type="number" min={0} max={100} required value={v.progress} onChange={set('progress')} /></Field>
      <div className="actions">
        <SubmitButton>{t('works.saveTask')}</SubmitButton>
        <button type="button" className="secondary" onClick={onDone}>{t('app.cancel')}</button>
      </div>
    </Form>
  );
}
