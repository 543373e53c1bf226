import { graphql } from '../gql';
import type { SummaryPartsFragment } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { formatDate } from '../shared/format/dates';
import { amountText } from './amount';

export const SummaryPartsFragmentDoc = graphql(`
  fragment SummaryParts on FinanceSummary {
    total {
      amount
    }
    paid {
      amount
    }
    toPay {
      amount
    }
    overdue {
      amount
    }
    paidCount
    openCount
    overdueCount
    nextDueDate
    nextDueAmount {
      amount
    }
  }
`);

/** "1 parcela" / "2 parcelas": the message of the count, agreeing in number. */
type Counted = 'finance.overdueCount' | 'finance.paidCount' | 'finance.openCount';

/**
 * A purchase at a glance (SPEC §17: a picture where people would rather look): how much of the
 * price is paid, as a bar with its words; what is left; what is overdue, marked; and what is due next.
 */
export function FinanceSummaryCard({ summary, headingId }: { summary: SummaryPartsFragment; headingId: string }) {
  const { t } = useI18n();
  const count = (key: Counted, n: number) => t(`${key}.${n === 1 ? 'one' : 'other'}`, { count: n });
  const total = Number(summary.total.amount);
  const paid = Number(summary.paid.amount);
  const percent = total > 0 ? Math.min(100, Math.floor((paid / total) * 100)) : 0;
  const paidText = t('finance.paidOf', { paid: amountText(summary.paid), total: amountText(summary.total) });
  const overdue = summary.overdueCount > 0;
  return (
    <section className="card summary" aria-labelledby={headingId} data-testid="finance-summary">
      <h2 id={headingId}>{t('finance.summary')}</h2>
      <p className="paid-text"><strong>{paidText}</strong> <span className="muted">· {t('finance.percentPaid', { percent })}</span></p>
      <div
        className="progress"
        role="progressbar"
        aria-label={t('finance.progressLabel')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${paidText} (${t('finance.percentPaid', { percent })})`}
      >
        <span style={{ width: `${percent}%` }} />
      </div>
      <p className="muted small">{count('finance.paidCount', summary.paidCount)} · {count('finance.openCount', summary.openCount)}</p>
      <dl className="figures">
        <div>
          <dt>{t('finance.toPay')}</dt>
          <dd><strong>{amountText(summary.toPay)}</strong></dd>
        </div>
        <div className={overdue ? 'overdue' : undefined} data-testid="summary-overdue">
          <dt>{t('finance.overdue')}</dt>
          <dd>
            <strong>{amountText(summary.overdue)}</strong>
            <br />
            <span className="small">{overdue ? count('finance.overdueCount', summary.overdueCount) : t('finance.nothingOverdue')}</span>
          </dd>
        </div>
        <div>
          <dt>{t('finance.nextDue')}</dt>
          <dd>
            {summary.nextDueDate && summary.nextDueAmount ? (
              <><strong>{formatDate(summary.nextDueDate)}</strong><br /><span className="small">{amountText(summary.nextDueAmount)}</span></>
            ) : (
              <span className="small">{t('finance.noNextDue')}</span>
            )}
          </dd>
        </div>
      </dl>
    </section>
  );
}
