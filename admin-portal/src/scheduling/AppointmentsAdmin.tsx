import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { ActionButton, SubmitButton } from '@shared/forms/buttons';
import { Field, FieldGroup } from '@shared/forms/Field';
import { Form } from '@shared/forms/Form';
import { formatDate } from '@shared/format/dates';
import { Link } from '@shared/router';
import { can, useStaff } from '../auth/permissions';
import { graphql } from '../gql';
import type { AppointmentKind } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { useLabel } from '../i18n/use-label';
import { ErrorMessage, Loading } from '../ui/Status';
import { WorksDevelopmentQuery } from '../works/WorkLogAdmin';
import './appointments-admin.css';

const StaffAppointmentSlotsQuery = graphql(`
  query StaffAppointmentSlots($developmentId: ID!) {
    staffAppointmentSlots(developmentId: $developmentId) {
      id
      kind
      day
      time
      durationMinutes
      booking { id unitName customerName bookedAt }
    }
  }
`);

const PublishAppointmentSlotsMutation = graphql(`
  mutation PublishAppointmentSlots($input: PublishAppointmentSlotsInput!) {
    publishAppointmentSlots(input: $input)
  }
`);

const RemoveAppointmentSlotMutation = graphql(`
  mutation RemoveAppointmentSlot($id: ID!) {
    removeAppointmentSlot(id: $id)
  }
`);

const CancelAppointmentAsStaffMutation = graphql(`
  mutation CancelAppointmentAsStaff($id: ID!, $reason: String!) {
    cancelAppointmentAsStaff(id: $id, reason: $reason)
  }
`);

const KINDS: AppointmentKind[] = ['VISTORIA', 'KEY_HANDOVER'];
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 0] as const;
const WEEKDAY_KEYS = {
  0: 'appointments.weekday0', 1: 'appointments.weekday1', 2: 'appointments.weekday2', 3: 'appointments.weekday3',
  4: 'appointments.weekday4', 5: 'appointments.weekday5', 6: 'appointments.weekday6',
} as const;

/** Publish slots in bulk: the same times on each chosen weekday of a day range. */
function PublishForm({ developmentId, onDone }: { developmentId: string; onDone(created: number): void }) {
  const { t } = useI18n();
  const label = useLabel();
  const [state, publish] = useMutation(PublishAppointmentSlotsMutation);
  const [v, setV] = useState({ kind: 'VISTORIA' as AppointmentKind, firstDay: '', lastDay: '', times: '09:00, 10:30, 14:00, 15:30', durationMinutes: '90', weekdays: [1, 2, 3, 4, 5] as number[] });
  const submit = async () => {
    const result = await publish({ input: {
      developmentId, kind: v.kind, firstDay: v.firstDay, lastDay: v.lastDay, times: v.times.split(/[,;\s]+/).filter(Boolean),
      durationMinutes: Number(v.durationMinutes), weekdays: v.weekdays,
    } }, { additionalTypenames: ['StaffAppointmentSlot'] });
    if (!result.error) onDone(result.data!.publishAppointmentSlots);
  };
  return (
    <Form className="card form" onSubmit={submit} error={state.error} aria-labelledby="publish-title" heading={<h2 id="publish-title">{t('appointments.publish')}</h2>}>
      <FieldGroup name="kind" legend={t('appointments.kind')}>
        {KINDS.map((k) => <label key={k}><input type="radio" name="kind" checked={v.kind === k} onChange={() => setV({ ...v, kind: k })} /> {label('AppointmentKind', k)}</label>)}
      </FieldGroup>
      <Field name="firstDay" label={t('appointments.firstDay')}><input id="slots-first-day" type="date" required value={v.firstDay} onChange={(e) => setV({ ...v, firstDay: e.target.value })} /></Field>
      <Field name="lastDay" label={t('appointments.lastDay')}><input id="slots-last-day" type="date" required value={v.lastDay} onChange={(e) => setV({ ...v, lastDay: e.target.value })} /></Field>
      <FieldGroup name="weekdays" legend={t('appointments.weekdays')}>
        {WEEKDAYS.map((d) => (
          <label key={d}><input type="checkbox" checked={v.weekdays.includes(d)} onChange={(e) => setV({ ...v, weekdays: e.target.checked ? [...v.weekdays, d] : v.weekdays.filter((x) => x !== d) })} /> {t(WEEKDAY_KEYS[d])}</label>
        ))}
      </FieldGroup>
      <Field name="times" label={t('appointments.times')} help={t('appointments.timesHelp')}><input id="slots-times" required value={v.times} onChange={(e) => setV({ ...v, times: e.target.value })} /></Field>
      <Field name="durationMinutes" label={t('appointments.duration')}><input id="slots-duration" type="number" min={15} max={480} required value={v.durationMinutes} onChange={(e) => setV({ ...v, durationMinutes: e.target.value })} /></Field>
      <SubmitButton>{t('appointments.publishButton')}</SubmitButton>
    </Form>
  );
}

