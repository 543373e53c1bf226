import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { formatDateTime } from '@shared/format/dates';
import { formatRegistrationValue } from '@shared/format/registration';
import { UfSelect } from '@shared/UfSelect';
import { ActionButton } from '@shared/forms/buttons';
import { FieldError, FormAlert, FormScope, useField } from '@shared/forms/form-scope';
import { Link } from '@shared/router';
import { graphql } from '../gql';
import type { DataChangeFieldsFragment, DataChangeFilter, DataChangeStatus } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { useLabel } from '../i18n/use-label';
import { ErrorMessage, Loading } from '../ui/Status';

export const DataChangeFieldsFragmentDoc = graphql(`
  fragment DataChangeFields on DataChangeRequest {
    id
    status
    createdAt
    rejectionReason
    decidedByName
    baseVersion
    emailInUse
    customer {
      id
      name
      version
    }
    fields {
      field
      label
      original
      proposed
      changed
    }
  }
`);

const DataChangesDocument = graphql(`
  query DataChanges($filter: DataChangeFilter) {
    dataChangeRequests(filter: $filter, first: 50) {
      nodes {
        ...DataChangeFields
      }
    }
    developments {
      id
      name
    }
  }
`);

/** One request, whatever its status: where the explainer's "Corrigir" links land (`?pedido=<id>`). */
const LinkedDataChangeDocument = graphql(`
  query LinkedDataChange($id: ID!) {
    dataChangeRequest(id: $id) {
      ...DataChangeFields
    }
  }
`);

const ApproveMutation = graphql(`mutation ApproveDataChange($id: ID!, $corrected: [FieldValueInput!], $seenVersion: Int) { approveDataChange(id: $id, corrected: $corrected, seenVersion: $seenVersion) { id status } }`);
const RejectMutation = graphql(`mutation RejectDataChange($id: ID!, $reason: String!) { rejectDataChange(id: $id, reason: $reason) { id status } }`);
const DeleteMutation = graphql(`mutation DeleteDataChange($id: ID!) { deleteDataChange(id: $id) { id status } }`);

/** R-DATA-3, R-DATA-5: original and proposed side by side; correct, reject with reason, approve, delete; conflicts shown with the new values. */
export function DataChangesPage() {
  const { t } = useI18n();
  const label = useLabel();
  const [filter, setFilter] = useState<DataChangeFilter>({ status: 'PENDING' });
  const [{ data, fetching, error }, refetch] = useQuery({ query: DataChangesDocument, variables: { filter } });
  const linkedId = new URLSearchParams(location.search).get('pedido');
  const [linked, refetchLinked] = useQuery({ query: LinkedDataChangeDocument, variables: { id: linkedId ?? '' }, pause: !linkedId });
  const reload = () => {
    refetch({ requestPolicy: 'network-only' });
    if (linkedId) refetchLinked({ requestPolicy: 'network-only' });
  };
  return (
    <>
      <h1>{t('dataChanges.title')}</h1>
      {linkedId && (
        <section aria-labelledby="linked-change" data-testid="linked-data-change">
          <h2 id="linked-change">{t('dataChanges.linked')}</h2>
          {linked.data ? <ul className="list"><DataChange request={linked.data.dataChangeRequest} onDone={reload} /></ul> : linked.fetching ? <Loading /> : <ErrorMessage error={linked.error} />}
        </section>
      )}
      <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label={t('app.filter')}>
        <label>{t('requests.status')}
          <select value={filter.status ?? ''} onChange={(e) => setFilter({ ...filter, status: (e.target.value || null) as DataChangeStatus | null })}>
            <option value="">{t('app.all')}</option>
            {(['PENDING', 'APPROVED', 'REJECTED', 'INACTIVE', 'DELETED'] as const).map((s) => <option key={s} value={s}>{label('DataChangeStatus', s)}</option>)}
          </select>
        </label>
        <label>{t('requests.development')}
          <select value={filter.developmentId ?? ''} onChange={(e) => setFilter({ ...filter, developmentId: e.target.value || null })}>
            <option value="">{t('app.all')}</option>
            {data?.developments.map((d) => <option key={d.id} value={d.id}>{d.name}</option>)}
          </select>
        </label>
        <label>{t('requests.from')}<input type="date" onChange={(e) => setFilter({ ...filter, from: e.target.value ? `${e.target.value}T00:00:00-03:00` : null })} /></label>
        <label>{t('requests.to')}<input type="date" onChange={(e) => setFilter({ ...filter, to: e.target.value ? `${e.target.value}T23:59:59-03:00` : null })} /></label>
      </form>
      {fetching && !data ? <Loading /> : !data ? <ErrorMessage error={error} /> : data.dataChangeRequests.nodes.length === 0 ? <p className="notice">{t('app.none')}</p> : (
        <ul className="list">
          {data.dataChangeRequests.nodes.map((r) => <DataChange key={r.id} request={r} onDone={reload} />)}
        </ul>
      )}
    </>
  );
}

