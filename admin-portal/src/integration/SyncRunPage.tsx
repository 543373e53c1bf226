import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { formatDateTime } from '@shared/format/dates';
import { FormAlert, FormScope } from '@shared/forms/form-scope';
import { Link } from '@shared/router';
import { can, useStaff } from '../auth/permissions';
import { graphql } from '../gql';
import type { SyncRunQuery as SyncRunData } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { rowErrorLabel } from '../i18n/labels';
import { useLabel } from '../i18n/use-label';
import { Pager } from '../ui/Pager';
import { ErrorMessage, Loading } from '../ui/Status';
import { describeErpRow, erpFieldPathLabel } from './erp-row';
import { Confirm } from '../ui/Confirm';
import { IntegrationTabs } from './IntegrationTabs';
import { SyncRunStatusBadge } from './SyncRunStatusBadge';

const SyncRunQuery = graphql(`
  query SyncRun($id: ID!, $after: String) {
    syncRun(id: $id) {
      id
      status
      stale
      note
      startedAt
      finishedAt
      lastActivityAt
      startedBy
      batches
      inserted
      updated
      unchanged
      failedRows
      errors(first: 50, after: $after) {
        nodes {
          id
          at
          kind
          rowIndex
          erpCode
          field
          code
          message
          row
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

const CloseSyncRunMutation = graphql(`
  mutation CloseSyncRun($id: ID!, $status: SyncRunStatus!) {
    closeSyncRun(id: $id, status: $status) {
      id
      status
      finishedAt
      stale
    }
  }
`);

const UnlockSyncRunMutation = graphql(`
  mutation UnlockSyncRun($id: ID!) {
    unlockSyncRun(id: $id) {
      id
      status
      finishedAt
      stale
    }
  }
`);

type Run = NonNullable<SyncRunData['syncRun']>;

/** R-SYNC-4: one sync run — its counts, its refused rows in words, and closing or unlocking it. */
export function SyncRunPage({ id }: { id: string }) {
  const { t } = useI18n();
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, fetching, error }, refetch] = useQuery({ query: SyncRunQuery, variables: { id, after } });
  if (fetching && !data) return <Loading />;
  if (!data) return <><IntegrationTabs /><p><Link to="/admin/integracoes/sincronizacoes">← {t('run.back')}</Link></p><ErrorMessage error={error} /></>;
  const run = data.syncRun;
  const reload = () => refetch({ requestPolicy: 'network-only' });
  return (
    <>
      <IntegrationTabs />
      <p><Link to="/admin/integracoes/sincronizacoes">← {t('run.back')}</Link></p>
      <h1>{t('run.title', { date: formatDateTime(run.startedAt) })}</h1>
      <p><SyncRunStatusBadge status={run.status} stale={run.stale} />{run.note && <span className="muted"> · {run.note}</span>}</p>
      {run.status === 'RUNNING' ? (
        <div className="two-columns">
          <Summary run={run} />
          <RunActions run={run} onChanged={reload} />
        </div>
      ) : <Summary run={run} />}
      <RefusedRows run={run} after={after} onPage={setAfter} />
    </>
  );
}

function Summary({ run }: { run: Run }) {
  const { t, locale } = useI18n();
  const number = (n: number) => n.toLocaleString(locale);
  return (
    <section className="card" aria-labelledby="run-counts">
      <h2 id="run-counts">{t('run.counts')}</h2>
      <dl className="facts">
        <div><dt>{t('runs.startedAt')}</dt><dd>{formatDateTime(run.startedAt)}</dd></div>
        <div><dt>{t('runs.finishedAt')}</dt><dd>{run.finishedAt ? formatDateTime(run.finishedAt) : t('runs.running')}</dd></div>
        <div><dt>{t('runs.lastActivity')}</dt><dd>{formatDateTime(run.lastActivityAt)}</dd></div>
        <div><dt>{t('runs.startedBy')}</dt><dd>{run.startedBy || t('runs.openerUnknown')}</dd></div>
      </dl>
      <dl className="counts" data-testid="run-counts">
        <div><dt>{t('runs.batches')}</dt><dd>{number(run.batches)}</dd></div>
        <div><dt>{t('runs.inserted')}</dt><dd>{number(run.inserted)}</dd></div>
        <div><dt>{t('runs.updated')}</dt><dd>{number(run.updated)}</dd></div>
        <div><dt>{t('runs.unchanged')}</dt><dd>{number(run.unchanged)}</dd></div>
        <div className={run.failedRows > 0 ? 'warn' : undefined}><dt>{t('runs.failedRows')}</dt><dd>{number(run.failedRows)}</dd></div>
      </dl>
    </section>
  );
}

/** A running run: "Encerrar" as succeeded or failed; a stale one may also be unlocked, after a confirmation. */
function RunActions({ run, onChanged }: { run: Run; onChanged: () => void }) {
  const { t } = useI18n();
  const staff = useStaff();
  const [closeState, close] = useMutation(CloseSyncRunMutation);
  const [unlockState, unlock] = useMutation(UnlockSyncRunMutation);
  const [confirming, setConfirming] = useState(false);
  const [closing, setClosing] = useState<'SUCCEEDED' | 'FAILED' | null>(null);
  const done = (result: { data?: unknown }) => { if (result.data) onChanged(); };
  return (
    <div>
      <FormScope error={closeState.error}>
        <section className="card" aria-labelledby="run-close">
          <h2 id="run-close">{t('run.close')}</h2>
          <FormAlert />
          <p className="muted small">{t('run.runIdHelp')}</p>
          <p><code className="code-text" data-testid="run-id">{run.id}</code></p>
          <p className="muted small">{t('run.closeHelp')}</p>
          {closing ? (
            // The ERP may still be sending into it: one tap does not close it.
            <Confirm label={t('run.close')} question={<strong>{t(closing === 'SUCCEEDED' ? 'run.closeOkConfirm' : 'run.closeFailedConfirm')}</strong>}
              yes={t('run.closeYes')} onYes={async () => done(await close({ id: run.id, status: closing }))} onCancel={() => setClosing(null)} />
          ) : (
            <div className="actions">
              <button type="button" onClick={() => setClosing('SUCCEEDED')}>{t('run.closeOk')}</button>
              <button type="button" className="secondary" onClick={() => setClosing('FAILED')}>{t('run.closeFailed')}</button>
            </div>
          )}
        </section>
      </FormScope>
      {run.stale ? (
        can(staff, 'manageIntegration') && (
          <FormScope error={unlockState.error}>
            <section className="card danger" aria-labelledby="run-unlock">
              <h2 id="run-unlock">{t('run.unlock')}</h2>
              <FormAlert />
              <p>{t('run.unlockHelp')}</p>
              {confirming ? (
                <Confirm label={t('run.unlock')} question={<strong>{t('run.unlockConfirm')}</strong>} yes={t('run.unlockYes')} danger
                  onYes={async () => done(await unlock({ id: run.id }))} onCancel={() => setConfirming(false)} />
              ) : (
                <div className="actions"><button type="button" className="danger" onClick={() => setConfirming(true)}>{t('run.unlock')}</button></div>
              )}
            </section>
          </FormScope>
        )
      ) : <p className="muted small">{t('run.notStale')}</p>}
    </div>
  );
}

/** The error log: each refused row with its position, code in the ERP, kind, field, reason, message, and the row itself as label: value pairs. */
function RefusedRows({ run, after, onPage }: { run: Run; after: string | null; onPage: (after: string | null) => void }) {
  const { t, locale } = useI18n();
  const label = useLabel();
  const errors = run.errors.nodes;
  return (
    <section aria-labelledby="run-errors">
      <h2 id="run-errors">{t('run.errors')} ({run.failedRows.toLocaleString(locale)})</h2>
      {errors.length === 0 && !after ? <p className="notice">{t('run.noErrors')}</p> : (
        <>
          <p className="muted small">{t('run.errorsHelp')}</p>
          <ol className="list">
            {errors.map((e) => {
              const field = erpFieldPathLabel(locale, e.field);
              const pairs = describeErpRow(locale, e.kind, e.row, e.field);
              return (
                <li key={e.id} className="card refused" data-testid="refused-row">
                  <p className="audit-head">
                    <strong>{t('run.rowOf', { number: (e.rowIndex + 1).toLocaleString(locale) })} · {label('ErpKind', e.kind)}{e.erpCode && <> · <span className="code-text">{e.erpCode}</span></>}</strong>
                    <span className="muted">{formatDateTime(e.at)}</span>
                  </p>
                  <dl className="facts">
                    {e.erpCode && <div><dt>{t('run.erpCode')}</dt><dd className="code-text">{e.erpCode}</dd></div>}
                    {field && <div><dt>{t('run.field')}</dt><dd>{field}</dd></div>}
                    <div><dt>{t('run.reason')}</dt><dd>{rowErrorLabel(locale, e.code)}</dd></div>
                  </dl>
                  <p className="refusal">{e.message}</p>
                  {pairs.length > 0 && (
                    <>
                      <h3>{t('run.sentRow')}</h3>
                      <dl className="row-fields">
                        {pairs.map((p) => (
                          <div key={p.field} className={p.refused ? 'refused-field' : undefined}>
                            <dt>{p.label}{p.refused && <> <span className="badge off">{t('run.refusedField')}</span></>}</dt>
                            <dd>{p.value}</dd>
                          </div>
                        ))}
                      </dl>
                    </>
                  )}
                </li>
              );
            })}
          </ol>
          <Pager after={after} pageInfo={run.errors.pageInfo} onPage={onPage} />
        </>
      )}
    </section>
  );
}