/** Agendamentos of a development for staff: publish slots, see who booked, cancel with a reason the customer reads. */
export function AppointmentsAdmin({ developmentId }: { developmentId: string }) {
  const { t } = useI18n();
  const label = useLabel();
  const staff = useStaff();
  const writable = can(staff, 'writeWorks');
  const [{ data: devs }] = useQuery({ query: WorksDevelopmentQuery });
  const [{ data, fetching, error }, refetch] = useQuery({ query: StaffAppointmentSlotsQuery, variables: { developmentId } });
  const [removed, remove] = useMutation(RemoveAppointmentSlotMutation);
  const [cancelled, cancel] = useMutation(CancelAppointmentAsStaffMutation);
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const [done, setDone] = useState<string | null>(null);
  const reload = () => refetch({ requestPolicy: 'network-only' });

  const name = devs?.developments.find((d) => d.id === developmentId)?.name ?? '';
  let body;
  if (fetching && !data) body = <Loading />;
  else if (!data) body = <ErrorMessage error={error} retry={reload} />;
  else if (data.staffAppointmentSlots.length === 0) body = <p className="notice empty">{t('appointments.none')}</p>;
  else {
    const days = [...new Set(data.staffAppointmentSlots.map((s) => s.day))];
    body = days.map((day) => (
      <section key={day} aria-labelledby={`dia-${day}`} className="card">
        <h3 id={`dia-${day}`}>{formatDate(day)}</h3>
        <table className="table">
          <thead><tr><th scope="col">{t('appointments.time')}</th><th scope="col">{t('appointments.kind')}</th><th scope="col">{t('appointments.bookedBy')}</th><th scope="col">{t('appointments.actions')}</th></tr></thead>
          <tbody>
            {data.staffAppointmentSlots.filter((s) => s.day === day).map((s) => (
              <tr key={s.id}>
                <td>{s.time} ({s.durationMinutes} min)</td>
                <td>{label('AppointmentKind', s.kind)}</td>
                <td>{s.booking ? `${s.booking.customerName} · ${s.booking.unitName}` : <span className="muted">{t('appointments.free')}</span>}</td>
                <td>
                  {writable && !s.booking && (
                    <ActionButton className="secondary" onClick={async () => { const r = await remove({ id: s.id }, { additionalTypenames: ['StaffAppointmentSlot'] }); if (!r.error) { setDone(t('appointments.removed')); reload(); } }}
                      aria-label={t('appointments.removeAria', { day: formatDate(day), time: s.time })}>{t('appointments.remove')}</ActionButton>
                  )}
                  {writable && s.booking && (
                    <div className="cancel-booking">
                      <label htmlFor={`motivo-${s.booking.id}`}>{t('appointments.reason')}</label>
                      <input id={`motivo-${s.booking.id}`} value={reasons[s.booking.id] ?? ''} onChange={(e) => setReasons({ ...reasons, [s.booking!.id]: e.target.value })} />
                      <ActionButton className="secondary" onClick={async () => {
                        const r = await cancel({ id: s.booking!.id, reason: reasons[s.booking!.id] ?? '' }, { additionalTypenames: ['StaffAppointmentSlot'] });
                        if (!r.error) { setDone(t('appointments.cancelled')); reload(); }
                      }}>{t('appointments.cancel')}</ActionButton>
                    </div>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    ));
  }

  return (
    <section aria-labelledby="appointments-title">
      <p><Link to={`/admin/empreendimentos/${developmentId}`}>← {name || t('nav.developments')}</Link></p>
      <h1 id="appointments-title">{t('appointments.title', { name })}</h1>
      <p className="help">{t('appointments.help')}</p>
      <div aria-live="polite">{done && <p role="status" className="notice">{done}</p>}</div>
      {(removed.error || cancelled.error) && <ErrorMessage error={removed.error ?? cancelled.error} />}
      {writable && <PublishForm developmentId={developmentId} onDone={(created) => { setDone(created === 1 ? t('appointments.publishedOne') : t('appointments.published', { count: String(created) })); reload(); }} />}
      <h2>{t('appointments.list')}</h2>
      {body}
    </section>
  );
}
