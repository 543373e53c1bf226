import type { PlanPartsFragment } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { formatDate } from '../shared/format/dates';
import { amountText } from './amount';

/** What was paid, newest first, each with its receipt (recibo) as PDF. */
export function PaymentHistory({ plans, headingId }: { plans: PlanPartsFragment[]; headingId: string }) {
  const { t } = useI18n();
  const paid = plans
    .flatMap((plan) => plan.installments.filter((i) => i.state === 'PAID').map((i) => ({ ...i, series: plan.series })))
    .sort((a, b) => (b.paidAt ?? '').localeCompare(a.paidAt ?? '') || b.number - a.number);
  return (
    <section aria-labelledby={headingId} data-testid="payment-history">
      <h2 id={headingId}>{t('finance.history')}</h2>
      {paid.length === 0 ? (
        <p className="muted">{t('finance.noHistory')}</p>
      ) : (
        <ol className="list history">
          {paid.map((i) => (
            <li key={i.id} className="row">
              <span>
                <strong>{t('finance.historyItem', { series: i.series, number: i.number })}</strong>
                <br />
                <span className="muted small">{t('finance.paidOn', { date: formatDate(i.paidAt) })} · {amountText(i.paidAmount ?? i.amount)}</span>
              </span>
              {i.receiptUrl && (
                <a href={i.receiptUrl} target="_blank" rel="noreferrer" className="receipt" aria-label={t('finance.receiptOf', { series: i.series, number: i.number })}>
                  {t('finance.receipt')}
                </a>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
