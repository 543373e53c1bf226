import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import type { RequestKind } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { Link } from '../shared/router';
import { Empty, ErrorMessage, Loading } from '../ui/Status';
import { RequestCard } from './RequestCard';

const MyRequestsQuery = graphql(`
  query MyRequests($kind: RequestKind, $open: Boolean, $after: String) {
    myRequests(kind: $kind, open: $open, first: 20, after: $after) {
      nodes {
        ...RequestSummary
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** The requests of one kind, open or finished, newest first; "Abrir pedido" leads to the form. */
export function RequestsPage({ kind }: { kind: RequestKind }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(true);
  const [pages, setPages] = useState<(string | null)[]>([null]);
  const title = kind === 'SERVICE' ? t('requests.service') : t('requests.assistance');
  return (
    <>
      <div className="top">
        <h1>{title}</h1>
        <Link to={`/pedidos/novo?tipo=${kind}`} className="button">{t('requests.new')}</Link>
      </div>
      <div role="tablist" className="tabs" aria-label={title}>
        {[true, false].map((value) => (
          <button key={String(value)} type="button" role="tab" aria-selected={open === value} className={open === value ? 'tab active' : 'tab'} onClick={() => { setOpen(value); setPages([null]); }}>
            {value ? t('requests.open') : t('requests.finished')}
          </button>
        ))}
      </div>
      <div role="tabpanel">
        {pages.map((after, i) => (
          <RequestPage key={`${open}-${after}`} kind={kind} open={open} after={after} last={i === pages.length - 1} onMore={(cursor) => setPages([...pages, cursor])} />
        ))}
      </div>
    </>
  );
}

function RequestPage({ kind, open, after, last, onMore }: { kind: RequestKind; open: boolean; after: string | null; last: boolean; onMore: (cursor: string) => void }) {
  const { t } = useI18n();
  const [{ data, fetching, error }, refetch] = useQuery({ query: MyRequestsQuery, variables: { kind, open, after } });
  if (fetching && !data) return <Loading />;
  if (!data) return <ErrorMessage error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  const { nodes, pageInfo } = data.myRequests;
  if (!after && nodes.length === 0) return <Empty title={t('requests.empty')} />;
  return (
    <>
      <ul className="list">{nodes.map((r) => <li key={r.id}><RequestCard request={r} /></li>)}</ul>
      {last && pageInfo.hasNextPage && pageInfo.endCursor && <button type="button" className="secondary" onClick={() => onMore(pageInfo.endCursor!)}>{t('requests.more')}</button>}
    </>
  );
}
