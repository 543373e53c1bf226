import { useEffect } from 'react';
import { useQuery, useSubscription } from 'urql';
import { formatDate, formatDateTime } from '@shared/format/dates';
import { formatMoney } from '@shared/format/money';
import { Link } from '@shared/router';
import { graphql } from '../gql';
import { useI18n } from '../i18n/i18n';
import { useLabel } from '../i18n/use-label';
import { ErrorMessage, Loading } from '../ui/Status';

const CustomerFinanceQuery = graphql(`
  query CustomerFinance($customerId: ID!) {
    customerFinance(customerId: $customerId) {
      reservationId
      unitName
      developmentName
      saleCode
      holder
      portalName
      records {
        kind
        id
        description
        dueDate
        amount { amount }
        state
        billStatus
        superseded
        visible
        failedRule
        reason
        markedPaidAt
        markedPaidByName
        proofUrl
      }
    }
  }
`);

const StaffFinanceChanged = graphql(`subscription StaffFinanceChanged { staffFinanceChanged { reservationId } }`);

/**
 * SPEC §8, R-EXPLAIN-1: what a customer sees of their money, record by record — every installment
 * and bill of their sales, visible or hidden and, when hidden, the rule and why, with the
 * explainer one click away. Marked payments (R-FIN-7) show at once (live).
 */
export function CustomerFinance({ customerId }: { customerId: string }) {
  const { t } = useI18n();
  const label = useLabel();
  const [{ data, fetching, error }, refetch] = useQuery({ query: CustomerFinanceQuery, variables: { customerId } });
  const [live] = useSubscription({ query: StaffFinanceChanged });
  const changed = live.data?.staffFinanceChanged.reservationId;
  useEffect(() => {
    if (changed && data?.customerFinance.some((s) => s.reservationId === changed)) refetch({ requestPolicy: 'network-only' });
  }, [live.data]);
  if (fetching && !data) return <Loading />;
  const sales = data?.customerFinance ?? [];
  return (
    <section className="card" id="finance" aria-labelledby="customer-finance">
      <h2 id="customer-finance">{t('customerFinance.title')}</h2>
      <ErrorMessage error={error} />
      {sales.length === 0 && <p className="muted">{t('customerFinance.none')}</p>}
      {sales.map((sale) => {
        const hidden = sale.records.filter((r) => !r.visible).length;
        return (
          <div key={sale.reservationId} className="sale" data-testid="customer-sale">
            <h3>{sale.unitName} · {sale.developmentName}</h3>
            <p className="muted">
              {label('ParticipationRole', sale.holder ? 'HOLDER' : 'ASSOCIATE')}
              {sale.saleCode && ` · ${t('customerFinance.saleCode', { code: sale.saleCode })}`}
              {` · ${t('customerFinance.portal', { portal: sale.portalName })}`}
              {` · ${t('customerFinance.counts', { visible: String(sale.records.length - hidden), hidden: String(hidden) })}`}
            </p>
            {sale.records.length === 0 ? <p className="muted">{t('customerFinance.noRecords')}</p> : (
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">{t('customerFinance.what')}</th>
                    <th scope="col">{t('customerFinance.due')}</th>
                    <th scope="col">{t('customerFinance.amount')}</th>
                    <th scope="col">{t('customerFinance.state')}</th>
                    <th scope="col">{t('customerFinance.seen')}</th>
                  </tr>
                </thead>
                <tbody>
                  {sale.records.map((r) => {
                    const explain = `/admin/explicar?cliente=${customerId}&${r.kind === 'BILL' ? 'boleto' : 'parcela'}=${r.id}`;
                    return (
                      <tr key={r.id} data-testid="finance-record" className={r.visible ? undefined : 'hidden-record'}>
                        <td>{r.description}</td>
                        <td>{formatDate(r.dueDate)}</td>
                        <td>{formatMoney(r.amount.amount)}</td>
                        <td>
                          {r.state ? label('InstallmentState', r.state) : r.billStatus ? label('BillStatus', r.billStatus) : ''}
                          {r.superseded && ` (${t('customerFinance.superseded')})`}
                          {r.markedPaidAt && (
                            <span className="block">
                              {t('customerFinance.marked', { who: r.markedPaidByName ?? '—', when: formatDateTime(r.markedPaidAt) })}
                              {r.proofUrl && <> · <a href={r.proofUrl} target="_blank" rel="noopener">{t('customerFinance.proof')}</a></>}
                            </span>
                          )}
                        </td>
                        <td>
                          {r.visible ? t('customerFinance.visible') : <><strong>{t('customerFinance.hidden')}</strong> · {r.failedRule}: {r.reason}</>}
                          {' '}<Link to={explain}>{t('customerFinance.why')}</Link>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            )}
          </div>
        );
      })}
    </section>
  );
}
