import { useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { formatDateTime } from '@shared/format/dates';
import { graphql } from '../gql';
import type { AuditLogFilter } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { actionLabel, AUDIT_ACTIONS, TARGET_TYPES, targetTypeLabel } from '../i18n/labels';
import { ErrorMessage, Loading } from '../ui/Status';
import { describeAuditEntry } from './audit-entry';

const AuditQuery = graphql(`
  query Audit($filter: AuditLogFilter, $after: String) {
    auditLog(filter: $filter, first: 50, after: $after) {
      nodes {
        id
        at
        action
        actorLabel
        targetType
        targetLabel
        impactSummary
        before
        after
        references {
          id
          name
        }
        ip
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** What the entries' fields are called: the portal settings catalog and the company's custom fields. */
const AuditVocabularyQuery = graphql(`
  query AuditVocabulary {
    portalSettingsCatalog {
      key
      label
    }
    customFields {
      id
      key
      label
    }
  }
`);

/** R-OPS-2: who did what to which object, when, from where, and each change by its label, before and after. Read-only: the log is append-only. */
export function AuditPage() {
  const { t, locale } = useI18n();
  const [filter, setFilter] = useState<AuditLogFilter>({});
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, fetching, error }] = useQuery({ query: AuditQuery, variables: { filter, after } });
  const [{ data: words }] = useQuery({ query: AuditVocabularyQuery });
  const vocabulary = useMemo(() => ({
    settings: new Map((words?.portalSettingsCatalog ?? []).map((s) => [s.key, s.label])),
    customFields: new Map((words?.customFields ?? []).map((f) => [f.key, f.label])),
  }), [words]);
  const update = (patch: Partial<AuditLogFilter>) => { setFilter({ ...filter, ...patch }); setAfter(null); };
  const byLabel = (a: [string, string], b: [string, string]) => a[1].localeCompare(b[1], locale);
  const actions = Object.keys(AUDIT_ACTIONS).map((a): [string, string] => [a, actionLabel(locale, a)]).sort(byLabel);
  const types = Object.keys(TARGET_TYPES).map((type): [string, string] => [type, targetTypeLabel(locale, type)]).sort(byLabel);
  return (
    <>
      <h1>{t('audit.title')}</h1>
      <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label={t('app.filter')}>
        <label>{t('audit.action')}
          <select value={filter.action ?? ''} onChange={(e) => update({ action: e.target.value || null })}>
            <option value="">{t('audit.allActions')}</option>
            {actions.map(([action, label]) => <option key={action} value={action}>{label}</option>)}
          </select>
        </label>
        <label>{t('audit.object')}
          <select value={filter.targetType ?? ''} onChange={(e) => update({ targetType: e.target.value || null })}>
            <option value="">{t('app.all')}</option>
            {types.map(([type, label]) => <option key={type} value={type}>{label}</option>)}
          </select>
        </label>
        <label>{t('requests.from')}<input type="date" onChange={(e) => update({ from: e.target.value ? `${e.target.value}T00:00:00-03:00` : null })} /></label>
        <label>{t('requests.to')}<input type="date" onChange={(e) => update({ to: e.target.value ? `${e.target.value}T23:59:59-03:00` : null })} /></label>
      </form>
      {fetching && !data ? <Loading /> : !data ? <ErrorMessage error={error} /> : (
        <>
          {data.auditLog.nodes.length === 0 && <p className="notice">{t('app.none')}</p>}
          <ol className="list audit" aria-label={t('audit.title')}>
            {data.auditLog.nodes.map((e) => {
              const text = describeAuditEntry(locale, e, vocabulary);
              return (
                <li key={e.id} className="card" data-testid="audit-entry">
                  <p className="audit-head">
                    <strong>{text.action}</strong>
                    <span className="muted">{formatDateTime(e.at)}</span>
                  </p>
                  <p>{text.object}</p>
                  {e.impactSummary && <p data-testid="audit-impact">{e.impactSummary}</p>}
                  <p className="muted small">{t('audit.by', { who: e.actorLabel })}{e.ip ? ` · ${t('audit.from', { ip: e.ip })}` : ''}</p>
                  {text.changes.length > 0 && (
                    <table className="table compare">
                      <thead><tr><th scope="col">{t('dataChanges.field')}</th><th scope="col">{t('audit.before')}</th><th scope="col">{t('audit.after')}</th></tr></thead>
                      <tbody>
                        {text.changes.map((c) => (
                          <tr key={c.field}><th scope="row">{c.label}</th><td data-label={t('audit.before')}>{c.before}</td><td data-label={t('audit.after')}>{c.after}</td></tr>
                        ))}
                      </tbody>
                    </table>
                  )}
                </li>
              );
            })}
          </ol>
          {data.auditLog.pageInfo.hasNextPage && <button type="button" className="secondary" onClick={() => setAfter(data.auditLog.pageInfo.endCursor)}>{t('app.more')}</button>}
        </>
      )}
    </>
  );
}
