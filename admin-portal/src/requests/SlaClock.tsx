import { formatDateTime } from '@shared/format/dates';
import { useI18n } from '../i18n/i18n';

/** "2 d 5 h", "3 h 10 min", "12 min": how long, as staff say it. */
export function durationText(minutes: number): string {
  const m = Math.abs(minutes);
  const days = Math.floor(m / 1440);
  const hours = Math.floor((m % 1440) / 60);
  const mins = m % 60;
  if (days) return hours ? `${days} d ${hours} h` : `${days} d`;
  if (hours) return mins ? `${hours} h ${mins} min` : `${hours} h`;
  return `${mins} min`;
}

/**
 * The request's SLA clock: how long it has been open and, when the company set a deadline on the
 * workflow (Prazo de atendimento, in hours), how long is left or how late it is.
 */
export function SlaClock({ sla, finished }: {
  sla: { openedAt: string | Date; elapsedMinutes: number; dueHours?: number | null; dueAt?: string | Date | null; remainingMinutes?: number | null; overdue: boolean };
  finished: boolean;
}) {
  const { t } = useI18n();
  const state = sla.overdue ? 'late' : sla.dueAt ? 'ok' : 'none';
  return (
    <section className={`sla sla-${state}`} aria-labelledby="sla-heading" data-testid="sla-clock">
      <h2 id="sla-heading">{t('sla.title')}</h2>
      <p>{finished ? t('sla.tookTotal', { time: durationText(sla.elapsedMinutes) }) : t('sla.openFor', { time: durationText(sla.elapsedMinutes) })}</p>
      {sla.dueAt
        ? <p><strong>
            {sla.remainingMinutes == null
              ? (sla.overdue ? t('sla.finishedLate', { due: formatDateTime(sla.dueAt) }) : t('sla.finishedInTime', { due: formatDateTime(sla.dueAt) }))
              : sla.remainingMinutes < 0
                ? t('sla.late', { time: durationText(sla.remainingMinutes), due: formatDateTime(sla.dueAt) })
                : t('sla.left', { time: durationText(sla.remainingMinutes), due: formatDateTime(sla.dueAt) })}
          </strong> <span className="muted">({t('sla.deadline', { hours: sla.dueHours ?? 0 })})</span></p>
        : <p className="muted">{t('sla.none')}</p>}
    </section>
  );
}
