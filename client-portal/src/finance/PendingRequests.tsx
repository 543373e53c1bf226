import type { SalePartsFragment } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { amountText } from './amount';

/**
 * What the customer asked of the ERP and is still being issued (2ª via, antecipação): "aguardando
 * o boleto". (Without the request's date: the API fails to serialize `createdAt` here.)
 */
export function PendingRequests({ requests, headingId }: { requests: SalePartsFragment['pendingRequests']; headingId: string }) {
  const { t } = useI18n();
  if (requests.length === 0) return null;
  return (
    <section aria-labelledby={headingId} data-testid="pending-requests">
      <h2 id={headingId}>{t('finance.pending')}</h2>
      <ul className="list">
        {requests.map((r) => (
          <li key={r.id} className="notice pending">
            <p><strong>{r.kind === 'PREPAYMENT' ? t('finance.pendingPrepayment') : t('finance.pendingSecondCopy')}</strong></p>
            <p className="small">
              {r.presentValue
                ? t('finance.pendingAmounts', { total: amountText(r.total), present: amountText(r.presentValue) })
                : t('finance.pendingTotal', { total: amountText(r.total) })}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
