import { useState } from 'react';
import { useQuery } from 'urql';
import { formatDateTime } from '@shared/format/dates';
import { useStaff } from '../auth/permissions';
import { graphql } from '../gql';
import { useI18n } from '../i18n/i18n';
import { useLabel } from '../i18n/use-label';
import { Pager } from '../ui/Pager';
import { ErrorMessage, Loading } from '../ui/Status';
import { DeletionRequestCard } from './DeletionRequestCard';

const CustomerConsentsQuery = graphql(`
  query CustomerConsents($customerId: ID!) {
    customerConsents(customerId: $customerId) {
      purpose
      granted
      outdated
      grantedAt
      source
      revokedAt
      history {
        textVersion
        source
        grantedAt
        revokedAt
        revokedSource
      }
    }
  }
`);

const CustomerDeletionQuery = graphql(`
  query CustomerDeletionRequests($customerId: ID!) {
    deletionRequests(customerId: $customerId, first: 20) {
      nodes {
        ...DeletionRequestFields
      }
    }
  }
`);

const CustomerAccessLogQuery = graphql(`
  query CustomerDataAccessLog($customerId: ID!, $after: String) {
    customerDataAccessLog(customerId: $customerId, first: 20, after: $after) {
      nodes {
        id
        at
        who
        byStaff
        what
        ip
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/**
 * R-OPS-3 on the customer's page: consents with their history (anyone who sees the customer);
 * for ADMIN also the deletion requests (carried out or refused here) and "who accessed or changed
 * the data" — staff reads and audited changes, newest first, paged.
 */
export function CustomerPrivacy({ customerId }: { customerId: string }) {
  const { t } = useI18n();
  const staff = useStaff();
  const admin = staff.role === 'ADMIN';
  return (
    <section className="card" id="privacy" aria-labelledby="customer-privacy">
      <h2 id="customer-privacy">{t('privacy.customerTitle')}</h2>
      <Consents customerId={customerId} />
      {admin && <Deletions customerId={customerId} />}
      {admin && <AccessLog customerId={customerId} />}
    </section>
  );
}

function Consents({ customerId }: { customerId: string }) {
  const { t } = useI18n();
  const label = useLabel();
  const [{ data, fetching, error }] = useQuery({ query: CustomerConsentsQuery, variables: { customerId } });
  if (fetching && !data) return <Loading />;
  return (
    <>
      <h3>{t('privacy.consents')}</h3>
      <ErrorMessage error={error} />
      <ul className="list">
        {(data?.customerConsents ?? []).map((c) => (
          <li key={c.purpose} data-testid="customer-consent">
            <strong>{label('ConsentPurpose', c.purpose)}</strong>
            {' · '}
            {c.granted ? t('privacy.grantedOn', { date: formatDateTime(c.grantedAt), source: label('ConsentSource', c.source) }) : c.revokedAt ? t('privacy.revokedOn', { date: formatDateTime(c.revokedAt) }) : t('privacy.neverGiven')}
            {c.outdated && <span className="badge"> {t('privacy.outdated')}</span>}
            {c.history.length > 0 && (
              <details>
                <summary>{t('privacy.history', { count: String(c.history.length) })}</summary>
                <ul>
                  {c.history.map((h) => (
                    <li key={`${h.grantedAt}-${h.textVersion}`}>
                      {t('privacy.historyGiven', { date: formatDateTime(h.grantedAt), source: label('ConsentSource', h.source), version: h.textVersion })}
                      {h.revokedAt && ` · ${t('privacy.historyRevoked', { date: formatDateTime(h.revokedAt), source: label('ConsentSource', h.revokedSource) })}`}
                    </li>
                  ))}
                </ul>
              </details>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

function Deletions({ customerId }: { customerId: string }) {
  const { t } = useI18n();
  const [{ data, error }, refetch] = useQuery({ query: CustomerDeletionQuery, variables: { customerId } });
  const requests = data?.deletionRequests.nodes ?? [];
  return (
    <>
      <h3>{t('privacy.deletionRequests')}</h3>
      <ErrorMessage error={error} />
      {data && requests.length === 0 && <p className="muted">{t('privacy.noDeletionRequests')}</p>}
      <ul className="list">
        {requests.map((r) => <DeletionRequestCard key={r.id} request={r} canDecide onChanged={() => refetch({ requestPolicy: 'network-only' })} />)}
      </ul>
    </>
  );
}

function AccessLog({ customerId }: { customerId: string }) {
  const { t } = useI18n();
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, fetching, error }] = useQuery({ query: CustomerAccessLogQuery, variables: { customerId, after } });
  const page = data?.customerDataAccessLog;
  return (
    <>
      <h3>{t('privacy.accessLog')}</h3>
      <p className="help">{t('privacy.accessLogHelp')}</p>
      <ErrorMessage error={error} />
      {fetching && !page && <Loading />}
      {page && page.nodes.length === 0 && <p className="muted">{t('privacy.accessLogEmpty')}</p>}
      {page && page.nodes.length > 0 && (
        <table className="table" data-testid="access-log" tabIndex={0} aria-label={t('privacy.accessLog')}>
          <thead><tr><th scope="col">{t('privacy.when')}</th><th scope="col">{t('privacy.who')}</th><th scope="col">{t('privacy.what')}</th><th scope="col">{t('privacy.from')}</th></tr></thead>
          <tbody>
            {page.nodes.map((e) => (
              <tr key={e.id}><td>{formatDateTime(e.at)}</td><td>{e.who}</td><td>{e.what}</td><td>{e.ip ?? '—'}</td></tr>
            ))}
          </tbody>
        </table>
      )}
      {page && <Pager after={after} pageInfo={page.pageInfo} onPage={setAfter} />}
    </>
  );
}
