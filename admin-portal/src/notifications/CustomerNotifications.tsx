import { useQuery } from 'urql';
import { formatDateTime } from '@shared/format/dates';
import { formatPhone } from '@shared/format/phone';
import { graphql } from '../gql';
import { useI18n } from '../i18n/i18n';
import { useLabel } from '../i18n/use-label';
import { ErrorMessage } from '../ui/Status';

const CustomerNotificationsQuery = graphql(`
  query CustomerNotifications($id: ID!) {
    customerNotifications(customerId: $id) {
      accountId
      preferences {
        email
        whatsapp
        whatsappConsent
        push
        frequency
        workLog
        whatsappNumber
      }
      sent {
        id
        kind
        channel
        status
        subject
        address
        error
        createdAt
        sentAt
        deliveredAt
        readAt
      }
    }
  }
`);

/** R-NOTIFY-2, -3 on the customer page: how they want to be told, and what was sent, with its delivery status. */
export function CustomerNotifications({ customerId }: { customerId: string }) {
  const { t } = useI18n();
  const label = useLabel();
  const [{ data, error }] = useQuery({ query: CustomerNotificationsQuery, variables: { id: customerId } });
  const view = data?.customerNotifications;
  if (!view) return <ErrorMessage error={error} />;
  const p = view.preferences;
  const yes = (on: boolean) => (on ? t('notifications.on') : t('notifications.off'));
  return (
    <section className="card" aria-labelledby="customer-notifications">
      <h2 id="customer-notifications">{t('notifications.title')}</h2>
      {!p ? <p className="muted">{t('notifications.noLogin')}</p> : (
        <dl className="facts">
          <dt>{t('notifications.email')}</dt><dd>{yes(p.email)}</dd>
          <dt>{t('notifications.whatsapp')}</dt>
          <dd>{yes(p.whatsapp)}{p.whatsapp && !p.whatsappConsent ? ` — ${t('notifications.noConsent')}` : ''}{p.whatsappNumber ? ` · ${p.whatsappNumber}` : ` · ${t('notifications.noMobile')}`}</dd>
          <dt>{t('notifications.push')}</dt><dd>{yes(p.push)}</dd>
          <dt>{t('notifications.frequency')}</dt><dd>{label('NotificationFrequency', p.frequency)}</dd>
          <dt>{t('notifications.workLog')}</dt><dd>{yes(p.workLog)}</dd>
        </dl>
      )}
      <h3>{t('notifications.sent')}</h3>
      {view.sent.length === 0 ? <p className="muted">{t('notifications.none')}</p> : (
        <ul className="list">
          {view.sent.map((n) => (
            <li key={n.id}>
              <strong>{n.subject}</strong>
              <div className="muted">
                {label('NotificationKind', n.kind)} · {label('NotificationChannel', n.channel)}{n.address ? ` (${n.channel === 'WHATSAPP' ? formatPhone(n.address) : n.address})` : ''} · {formatDateTime(n.createdAt)}
              </div>
              <div>
                <span className={`chip status-${n.status.toLowerCase()}`}>{label('NotificationStatus', n.status)}</span>
                {n.readAt ? ` ${t('notifications.readAt', { at: formatDateTime(n.readAt) })}` : n.deliveredAt ? ` ${t('notifications.deliveredAt', { at: formatDateTime(n.deliveredAt) })}` : n.sentAt ? ` ${t('notifications.sentAt', { at: formatDateTime(n.sentAt) })}` : ''}
                {n.error && <span className="muted"> — {n.error}</span>}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
