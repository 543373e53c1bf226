import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import type { AppointmentKind } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { useLabel } from '../i18n/use-label';
import { ActionButton } from '../shared/forms/buttons';
import { formatDate } from '../shared/format/dates';
import { Link } from '../shared/router';
import { Empty, ErrorMessage, Loading } from '../ui/Status';
import './scheduling.css';

const MyAppointmentsQuery = graphql(`
  query MyAppointments {
    myAppointments {
      id
      kind
      status
      unitId
      unitName
      developmentName
      cancelReason
      cancelledByStaff
      slot { id day time durationMinutes }
    }
    myUnits { id name development { id name } }
  }
`);

const AppointmentSlotsQuery = graphql(`
  query AppointmentSlots($unitId: ID!, $kind: AppointmentKind!) {
    appointmentSlots(unitId: $unitId, kind: $kind) {
      unitId
      notice
      slots { id day time durationMinutes }
    }
  }
`);

const BookAppointmentMutation = graphql(`
  mutation BookAppointment($unitId: ID!, $slotId: ID!) {
    bookAppointment(unitId: $unitId, slotId: $slotId) { id status slot { id day time } }
  }
`);

const RescheduleAppointmentMutation = graphql(`
  mutation RescheduleAppointment($id: ID!, $slotId: ID!) {
    rescheduleAppointment(id: $id, slotId: $slotId) { id status slot { id day time } }
  }
`);

const CancelAppointmentMutation = graphql(`
  mutation CancelAppointment($id: ID!) {
    cancelAppointment(id: $id) { id status }
  }
`);

const KINDS: AppointmentKind[] = ['VISTORIA', 'KEY_HANDOVER'];

interface Moving { id: string; unitId: string; kind: AppointmentKind }

/** The free times of one unit and kind, by day; a tap books (or, when moving a booking, moves it there). */
function FreeSlots({ unitId, kind, moving, onDone }: { unitId: string; kind: AppointmentKind; moving: Moving | null; onDone(message: string): void }) {
  const { t, errorText } = useI18n();
  const label = useLabel();
  const [{ data, fetching, error }, refetch] = useQuery({ query: AppointmentSlotsQuery, variables: { unitId, kind }, requestPolicy: 'cache-and-network' });
  const [booking, book] = useMutation(BookAppointmentMutation);
  const [moved, move] = useMutation(RescheduleAppointmentMutation);
  const [shownDays, setShownDays] = useState(7);
  const failure = booking.error ?? moved.error;
  if (fetching && !data) return <Loading />;
  if (!data) return <ErrorMessage error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  const { slots, notice } = data.appointmentSlots;
  if (!slots.length) return <Empty title={t('scheduling.noSlots')} why={notice ?? undefined}><Link to="/fale-conosco">{t('nav.contact')}</Link></Empty>;
  const days = [...new Set(slots.map((s) => s.day))];
  const what = label('AppointmentKind', kind);
  const whatLower = what.toLowerCase();

  async function choose(slot: { id: string; day: string; time: string }) {
    const result = moving
      ? await move({ id: moving.id, slotId: slot.id }, { additionalTypenames: ['AppointmentView', 'AppointmentSlotView'] })
      : await book({ unitId, slotId: slot.id }, { additionalTypenames: ['AppointmentView', 'AppointmentSlotView'] });
    if (result.error) {
      refetch({ requestPolicy: 'network-only' });
      return;
    }
    onDone(t(moving ? 'scheduling.moved' : 'scheduling.booked', { what, day: formatDate(slot.day), time: slot.time }));
  }

  return (
    <>
      {failure && <div role="alert" className="notice error"><p>{errorText(failure)}</p></div>}
      {days.slice(0, shownDays).map((day) => (
        <section key={day} className="slot-day" aria-labelledby={`dia-${unitId}-${day}`}>
          <h3 id={`dia-${unitId}-${day}`}>{formatDate(day)}</h3>
          <ul className="slot-times">
            {slots.filter((s) => s.day === day).map((slot) => (
              <li key={slot.id}>
                <ActionButton className="secondary" onClick={() => choose(slot)} aria-label={t('scheduling.chooseAria', { what: whatLower, day: formatDate(day), time: slot.time })}>
                  {slot.time}
                </ActionButton>
              </li>
            ))}
          </ul>
        </section>
      ))}
      {days.length > shownDays && <button type="button" className="secondary" onClick={() => setShownDays(shownDays + 7)}>{t('scheduling.moreDays')}</button>}
    </>
  );
}

