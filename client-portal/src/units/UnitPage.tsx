import { useQuery } from 'urql';
import { MenusQuery } from '../app/CustomerShell';
import { formatDate } from '../shared/format/dates';
import { graphql } from '../gql';
import { useI18n } from '../i18n/i18n';
import { enumLabel } from '../i18n/labels';
import { RequestCard } from '../requests/RequestCard';
import { Link } from '../shared/router';
import { Empty, ErrorMessage, Loading } from '../ui/Status';

const UnitQuery = graphql(`
  query Unit($id: ID!, $withContracts: Boolean!) {
    unit(id: $id) {
      id
      name
      deliveryForecast
      development {
        id
        name
      }
      block {
        id
        name
      }
      contracts @include(if: $withContracts) {
        id
        title
        signedAt
        documentUrl
        type {
          id
          name
        }
      }
      documents {
        id
        title
        category
        url
      }
      requests {
        ...RequestSummary
      }
    }
  }
`);

/** A unit: the way to its Financeiro (SPEC §8), its contracts (SPEC §4), the development's documents for it (manual, memorial) and its requests. */
export function UnitPage({ id }: { id: string }) {
  const { t, locale } = useI18n();
  const [{ data: menus }] = useQuery({ query: MenusQuery });
  const withContracts = menus?.myMenus.find((m) => m.menu === 'CONTRACTS')?.visible ?? false;
  const withFinance = menus?.myMenus.find((m) => m.menu === 'FINANCIAL')?.visible ?? false;
  const [{ data, fetching, error }, refetch] = useQuery({ query: UnitQuery, variables: { id, withContracts }, pause: !menus });
  if ((fetching || !menus) && !data) return <Loading />;
  if (error?.graphQLErrors[0]?.extensions?.code === 'NOT_FOUND') return <Empty title={t('unit.notFound')}><Link to="/">{t('nav.home')}</Link></Empty>;
  if (!data?.unit) return <ErrorMessage error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  const { unit } = data;
  return (
    <>
      <h1>{unit.name}</h1>
      <p className="muted">{unit.development.name}{unit.block ? ` · ${unit.block.name}` : ''}</p>
      {unit.deliveryForecast && <p>{t('unit.delivery', { date: formatDate(unit.deliveryForecast) })}</p>}

      {withFinance && (
        <section aria-labelledby="unit-finance">
          <h2 id="unit-finance">{t('finance.unitSection')}</h2>
          <p className="muted">{t('finance.unitSectionHelp')}</p>
          <Link to={`/unidades/${unit.id}/financeiro`} className="button secondary" aria-label={`${t('finance.openUnit')}: ${unit.name}`}>{t('finance.openUnit')}</Link>
        </section>
      )}

      <section aria-labelledby="contracts">
        <h2 id="contracts">{t('unit.contracts')}</h2>
        {!withContracts ? (
          <p className="muted">{t('unit.contractsOff')}</p>
        ) : unit.contracts?.length ? (
          <ul className="list">
            {unit.contracts.map((c) => (
              <li key={c.id} className="row">
                <span>
                  <strong>{c.title}</strong>
                  <br />
                  <span className="muted">{c.type.name}{c.signedAt ? ` · ${formatDate(c.signedAt)}` : ''}</span>
                </span>
                {c.documentUrl && <a href={c.documentUrl} target="_blank" rel="noreferrer" aria-label={`${t('unit.document')}: ${c.title}`}>{t('unit.document')}</a>}
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t('unit.noContracts')}</p>
        )}
      </section>

      <section aria-labelledby="unit-documents">
        <h2 id="unit-documents">{t('unit.documents')}</h2>
        {unit.documents.length ? (
          <ul className="list">
            {unit.documents.map((d) => (
              <li key={d.id} className="row">
                <span>
                  <strong>{d.title}</strong>
                  <br />
                  <span className="muted">{enumLabel(locale, 'DocumentCategory', d.category)}</span>
                </span>
                <a href={d.url} target="_blank" rel="noreferrer" aria-label={`${t('unit.document')}: ${d.title}`}>{t('unit.document')}</a>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t('unit.noDocuments')}</p>
        )}
      </section>

      <section aria-labelledby="unit-requests">
        <h2 id="unit-requests">{t('unit.requests')}</h2>
        {unit.requests.length ? <ul className="list">{unit.requests.map((r) => <li key={r.id}><RequestCard request={r} /></li>)}</ul> : <p className="muted">{t('unit.noRequests')}</p>}
      </section>
    </>
  );
}
