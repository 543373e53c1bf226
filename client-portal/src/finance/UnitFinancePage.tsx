import { useQuery, useSubscription } from 'urql';
import { graphql } from '../gql';
import { useI18n } from '../i18n/i18n';
import { Link } from '../shared/router';
import { Empty, ErrorMessage, Loading } from '../ui/Status';
import { SaleFinance } from './SaleFinance';
import './finance.css';

const UnitFinanceQuery = graphql(`
  query UnitFinance($unitId: ID!) {
    unit(id: $unitId) {
      id
      name
      development {
        id
        name
      }
      block {
        id
        name
      }
    }
    unitFinance(unitId: $unitId) {
      unitId
      notice
      sales {
        ...SaleParts
      }
    }
  }
`);

const FinanceChangedSubscription = graphql(`
  subscription FinanceChanged {
    myFinanceChanged {
      reservationId
    }
  }
`);

/**
 * Financeiro of one unit (SPEC §8): per purchase, the summary, installments and bills, history,
 * documents and antecipação. Live: when the ERP sends a bill (the 2ª via or the antecipação that
 * was "emitindo"), the page reads the unit again (R-FIN-9, SPEC §17).
 */
export function UnitFinancePage({ unitId, backToUnit = true }: { unitId: string; backToUnit?: boolean }) {
  const { t } = useI18n();
  const [{ data, fetching, error }, refetch] = useQuery({ query: UnitFinanceQuery, variables: { unitId } });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const sales = data?.unitFinance.sales ?? [];
  useSubscription({ query: FinanceChangedSubscription }, (_, event) => {
    if (sales.some((s) => s.reservationId === event.myFinanceChanged.reservationId)) reload();
    return event;
  });

  const heading = <h1>{t('finance.title')}</h1>;
  if (fetching && !data) return <>{heading}<Loading /></>;
  const code = error?.graphQLErrors[0]?.extensions?.code;
  if (code === 'NOT_FOUND') return <>{heading}<Empty title={t('unit.notFound')}><Link to="/">{t('nav.home')}</Link></Empty></>;
  if (code === 'FEATURE_DISABLED') return <>{heading}<Empty title={t('requests.disabled')} why={error?.graphQLErrors[0]?.message}><Link to="/">{t('nav.home')}</Link></Empty></>;
  if (!data) return <>{heading}<ErrorMessage error={error} retry={reload} /></>;

  const { unit, unitFinance } = data;
  return (
    <>
      {backToUnit && <p><Link to={`/unidades/${unit.id}`}>← {t('finance.backToUnit')}</Link></p>}
      {heading}
      <p className="muted unit-of">
        <strong>{unit.name}</strong> · {unit.development.name}{unit.block ? ` · ${unit.block.name}` : ''}
      </p>
      {/* A later read that failed (offline, a refusal): said, above what was read before. */}
      {error && <ErrorMessage error={error} retry={reload} />}
      {unitFinance.notice && <div className="notice warn finance-notice" role="note" data-testid="finance-notice"><p>{unitFinance.notice}</p></div>}
      {sales.map((sale, n) => (
        <div key={sale.reservationId} className="sale">
          {sales.length > 1 && <h2 className="sale-title">{t('finance.sale', { number: n + 1 })}</h2>}
          <SaleFinance sale={sale} onChanged={reload} />
        </div>
      ))}
    </>
  );
}
