import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { formatDateTime } from '@shared/format/dates';
import { SubmitButton } from '@shared/forms/buttons';
import { Field } from '@shared/forms/Field';
import { Form } from '@shared/forms/Form';
import { Link, navigate } from '@shared/router';
import { can, useStaff } from '../auth/permissions';
import { graphql } from '../gql';
import type { SyncRunStatus } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { useLabel } from '../i18n/use-label';
import { Pager } from '../ui/Pager';
import { ErrorMessage, Loading } from '../ui/Status';
import { IntegrationTabs } from './IntegrationTabs';
import { SyncRunStatusBadge } from './SyncRunStatusBadge';

const SyncRunsQuery = graphql(`
  query SyncRuns($status: SyncRunStatus, $from: DateTimeISO, $to: DateTimeISO, $after: String) {
    syncRuns(status: $status, from: $from, to: $to, first: 30, after: $after) {
      nodes {
        id
        status
        stale
        note
        startedAt
        finishedAt
        startedBy
        batches
        inserted
        updated
        unchanged
        failedRows
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const OpenSyncRunMutation = graphql(`
  mutation OpenSyncRun($note: String) {
    openSyncRun(note: $note) {
      id
      status
    }
  }
`);

const STATUSES: readonly SyncRunStatus[] = ['RUNNING', 'SUCCEEDED', 'FAILED', 'ABANDONED'];

/** R-SYNC-4, "Sincronização das Bases": the runs of the ERP, newest first, with filters; an ADMIN starts one here. */
export function SyncRunsPage() {
  const { t, locale } = useI18n();
  const label = useLabel();
  // Starting a run is for an ADMIN of the whole company (the server refuses anyone else).
  const mayStart = can(useStaff(), 'manageIntegration');
  const [filter, setFilter] = useState<{ status: SyncRunStatus | null; from: string | null; to: string | null }>({ status: null, from: null, to: null });
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, fetching, error }] = useQuery({ query: SyncRunsQuery, variables: { ...filter, after }, requestPolicy: 'cache-and-network' });
  const [openState, open] = useMutation(OpenSyncRunMutation);
  // Refused because one is running: the way to it (to close it, or unlock it if it stopped).
  const runningId = openState.error?.graphQLErrors[0]?.extensions?.runId;
  const running = typeof runningId === 'string' ? runningId : null;
  const [note, setNote] = useState('');
  const update = (patch: Partial<typeof filter>) => { setFilter({ ...filter, ...patch }); setAfter(null); };
  const number = (n: number) => n.toLocaleString(locale);
  // "Até" before "De": nothing can be between them — said, not an empty list.
  const inverted = Boolean(filter.from && filter.to && filter.from.slice(0, 10) > filter.to.slice(0, 10));

  async function start() {
    const result = await open({ note: note.trim() || null });
    if (result.data) navigate(`/admin/integracoes/sincronizacoes/${result.data.openSyncRun.id}`);
  }

  return (
    <>
      <IntegrationTabs />
      <h1>{t('integration.runs')}</h1>
      <p className="muted">{t('runs.intro')}</p>
      <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label={t('app.filter')}>
        <label>{t('runs.status')}
          <select value={filter.status ?? ''} onChange={(e) => update({ status: (e.target.value || null) as SyncRunStatus | null })}>
            <option value="">{t('runs.allStatuses')}</option>
            {STATUSES.map((s) => <option key={s} value={s}>{label('SyncRunStatus', s)}</option>)}
          </select>
        </label>
        <label>{t('runs.from')}<input type="date" onChange={(e) => update({ from: e.target.value ? `${e.target.value}T00:00:00-03:00` : null })} /></label>
        <label>{t('runs.to')}<input type="date" aria-invalid={inverted || undefined} aria-describedby={inverted ? 'runs-range' : undefined} onChange={(e) => update({ to: e.target.value ? `${e.target.value}T23:59:59-03:00` : null })} /></label>
      </form>
      {inverted && <p id="runs-range" className="notice warn-box" role="alert">{t('runs.rangeInverted')}</p>}
      {fetching && !data ? <Loading /> : !data ? <ErrorMessage error={error} /> : (
        <>
          {data.syncRuns.nodes.length === 0 ? (inverted ? null : <p className="notice">{t('runs.none')}</p>) : (
            <table className="table stack" aria-label={t('integration.runs')}>
              <thead>
                <tr>
                  <th scope="col">{t('runs.startedAt')}</th>
                  <th scope="col">{t('runs.status')}</th>
                  <th scope="col">{t('runs.finishedAt')}</th>
                  <th scope="col">{t('runs.startedBy')}</th>
                  <th scope="col" className="number">{t('runs.batches')}</th>
                  <th scope="col" className="number">{t('runs.inserted')}</th>
                  <th scope="col" className="number">{t('runs.updated')}</th>
                  <th scope="col" className="number">{t('runs.unchanged')}</th>
                  <th scope="col" className="number">{t('runs.failedRows')}</th>
                </tr>
              </thead>
              <tbody>
                {data.syncRuns.nodes.map((run) => (
                  <tr key={run.id} data-testid="sync-run">
                    <th scope="row" data-label={t('runs.startedAt')}>
                      <Link className="when" to={`/admin/integracoes/sincronizacoes/${run.id}`}>{formatDateTime(run.startedAt)}</Link>
                      {run.note && <><br /><span className="muted small">{run.note}</span></>}
                    </th>
                    <td data-label={t('runs.status')}><SyncRunStatusBadge status={run.status} stale={run.stale} /></td>
                    <td data-label={t('runs.finishedAt')} className="when">{run.finishedAt ? formatDateTime(run.finishedAt) : <span className="muted">{t('runs.running')}</span>}</td>
                    <td data-label={t('runs.startedBy')}>{run.startedBy || <span className="muted">{t('runs.openerUnknown')}</span>}</td>
                    <td data-label={t('runs.batches')} className="number">{number(run.batches)}</td>
                    <td data-label={t('runs.inserted')} className="number">{number(run.inserted)}</td>
                    <td data-label={t('runs.updated')} className="number">{number(run.updated)}</td>
                    <td data-label={t('runs.unchanged')} className="number">{number(run.unchanged)}</td>
                    <td data-label={t('runs.failedRows')} className={run.failedRows > 0 ? 'number warn' : 'number'}>{number(run.failedRows)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <Pager after={after} pageInfo={data.syncRuns.pageInfo} onPage={setAfter} />
        </>
      )}
      {mayStart && <Form className="card form" onSubmit={start} error={openState.error} aria-labelledby="open-run" heading={<h2 id="open-run">{t('runs.openTitle')}</h2>}>
        <p className="muted small">{t('runs.openHelp')}</p>
        <Field name="note" label={t('runs.note')} help={t('runs.noteHelp')}>
          <input id="run-note" value={note} onChange={(e) => setNote(e.target.value)} maxLength={200} autoComplete="off" />
        </Field>
        <div className="actions">
          <SubmitButton>{t('runs.open')}</SubmitButton>
          {running && <Link to={`/admin/integracoes/sincronizacoes/${running}`}>{t('runs.seeRunning')}</Link>}
        </div>
      </Form>}
    </>
  );
}
