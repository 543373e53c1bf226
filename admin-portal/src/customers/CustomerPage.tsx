import { useMutation, useQuery } from 'urql';
import { formatDocument } from '@shared/format/document';
import { formatPhone } from '@shared/format/phone';
import { ActionButton } from '@shared/forms/buttons';
import { Link } from '@shared/router';
import { graphql } from '../gql';
import { useI18n } from '../i18n/i18n';
import { useLabel } from '../i18n/use-label';
import { ErrorMessage, Loading } from '../ui/Status';
import { LoginStatus } from './LoginStatus';
import { CustomerFinance } from '../finance/CustomerFinance';
import { PortalPermissions } from '../finance/PortalPermissions';
import { CustomerExtras } from '../extras/CustomerExtras';
import { CustomerNotifications } from '../notifications/CustomerNotifications';
import { CustomerPrivacy } from '../privacy/CustomerPrivacy';

const CustomerQuery = graphql(`
  query Customer($id: ID!) {
    customer(id: $id) {
      id
      name
      document
      email
      phone
      city
      state
      account {
        ...LoginStatus
      }
      participations {
        role
        associationType {
          id
          name
        }
        reservation {
          id
          status
          contracts {
            id
            title
          }
        }
        unit {
          id
          name
        }
      }
    }
    requests(filter: { customerId: $id }, first: 20) {
      nodes {
        id
        number
        kind
        status {
          id
          name
        }
        subsubject {
          id
          name
        }
      }
    }
  }
`);

const StartViewAsMutation = graphql(`mutation StartViewAs($id: ID!) { startViewAsClient(customerId: $id) }`);

/** A customer: registration, login state (R-AUTH-2), units and associations, requests; view as client (R-WORK-4); explain. */
export function CustomerPage({ id }: { id: string }) {
  const { t } = useI18n();
  const label = useLabel();
  const [{ data, fetching, error }, refetch] = useQuery({ query: CustomerQuery, variables: { id } });
  const [viewState, startViewAs] = useMutation(StartViewAsMutation);
  if (fetching && !data) return <Loading />;
  if (!data?.customer) return <ErrorMessage error={error} />;
  const c = data.customer;
  async function viewAs() {
    const result = await startViewAs({ id });
    if (result.data) window.open(result.data.startViewAsClient, '_blank', 'noopener');
  }
  return (
    <>
      <p><Link to="/admin/clientes">← {t('customers.title')}</Link></p>
      <h1>{c.name}</h1>
      <p className="muted">{[formatDocument(c.document), c.email, formatPhone(c.phone), c.city ? `${c.city}/${c.state ?? ''}` : ''].filter(Boolean).join(' · ')}</p>
      <div className="actions">
        <ActionButton onClick={viewAs} disabled={!c.account}>{t('customer.viewAs')}</ActionButton>
        <Link to={`/admin/explicar?cliente=${c.id}`} className="button secondary">{t('customer.explain')}</Link>
      </div>
      <ErrorMessage error={viewState.error} />
      {c.account ? <LoginStatus account={c.account} onChanged={() => refetch({ requestPolicy: 'network-only' })} /> : <p className="notice">{t('customer.noLogin')}</p>}
      {c.account && <PortalPermissions accountId={c.account.id} />}
      <section className="card" aria-labelledby="units">
        <h2 id="units">{t('customer.units')}</h2>
        <ul className="list">
          {c.participations.map((p) => (
            <li key={`${p.reservation.id}-${p.role}`}>
              {p.unit.name} · {label('ParticipationRole', p.role)}{p.associationType ? ` (${p.associationType.name})` : ''} · {label('ReservationStatus', p.reservation.status)}
              {' '}<Link to={`/admin/explicar?cliente=${c.id}&unidade=${p.unit.id}`}>{t('customer.explain')}</Link>
              {p.reservation.contracts.length > 0 && (
                <ul className="inline-list" aria-label={`${t('customer.contracts')}: ${p.unit.name}`}>
                  {p.reservation.contracts.map((k) => <li key={k.id}><Link to={`/admin/contratos/${k.id}`}>{k.title}</Link></li>)}
                </ul>
              )}
            </li>
          ))}
        </ul>
      </section>
      <CustomerFinance customerId={c.id} />
      <CustomerExtras customerId={c.id} />
      <CustomerNotifications customerId={c.id} />
      <CustomerPrivacy customerId={c.id} />
      <section className="card" aria-labelledby="customer-requests">
        <h2 id="customer-requests">{t('customer.requests')}</h2>
        <ul className="list">
          {data.requests.nodes.map((r) => <li key={r.id}><Link to={`/admin/pedidos/${r.id}`}>{t('requests.number', { number: r.number })} · {r.subsubject.name}</Link> · {r.status.name}</li>)}
        </ul>
      </section>
    </>
  );
}
