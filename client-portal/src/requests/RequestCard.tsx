import { formatDate } from '../shared/format/dates';
import { graphql } from '../gql';
import type { RequestSummaryFragment } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { Link } from '../shared/router';

export const RequestSummaryFragmentDoc = graphql(`
  fragment RequestSummary on Request {
    id
    number
    kind
    createdAt
    finishedAt
    status {
      id
      name
      isFinal
    }
    subsubject {
      id
      name
    }
    unit {
      id
      name
    }
    commonArea {
      id
      name
    }
  }
`);

export function RequestCard({ request }: { request: RequestSummaryFragment }) {
  const { t } = useI18n();
  return (
    <Link to={`/pedidos/${request.id}`} className="request-card">
      <span className="request-title">{request.subsubject.name}</span>
      <span className={`badge${request.status.isFinal ? ' done' : ''}`}>{request.status.name}</span>
      <span className="muted">
        {t('requests.number', { number: request.number })} · {request.unit?.name ?? request.commonArea?.name} · {formatDate(request.createdAt)}
      </span>
    </Link>
  );
}
