import { useId } from 'react';
import { graphql } from '../gql';
import type { SalePartsFragment } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { BillPanel } from './BillPanel';
import { FinanceDocuments } from './FinanceDocuments';
import { FinanceSummaryCard } from './FinanceSummaryCard';
import { PaymentHistory } from './PaymentHistory';
import { PendingRequests } from './PendingRequests';
import { PlanSection } from './PlanSection';
import { Prepayment } from './Prepayment';

export const SalePartsFragmentDoc = graphql(`
  fragment SaleParts on SaleFinance {
    reservationId
    notice
    statementUrl
    taxYears
    prepaymentAvailable
    prepaymentNotice
    paymentMethodChangeAvailable
    holder
    summary {
      ...SummaryParts
    }
    plans {
      ...PlanParts
    }
    standaloneBills {
      ...BillParts
    }
    pendingRequests {
      id
      kind
      total {
        amount
      }
      presentValue {
        amount
      }
    }
  }
`);

/** The first due date of a series: series read in the order they are paid (Entrada, Mensais…, Chaves). */
const firstDue = (plan: SalePartsFragment['plans'][number]) => plan.installments[0]?.dueDate ?? '';

/**
 * One purchase's money: the picture first, then what is being issued, the installments by series
 * with their bills, the standalone bills, what was paid, the documents and the antecipação. When
 * nothing can be shown, why — in the customer's words — and nothing else (SPEC §17).
 */
export function SaleFinance({ sale, onChanged }: { sale: SalePartsFragment; onChanged: () => void }) {
  const { t } = useI18n();
  const id = useId().replace(/[^\w-]/g, '');
  const plans = [...sale.plans].sort((a, b) => firstDue(a).localeCompare(firstDue(b)) || a.series.localeCompare(b.series));
  const payableStandalone = sale.standaloneBills.filter((b) => b.payable);

  if (sale.notice || (plans.length === 0 && payableStandalone.length === 0)) {
    return <div className="notice warn finance-notice" role="note" data-testid="finance-notice"><p>{sale.notice || t('finance.nothingHere')}</p></div>;
  }

  return (
    <>
      <FinanceSummaryCard summary={sale.summary} headingId={`${id}-summary`} />
      <PendingRequests requests={sale.pendingRequests} headingId={`${id}-pending`} />

      {plans.length > 0 && (
        <section aria-labelledby={`${id}-plans`}>
          <h2 id={`${id}-plans`}>{t('finance.plans')}</h2>
          <p className="muted small">{t('finance.live')}</p>
          {plans.map((plan) => <PlanSection key={plan.id} plan={plan} onChanged={onChanged} canChangeMethod={sale.paymentMethodChangeAvailable && sale.holder} />)}
        </section>
      )}

      {payableStandalone.length > 0 && (
        <section aria-labelledby={`${id}-standalone`}>
          <h2 id={`${id}-standalone`}>{t('finance.standalone')}</h2>
          {payableStandalone.map((bill) => <BillPanel key={bill.id} bill={bill} title={t('finance.standaloneBill')} onChanged={onChanged} />)}
        </section>
      )}

      <PaymentHistory plans={plans} headingId={`${id}-history`} />
      {plans.length > 0 && <FinanceDocuments reservationId={sale.reservationId} statementUrl={sale.statementUrl} taxYears={sale.taxYears} headingId={`${id}-documents`} />}
      <Prepayment plans={plans} available={sale.prepaymentAvailable} notice={sale.prepaymentNotice} headingId={`${id}-prepayment`} onChanged={onChanged} />
    </>
  );
}
