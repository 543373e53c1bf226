import { useQuery } from 'urql';
import { MenusQuery } from '../app/CustomerShell';
import { AddressCard } from '../extras/AddressCard';
import { BannerStrip } from '../extras/BannerStrip';
import { formatDate } from '../shared/format/dates';
import { graphql } from '../gql';
import { useI18n } from '../i18n/i18n';
import { RequestCard } from '../requests/RequestCard';
import { Link } from '../shared/router';
import { Empty, ErrorMessage, Loading } from '../ui/Status';

const HomeQuery = graphql(`
  query Home {
    myUnits {
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
    }
    myRequests(open: true, first: 10) {
      nodes {
        ...RequestSummary
      }
    }
    myDataChangeRequests {
      id
      status
      rejectionReason
    }
  }
`);

/** Home: my units (with the delivery forecast when the portal shows it, and their Financeiro), my open requests, what needs me. */
export function Home({ name }: { name: string }) {
  const { t } = useI18n();
  const [{ data, fetching, error }, refetch] = useQuery({ query: HomeQuery });
  const [{ data: menus }] = useQuery({ query: MenusQuery });
  const withFinance = menus?.myMenus.find((m) => m.menu === 'FINANCIAL')?.visible ?? false;
  const withAddress = menus?.myMenus.find((m) => m.menu === 'ADDRESS_CONFIRMATION')?.visible ?? false;
  if (fetching && !data) return <Loading />;
  if (!data) return <ErrorMessage error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  const latestChange = data.myDataChangeRequests[0];
  return (
    <>
      <h1>{t('home.hello', { name: name.split(' ')[0]! })}</h1>
      <BannerStrip />

      <section aria-labelledby="attention">
        <h2 id="attention">{t('home.attention')}</h2>
        {latestChange?.status === 'PENDING' && <p className="notice">{t('home.changePending')} <Link to="/meus-dados">{t('home.seeProfile')}</Link></p>}
        {latestChange?.status === 'REJECTED' && <p className="notice warn">{t('home.changeRejected', { reason: latestChange.rejectionReason ?? '' })} <Link to="/meus-dados">{t('home.seeProfile')}</Link></p>}
        {latestChange?.status !== 'PENDING' && latestChange?.status !== 'REJECTED' && <p className="muted">{t('home.nothingPending')}</p>}
      </section>

      <section aria-labelledby="units">
        <h2 id="units">{t('home.units')}</h2>
        {data.myUnits.length === 0 ? (
          <Empty title={t('home.noUnits')} why={t('home.noUnitsWhy')} />
        ) : (
          <ul className="cards">
            {data.myUnits.map((unit) => (
              <li key={unit.id} className="card">
                <h3>{unit.name}</h3>
                <p className="muted">{unit.development.name}{unit.block ? ` · ${unit.block.name}` : ''}</p>
                {unit.deliveryForecast && <p>{t('unit.delivery', { date: formatDate(unit.deliveryForecast) })}</p>}
                <div className="actions">
                  <Link to={`/unidades/${unit.id}`} className="button secondary" aria-label={`${t('unit.open')}: ${unit.name}`}>{t('unit.open')}</Link>
                  {withFinance && <Link to={`/unidades/${unit.id}/financeiro`} className="button secondary" aria-label={`${t('finance.openUnit')}: ${unit.name}`}>{t('finance.openUnit')}</Link>}
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="open-requests">
        <h2 id="open-requests">{t('home.openRequests')}</h2>
        {data.myRequests.nodes.length === 0 ? (
          <p className="muted">{t('home.noOpenRequests')}</p>
        ) : (
          <ul className="list">{data.myRequests.nodes.map((r) => <li key={r.id}><RequestCard request={r} /></li>)}</ul>
        )}
      </section>

      {withAddress && <AddressCard />}
    </>
  );
}
