import { useState } from 'react';
import { useQuery } from 'urql';
import { formatDateTime } from '@shared/format/dates';
import { graphql } from '../gql';
import type { AuditLogFilter } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { ErrorMessage, Loading } from '../ui/Status';

const AuditQuery = graphql(`
  query Audit($filter: AuditLogFilter, $after: String) {
    auditLog(filter: $filter, first: 50, after: $after) {
      nodes {
        id
        at
        action
        actorLabel
        targetType
        targetId
        before
        after
        ip
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const show = (value: unknown) => (value === null || value === undefined ? '—' : JSON.stringify(value));

/** R-OPS-2: who did what to which object, when, from where, before and after. Read-only: the log is append-only. */
export function AuditPage() {
  const { t } = useI18n();
  const [filter, setFilter] = useState<AuditLogFilter>({});
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, fetching, error }] = useQuery({ query: AuditQuery, variables: { filter, after } });
  const update = (patch: Partial<AuditLogFilter>) => { setFilter({ ...filter, ...patch }); setAfter(null); };
  return (
    <>
      <h1>{t('audit.title')}</h1>
      <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label={t('app.filter')}>
        <label>{t('audit.action')}<input placeholder="portal.  login.  dataChange." onChange={(e) => update({ action: e.target.value || null })} /></label>
        <label>Tipo<input placeholder="Portal, Account…" onChange={(e) => update({ targetType: e.target.value || null })} /></label>
        <label>{t('requests.from')}<input type="date" onChange={(e) => update({ from: e.target.value ? `${e.target.value}T00:00:00-03:00` : null })} /></label>
        <label>{t('requests.to')}<input type="date" onChange={(e) => update({ to: e.target.value ? `${e.target.value}T23:59:59-03:00` : null })} /></label>
      </form>
      {fetching && !data ? <Loading /> : !data ? <ErrorMessage error={error} /> : (
        <>
          <table className="table audit">
            <thead><tr><th scope="col">{t('audit.when')}</th><th scope="col">{t('audit.who')}</th><th scope="col">{t('audit.action')}</th><th scope="col">{t('audit.before')}</th><th scope="col">{t('audit.after')}</th></tr></thead>
            <tbody>
              {data.auditLog.nodes.length === 0 && <tr><td colSpan={5}>{t('app.none')}</td></tr>}
              {data.auditLog.nodes.map((e) => (
                <tr key={e.id}>
                  <td>{formatDateTime(e.at)}</td>
                  <td>{e.actorLabel}{e.ip ? <><br /><span className="muted small">{e.ip}</span></> : null}</td>
                  <td>{e.action}<br /><span className="muted small">{e.targetType} {e.targetId}</span></td>
                  <td><code>{show(e.before)}</code></td>
                  <td><code>{show(e.after)}</code></td>
                </tr>
              ))}
            </tbody>
          </table>
          {data.auditLog.pageInfo.hasNextPage && <button type="button" className="secondary" onClick={() => setAfter(data.auditLog.pageInfo.endCursor)}>{t('app.more')}</button>}
        </>
      )}
    </>
  );
}
