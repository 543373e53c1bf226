import { useQuery, useSubscription } from 'urql';
import { formatDateTime } from '../shared/format/dates';
import { graphql } from '../gql';
import { useI18n } from '../i18n/i18n';
import { Link } from '../shared/router';
import { Empty, ErrorMessage, Loading } from '../ui/Status';

const RequestDetailQuery = graphql(`
  query RequestDetail($id: ID!) {
    request(id: $id) {
      ...RequestSummary
      description
      openedByName
      location {
        id
        name
      }
      history {
        id
        at
        comment
        changedByName
        toStatus {
          id
          name
        }
      }
    }
  }
`);

const RequestChangedSubscription = graphql(`
  subscription RequestChanged {
    myRequestChanged {
      id
      status {
        id
        name
      }
    }
  }
`);

/** A request and its history, updating live when staff change its status (R-REQ-9). */
export function RequestDetail({ id }: { id: string }) {
  const { t } = useI18n();
  const [{ data, fetching, error }, refetch] = useQuery({ query: RequestDetailQuery, variables: { id } });
  useSubscription({ query: RequestChangedSubscription }, (_, event) => {
    if (event.myRequestChanged.id === id) refetch({ requestPolicy: 'network-only' });
    return event;
  });
  if (fetching && !data) return <Loading />;
  if (error?.graphQLErrors[0]?.extensions?.code === 'NOT_FOUND') return <Empty title={t('detail.notFound')}><Link to="/">{t('nav.home')}</Link></Empty>;
  if (!data?.request) return <ErrorMessage error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  const r = data.request;
  const back = r.kind === 'SERVICE' ? '/atendimentos' : '/assistencia';
  return (
    <>
      <p><Link to={back}>← {t('detail.back')}</Link></p>
      <h1>{r.subsubject.name}</h1>
      <p>
        <span className={`badge${r.status.isFinal ? ' done' : ''}`} data-testid="request-status" aria-live="polite">{r.status.name}</span>
      </p>
      <p className="muted">
        {t('requests.number', { number: r.number })} · {r.unit?.name ?? r.commonArea?.name}{r.location ? ` · ${r.location.name}` : ''}
      </p>
      <p className="muted">{t('detail.opened', { date: formatDateTime(r.createdAt), name: r.openedByName })}</p>
      <p className="description">{r.description}</p>
      <section aria-labelledby="history">
        <h2 id="history">{t('detail.history')}</h2>
        <p className="muted small">{t('detail.live')}</p>
        <ol className="timeline">
          {r.history.map((h) => (
            <li key={h.id}>
              <strong>{h.toStatus.name}</strong> <span className="muted">· {formatDateTime(h.at)}{h.changedByName ? ` · ${h.changedByName}` : ''}</span>
              {h.comment && <p>{h.comment}</p>}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
