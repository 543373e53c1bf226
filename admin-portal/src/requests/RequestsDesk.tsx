import { useState } from 'react';
import { useQuery, useSubscription } from 'urql';
import { formatDate } from '@shared/format/dates';
import { Link } from '@shared/router';
import { graphql } from '../gql';
import { durationText } from './SlaClock';
import './requests.css';
import type { RequestFilter, RequestKind } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { useLabel } from '../i18n/use-label';
import { ErrorMessage, Loading } from '../ui/Status';

const DeskQuery = graphql(`
  query Desk($filter: RequestFilter, $after: String) {
    requests(filter: $filter, first: 25, after: $after) {
      nodes {
        id
        number
        kind
        createdAt
        openedByName
        status {
          id
          name
          isFinal
        }
        sla {
          remainingMinutes
          overdue
        }
        subsubject {
          id
          name
        }
        development {
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
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const DeskFiltersQuery = graphql(`
  query DeskFilters {
    developments {
      id
      name
    }
    workflows {
      id
      kind
      statuses {
        id
        name
      }
    }
  }
`);

const RequestListChangedSubscription = graphql(`
  subscription RequestListChanged {
    requestListChanged {
      id
    }
  }
`);

/** The requests desk: filters, cursor pages, and new requests and changes arriving live (R-REQ-9). */
export function RequestsDesk() {
  const { t } = useI18n();
  const label = useLabel();
  const [filter, setFilter] = useState<RequestFilter>({ open: true });
  const [pages, setPages] = useState<(string | null)[]>([null]);
  const [version, setVersion] = useState(0);
  const [{ data: options }] = useQuery({ query: DeskFiltersQuery });
  useSubscription({ query: RequestListChangedSubscription }, (_, event) => {
    setVersion((v) => v + 1);
    return event;
  });
  const update = (patch: Partial<RequestFilter>) => {
    setFilter({ ...filter, ...patch });
    setPages([null]);
  };
  const statuses = options?.workflows.filter((w) => !filter.kind || w.kind === filter.kind).flatMap((w) => w.statuses) ?? [];
  return (
    <>
      <h1>{t('requests.title')}</h1>
      <p className="muted small">{t('requests.live')}</p>
      <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label={t('app.filter')}>
        <label>{t('requests.kind')}
          <select value={filter.kind ?? ''} onChange={(e) => update({ kind: (e.target.value || null) as RequestKind | null, statusId: null })}>
            <option value="">{t('app.all')}</option>
            {(['SERVICE', 'ASSISTANCE'] as const).map((kind) => <option key={kind} value={kind}>{label('RequestKind', kind)}</option>)}
          </select>
        </label>
        <label>{t('requests.development')}
          <select value={filter.developmentId ?? ''} onChange={(e) => update({ developmentId: e.target.value || null })}>
            <option value="">{t('app.all')}</option>
            {options?.developments.map((d) => <option key={d.id} value={d.id}>{d.name}</option>)}
          </select>
        </label>
        <label>{t('requests.status')}
          <select value={filter.statusId ?? ''} onChange={(e) => update({ statusId: e.target.value || null })}>
            <option value="">{t('app.all')}</option>
            {statuses.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
          </select>
        </label>
        <label>{t('requests.from')}<input type="date" onChange={(e) => update({ from: e.target.value ? `${e.target.value}T00:00:00-03:00` : null })} /></label>
        <label>{t('requests.to')}<input type="date" onChange={(e) => update({ to: e.target.value ? `${e.target.value}T23:59:59-03:00` : null })} /></label>
        <label>{t('requests.progress')}
          <select value={filter.open === true ? 'open' : filter.open === false ? 'finished' : ''} onChange={(e) => update({ open: e.target.value === 'open' ? true : e.target.value === 'finished' ? false : null })}>
            <option value="open">{t('requests.progressOpen')}</option>
            <option value="finished">{t('requests.progressFinished')}</option>
            <option value="">{t('app.all')}</option>
          </select>
        </label>
      </form>
      <table className="table">
        <caption className="sr-only">{t('requests.title')}</caption>
        <thead>
          <tr><th scope="col">{t('requests.protocol')}</th><th scope="col">{t('requests.kind')}</th><th scope="col">{t('requests.status')}</th><th scope="col">{t('requests.development')}</th><th scope="col">{t('audit.when')}</th></tr>
        </thead>
        {pages.map((after, i) => <DeskPage key={`${JSON.stringify(filter)}-${after}-${version}`} filter={filter} after={after} last={i === pages.length - 1} onMore={(c) => setPages([...pages, c])} />)}
      </table>
    </>
  );
}

function DeskPage({ filter, after, last, onMore }: { filter: RequestFilter; after: string | null; last: boolean; onMore: (cursor: string) => void }) {
  const { t } = useI18n();
  const label = useLabel();
  const [{ data, fetching, error }] = useQuery({ query: DeskQuery, variables: { filter, after }, requestPolicy: 'cache-and-network' });
  if (fetching && !data) return <tbody><tr><td colSpan={5}><Loading /></td></tr></tbody>;
  if (!data) return <tbody><tr><td colSpan={5}><ErrorMessage error={error} /></td></tr></tbody>;
  const { nodes, pageInfo } = data.requests;
  return (
    <tbody>
      {!after && nodes.length === 0 && <tr><td colSpan={5}>{t('app.none')}</td></tr>}
      {nodes.map((r) => (
        <tr key={r.id}>
          <td><Link to={`/admin/pedidos/${r.id}`}>{r.number}</Link></td>
          <td>{label('RequestKind', r.kind)} · {r.subsubject.name}</td>
          <td>
            <span className={`badge${r.status.isFinal ? ' done' : ''}`}>{r.status.name}</span>
            {r.sla?.remainingMinutes != null && (
              <span className={`sla-tag${r.sla.overdue ? ' late' : ''}`}>
                {r.sla.overdue ? t('sla.lateShort', { time: durationText(r.sla.remainingMinutes) }) : t('sla.leftShort', { time: durationText(r.sla.remainingMinutes) })}
              </span>
            )}
          </td>
          <td>{r.development.name} · {r.unit?.name ?? r.commonArea?.name}</td>
          <td>{formatDate(r.createdAt)} · {r.openedByName}</td>
        </tr>
      ))}
      {last && pageInfo.hasNextPage && pageInfo.endCursor && (
        <tr><td colSpan={5}><button type="button" className="secondary" onClick={() => onMore(pageInfo.endCursor!)}>{t('app.more')}</button></td></tr>
      )}
    </tbody>
  );
}
