import { useId, useState } from 'react';
import { graphql } from '../gql';
import type { PlanPartsFragment } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { InstallmentItem } from './InstallmentItem';
import { PaymentMethodChange } from './PaymentMethodChange';
import { cardOfLabel, useMethodWords } from './card';

export const PlanPartsFragmentDoc = graphql(`
  fragment PlanParts on PlanView {
    id
    series
    paymentMethod
    cardLabel
    summary {
      paidCount
      openCount
      overdueCount
    }
    installments {
      ...InstallmentParts
    }
  }
`);

/**
 * A series (Entrada, Mensais, Chaves…) as a section that opens and closes: its heading says how
 * much of it is paid, and a series with nothing left to pay starts closed. What is still to pay
 * comes first; the paid installments (also in the history) are a tap away.
 */
export function PlanSection({ plan, onChanged, canChangeMethod = false }: {
  plan: PlanPartsFragment;
  onChanged: () => void;
  /** R-FIN-6: the company lets the holder change how a series is paid, and the viewer is the holder. */
  canChangeMethod?: boolean;
}) {
  const { t } = useI18n();
  const methodWords = useMethodWords();
  const { paidCount, openCount } = plan.summary;
  const total = paidCount + openCount;
  const [open, setOpen] = useState(openCount > 0);
  const panel = useId();
  const paid = plan.installments.filter((i) => i.state === 'PAID');
  const toPay = plan.installments.filter((i) => i.state !== 'PAID');
  const list = (installments: typeof paid) =>
    installments.length > 0 && <ol className="installments">{installments.map((i) => <li key={i.id}><InstallmentItem installment={i} onChanged={onChanged} /></li>)}</ol>;
  const method = methodWords(plan.paymentMethod, cardOfLabel(plan.cardLabel));
  return (
    <section className="plan" data-testid="plan">
      <h3>
        <button type="button" className="plan-toggle" aria-expanded={open} aria-controls={panel} onClick={() => setOpen(!open)}>
          <span className="plan-name">{plan.series}</span>
          <span className="plan-count">{openCount === 0 ? t('finance.seriesAllPaid') : t('finance.seriesProgress', { paid: paidCount, total })}</span>
          <span className="plan-meter" aria-hidden="true"><span style={{ width: `${total ? (paidCount / total) * 100 : 0}%` }} /></span>
        </button>
      </h3>
      <div id={panel} hidden={!open}>
        <p className="muted small payment-method-line" data-testid="payment-method-line">{t('finance.paymentMethod', { method })}</p>
        {canChangeMethod && toPay.length > 0 && <PaymentMethodChange plan={plan} onChanged={onChanged} />}
        {paid.length > 0 && toPay.length > 0 ? (
          <details className="paid-details">
            <summary>{t(`finance.showPaid.${paid.length === 1 ? 'one' : 'other'}`, { count: paid.length })}</summary>
            {list(paid)}
          </details>
        ) : (
          list(paid)
        )}
        {list(toPay)}
      </div>
    </section>
  );
}
