import { useEffect, useRef, useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../gql';
import type { InstallmentPartsFragment, InstallmentState } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { useLabel } from '../i18n/use-label';
import { ActionButton } from '../shared/forms/buttons';
import { formatDate } from '../shared/format/dates';
import { ErrorMessage } from '../ui/Status';
import { BillPanel, SupersededBill } from './BillPanel';
import { amountText } from './amount';

export const InstallmentPartsFragmentDoc = graphql(`
  fragment InstallmentParts on InstallmentView {
    id
    number
    dueDate
    amount {
      amount
    }
    paidAmount {
      amount
    }
    paidAt
    state
    billNotice
    canRequestSecondCopy
    issuing
    prepayable
    receiptUrl
    currentBill {
      ...BillParts
    }
    replacedBills {
      ...BillParts
    }
  }
`);

const RequestSecondCopyMutation = graphql(`
  mutation RequestSecondCopy($installmentId: ID!) {
    requestSecondCopy(installmentId: $installmentId) {
      id
      kind
      status
    }
  }
`);

/** The chip of an installment's state, in words (SPEC §8): Paga, Vencida, Vence hoje, A vencer. */
export function StateChip({ state }: { state: InstallmentState }) {
  const label = useLabel();
  return <span className={`badge state-${state.toLowerCase().replace('_', '-')}`}>{label('InstallmentState', state)}</span>;
}

/**
 * One installment: its state, amount and due date; while it is to be paid, its current bill (open
 * at once when due or overdue, a tap away when it is for later), the bills it replaced (R-FIN-9),
 * why there is no bill (R-FIN-10) and the 2ª via.
 */
export function InstallmentItem({ installment: i, onChanged }: { installment: InstallmentPartsFragment; onChanged: () => void }) {
  const { t } = useI18n();
  const [secondCopy, requestSecondCopy] = useMutation(RequestSecondCopyMutation);
  const paid = i.state === 'PAID';
  const bill = i.currentBill;
  const payable = !paid && bill?.payable;
  const urgent = i.state === 'OVERDUE' || i.state === 'DUE_TODAY';
  const billTitle = i.replacedBills.length ? t('finance.billSecondCopy') : t('finance.bill');
  // After "Pedir 2ª via" its button goes away: focus moves to what replaced it ("Emitindo a 2ª via…").
  const [asked, setAsked] = useState(false);
  const issuingNotice = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (asked && i.issuing) issuingNotice.current?.focus();
  }, [asked, i.issuing]);

  async function askSecondCopy() {
    const result = await requestSecondCopy({ installmentId: i.id });
    if (result.data) {
      setAsked(true);
      onChanged();
    }
  }

  return (
    <article className={`installment${urgent ? ' urgent' : ''}`} aria-labelledby={`inst-${i.id}`} data-testid="installment">
      <div className="installment-head">
        <h4 id={`inst-${i.id}`}>{t('finance.installment', { number: i.number })}</h4>
        <StateChip state={i.state} />
        <span className="amount">{amountText(i.amount)}</span>
        <span className="muted when">
          {paid ? t('finance.paidOn', { date: formatDate(i.paidAt) }) : i.state === 'OVERDUE' ? t('finance.dueWas', { date: formatDate(i.dueDate) }) : t('finance.dueOn', { date: formatDate(i.dueDate) })}
        </span>
      </div>

      {i.issuing && (
        <div className="notice" role="status" tabIndex={-1} ref={issuingNotice}>
          <p><strong>{i.state === 'OVERDUE' ? t('finance.issuingSecondCopy') : t('finance.issuingPrepayment')}</strong></p>
          <p className="small">{t('finance.issuingHelp')}</p>
        </div>
      )}

      {payable && bill && (urgent ? (
        <BillPanel bill={bill} title={billTitle} onChanged={onChanged} />
      ) : (
        <details className="bill-details">
          <summary>{t('finance.showBill')}</summary>
          <BillPanel bill={bill} title={billTitle} onChanged={onChanged} />
        </details>
      ))}

      {/* Why there is nothing to pay, in words (R-FIN-10); while a request is issued, the notice above says it. */}
      {!paid && !payable && !i.issuing && <p className="notice warn" data-testid="bill-notice">{i.billNotice || t('finance.noBill')}</p>}

      {!paid && i.replacedBills.map((old) => <SupersededBill key={old.id} bill={old} />)}

      {i.canRequestSecondCopy && (
        <div className="second-copy">
          <ActionButton className="secondary" onClick={askSecondCopy} busy={secondCopy.fetching} busyLabel={t('finance.secondCopyBusy')}>{t('finance.secondCopy')}</ActionButton>
        </div>
      )}
      <ErrorMessage error={secondCopy.error} />
    </article>
  );
}
