import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import type { DeletionRequestStatus } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { useLabel } from '../i18n/use-label';
import { Pager } from '../ui/Pager';
import { ErrorMessage, Loading } from '../ui/Status';
import { DeletionRequestCard } from './DeletionRequestCard';

const DeletionRequestsQuery = graphql(`
  query DeletionRequests($status: DeletionRequestStatus, $after: String) {
    deletionRequests(status: $status, first: 20, after: $after) {
      nodes {
        ...DeletionRequestFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const STATUSES: DeletionRequestStatus[] = ['PENDING', 'COMPLETED', 'REFUSED'];

/** R-OPS-3 (ADMIN): the customers' requests to delete their data, pending first by default; each carried out or refused here. */
export function DeletionRequestsPage() {
  const { t } = useI18n();
  const label = useLabel();
  const [status, setStatus] = useState<DeletionRequestStatus | ''>('PENDING');
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, fetching, error }, refetch] = useQuery({ query: DeletionRequestsQuery, variables: { status: status || null, after } });
  const page = data?.deletionRequests;
  return (
    <>
      <h1>{t('privacy.requestsTitle')}</h1>
      <p className="help">{t('privacy.requestsHelp')}</p>
      <label htmlFor="deletion-status">{t('privacy.statusFilter')}</label>{' '}
      <select id="deletion-status" value={status} onChange={(e) => { setStatus(e.target.value as DeletionRequestStatus | ''); setAfter(null); }}>
        <option value="">{t('privacy.allStatuses')}</option>
        {STATUSES.map((s) => <option key={s} value={s}>{label('DeletionRequestStatus', s)}</option>)}
      </select>
      <ErrorMessage error={error} />
      {fetching && !page && <Loading />}
      {page && page.nodes.length === 0 && <p className="notice">{t('privacy.noDeletionRequests')}</p>}
      <ul className="list">
        {page?.nodes.map((r) => <DeletionRequestCard key={r.id} request={r} canDecide showCustomer onChanged={() => refetch({ requestPolicy: 'network-only' })} />)}
      </ul>
      {page && <Pager after={after} pageInfo={page.pageInfo} onPage={setAfter} />}
    </>
  );
}