/** Agendamentos (showScheduling): the customer's bookings, and the free times of each of their units to book or move one. */
export function SchedulingPage() {
  const { t } = useI18n();
  const label = useLabel();
  const [{ data, fetching, error }, refetch] = useQuery({ query: MyAppointmentsQuery });
  const [kind, setKind] = useState<AppointmentKind>('VISTORIA');
  const [moving, setMoving] = useState<Moving | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [cancelling, cancel] = useMutation(CancelAppointmentMutation);

  if (fetching && !data) return <><h1>{t('scheduling.title')}</h1><Loading /></>;
  if (!data) return <><h1>{t('scheduling.title')}</h1><ErrorMessage error={error} retry={() => refetch({ requestPolicy: 'network-only' })} /></>;
  const active = data.myAppointments.filter((a) => a.status === 'BOOKED');
  const cancelledByStaff = data.myAppointments.filter((a) => a.status === 'CANCELLED' && a.cancelledByStaff);
  const finished = (message: string) => {
    setDone(message);
    setMoving(null);
    refetch({ requestPolicy: 'network-only' });
  };

  return (
    <>
      <h1>{t('scheduling.title')}</h1>
      <div aria-live="polite">{done && <p role="status" className="notice">{done}</p>}</div>
      <section aria-labelledby="meus-agendamentos">
        <h2 id="meus-agendamentos">{t('scheduling.mine')}</h2>
        {active.length === 0 && <p className="muted">{t('scheduling.noneYet')}</p>}
        <ul className="cards">
          {active.map((a) => (
            <li key={a.id} className="card">
              <p><strong>{label('AppointmentKind', a.kind)}</strong> · {a.unitName} ({a.developmentName})</p>
              <p>{t('scheduling.when', { day: formatDate(a.slot.day), time: a.slot.time, minutes: String(a.slot.durationMinutes) })}</p>
              <div className="actions">
                <button type="button" className="secondary" onClick={() => { setDone(null); setKind(a.kind); setMoving({ id: a.id, unitId: a.unitId, kind: a.kind }); }}>{t('scheduling.reschedule')}</button>
                <ActionButton className="secondary" onClick={async () => {
                  const result = await cancel({ id: a.id }, { additionalTypenames: ['AppointmentView', 'AppointmentSlotView'] });
                  if (!result.error) finished(t('scheduling.cancelled'));
                }}>{t('scheduling.cancel')}</ActionButton>
              </div>
            </li>
          ))}
        </ul>
        {cancelling.error && <ErrorMessage error={cancelling.error} />}
        {cancelledByStaff.map((a) => (
          <div key={a.id} className="notice">
            <p>{t('scheduling.cancelledByStaff', { what: label('AppointmentKind', a.kind).toLowerCase(), day: formatDate(a.slot.day), time: a.slot.time })}</p>
            {a.cancelReason && <p>{t('scheduling.reason')}: {a.cancelReason}</p>}
          </div>
        ))}
      </section>

      <section aria-labelledby="horarios-livres">
        <h2 id="horarios-livres">{moving ? t('scheduling.moveTitle', { what: label('AppointmentKind', moving.kind).toLowerCase() }) : t('scheduling.freeTitle')}</h2>
        {moving ? (
          <button type="button" className="link" onClick={() => setMoving(null)}>{t('scheduling.keep')}</button>
        ) : (
          <fieldset className="kind-choice">
            <legend>{t('scheduling.kind')}</legend>
            {KINDS.map((k) => (
              <label key={k} className="choice"><input type="radio" name="kind" value={k} checked={kind === k} onChange={() => setKind(k)} /> {label('AppointmentKind', k)}</label>
            ))}
          </fieldset>
        )}
        {data.myUnits.length === 0 && <Empty title={t('scheduling.noUnits')} why={t('scheduling.noUnitsWhy')} />}
        {data.myUnits.filter((u) => !moving || u.id === moving.unitId).map((unit) => (
          <section key={unit.id} className="card" aria-labelledby={`unidade-${unit.id}`}>
            <h3 id={`unidade-${unit.id}`}>{unit.name} · {unit.development.name}</h3>
            <FreeSlots unitId={unit.id} kind={moving?.kind ?? kind} moving={moving} onDone={finished} />
          </section>
        ))}
      </section>
    </>
  );
}