function DataChange({ request: r, onDone }: { request: DataChangeFieldsFragment; onDone: () => void }) {
  const { t } = useI18n();
  const label = useLabel();
  const [approveState, approve] = useMutation(ApproveMutation);
  const [rejectState, reject] = useMutation(RejectMutation);
  const [deleteState, remove] = useMutation(DeleteMutation);
  const [corrected, setCorrected] = useState<Record<string, string>>(() => Object.fromEntries(r.fields.map((f) => [f.field, f.proposed ?? ''])));
  const [reason, setReason] = useState('');
  const [last, setLast] = useState<'approve' | 'reject' | 'delete'>('approve');
  const error = { approve: approveState.error, reject: rejectState.error, delete: deleteState.error }[last];
  // The input guard names a correction by its place in the list sent (`corrected.0.value`): back to its field.
  const rename = (path: string) => path.replace(/^corrected\.(\d+)(\..*)?$/, (whole, index: string) => r.fields[Number(index)] ? `corrected.${r.fields[Number(index)]!.field}` : whole);
  const conflict = approveState.error?.graphQLErrors[0]?.extensions;
  const isConflict = conflict?.code === 'CONFLICT' && conflict.currentVersion !== undefined;
  const currentValues = (conflict?.currentValues ?? {}) as Record<string, string | null>;
  const wasCorrected = r.fields.some((f) => (f.proposed ?? '') !== corrected[f.field]);
  const pending = r.status === 'PENDING';
  // The customer was not told (R-DATA-1): staff must fix the e-mail, or reject, before approving.
  const clash = r.emailInUse && corrected.email === (r.fields.find((f) => f.field === 'email')?.proposed ?? '');
  const clashId = `email-in-use-${r.id}`;

  async function approveNow(seenVersion?: number) {
    setLast('approve');
    const correctedValues = wasCorrected ? Object.entries(corrected).map(([field, value]) => ({ field, value: value || null })) : null;
    const result = await approve({ id: r.id, corrected: correctedValues, seenVersion: seenVersion ?? null });
    if (result.data) onDone();
  }

  return (
    <FormScope error={error} rename={rename}>
    <li className="card" data-testid="data-change">
      <FormAlert />
      <p>
        <strong>{r.customer ? <Link to={`/admin/clientes/${r.customer.id}`}>{r.customer.name}</Link> : null}</strong> · {formatDateTime(r.createdAt)} · <span className="badge">{label('DataChangeStatus', r.status)}</span>
        {r.decidedByName ? ` · ${r.decidedByName}` : ''}
      </p>
      <table className="table compare">
        <thead><tr><th scope="col">{t('dataChanges.field')}</th><th scope="col">{t('dataChanges.original')}</th><th scope="col">{t('dataChanges.proposed')}</th></tr></thead>
        <tbody>
          {r.fields.map((f) => (
            <tr key={f.field} className={f.changed ? 'changed' : undefined}>
              <th scope="row">{f.label}</th>
              <td>
                {formatRegistrationValue(f.field, f.original) || '—'}
                {isConflict && f.field in currentValues && <><br /><span className="warn">{t('dataChanges.conflict')} {formatRegistrationValue(f.field, currentValues[f.field]) || '—'}</span></>}
              </td>
              <td>
                {pending && f.field === 'state' ? (
                  <UfSelect aria-label={`${t('dataChanges.proposed')}: ${f.label}`} value={corrected[f.field] ?? ''} onValue={(uf) => setCorrected({ ...corrected, [f.field]: uf })} empty={t('dataChanges.noUf')} />
                ) : pending ? (
                  <ProposedValue
                    name={f.field}
                    label={`${t('dataChanges.proposed')}: ${f.label}`}
                    value={corrected[f.field] ?? ''}
                    onChange={(value) => setCorrected({ ...corrected, [f.field]: value })}
                    describedBy={f.field === 'email' && clash ? clashId : undefined}
                    invalid={f.field === 'email' && clash}
                  />
                ) : (formatRegistrationValue(f.field, f.proposed) || '—')}
                {f.field === 'email' && clash && <><br /><span className="warn" id={clashId} data-testid="email-in-use">{t('dataChanges.emailInUse')}</span></>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {r.rejectionReason && <p className="warn">{r.rejectionReason}</p>}
      {pending && (
        <div className="actions">
          <ActionButton onClick={() => approveNow()}>{wasCorrected ? t('dataChanges.correct') : t('dataChanges.approve')}</ActionButton>
          {isConflict && <ActionButton className="secondary" onClick={() => approveNow(Number(conflict!.currentVersion))}>{t('dataChanges.approveAnyway')}</ActionButton>}
          <ReasonField id={`reason-${r.id}`} label={t('dataChanges.reason')} value={reason} onChange={setReason} />
          <ActionButton className="secondary" onClick={() => { setLast('reject'); return reject({ id: r.id, reason }).then((res) => res.data && onDone()); }}>{t('dataChanges.reject')}</ActionButton>
          <ActionButton className="link" onClick={() => { setLast('delete'); return remove({ id: r.id }).then((res) => res.data && onDone()); }}>{t('dataChanges.delete')}</ActionButton>
        </div>
      )}
    </li>
    </FormScope>
  );
}

/** A proposed value the ADMIN may correct; a refusal on it (`changes.email`, `corrected.email`) sits under it. */
function ProposedValue({ name, label, value, onChange, describedBy, invalid }: { name: string; label: string; value: string; onChange: (value: string) => void; describedBy?: string; invalid: boolean }) {
  const field = useField(name, label);
  return (
    <>
      <input id={field.id} name={name} aria-label={label} aria-describedby={field.describedBy(describedBy)} aria-invalid={invalid || field.message ? true : undefined} value={value} onChange={(e) => onChange(e.target.value)} />
      <FieldError field={field} />
    </>
  );
}

function ReasonField({ id, label, value, onChange }: { id: string; label: string; value: string; onChange: (value: string) => void }) {
  const field = useField('reason', label, id);
  return (
    <span className="field inline-field">
      <label className="sr-only" htmlFor={id}>{label}</label>
      <input id={id} name="reason" placeholder={label} value={value} onChange={(e) => onChange(e.target.value)} aria-invalid={field.message ? true : undefined} aria-describedby={field.describedBy()} />
      <FieldError field={field} />
    </span>
  );
}
