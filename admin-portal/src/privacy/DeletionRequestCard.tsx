import { useState } from 'react';
import { useMutation } from 'urql';
import { formatDate, formatDateTime } from '@shared/format/dates';
import { ActionButton } from '@shared/forms/buttons';
import { Link } from '@shared/router';
import { graphql } from '../gql';
import type { DeletionRequestFieldsFragment } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { useLabel } from '../i18n/use-label';
import { ErrorMessage } from '../ui/Status';

export const DeletionRequestFields = graphql(`
  fragment DeletionRequestFields on DeletionRequestView {
    id
    customerId
    customerName
    status
    reason
    requestedAt
    decidedAt
    decidedByName
    refusalReason
    retainedUntil
    retained {
      id
      kind
      description
      legalBasis
      retainUntil
    }
  }
`);

const CompleteMutation = graphql(`mutation CompleteDeletionRequest($id: ID!) { completeDeletionRequest(id: $id) { ...DeletionRequestFields } }`);
const RefuseMutation = graphql(`mutation RefuseDeletionRequest($id: ID!, $reason: String!) { refuseDeletionRequest(id: $id, reason: $reason) { ...DeletionRequestFields } }`);

/**
 * R-OPS-3: one deletion request, and for ADMIN the two answers — carry it out (anonymise what no law
 * requires keeping, record what is kept and until when) or refuse it with the reason the customer reads.
 */
export function DeletionRequestCard({ request: r, canDecide, showCustomer = false, onChanged }: {
  request: DeletionRequestFieldsFragment; canDecide: boolean; showCustomer?: boolean; onChanged: () => void;
}) {
  const { t } = useI18n();
  const label = useLabel();
  const [completeState, complete] = useMutation(CompleteMutation);
  const [refuseState, refuse] = useMutation(RefuseMutation);
  const [mode, setMode] = useState<'idle' | 'complete' | 'refuse'>('idle');
  const [reason, setReason] = useState('');
  const done = (result: { data?: unknown }) => {
    if (result.data) {
      setMode('idle');
      onChanged();
    }
  };
  return (
    <li className="card" data-testid="deletion-request">
      <p>
        <strong>{label('DeletionRequestStatus', r.status)}</strong>
        {showCustomer && <> · <Link to={`/admin/clientes/${r.customerId}`}>{r.customerName}</Link></>}
        {' · '}{t('privacy.requestedOn', { date: formatDateTime(r.requestedAt) })}
        {r.decidedAt && ` · ${t('privacy.decidedBy', { date: formatDateTime(r.decidedAt), who: r.decidedByName ?? '—' })}`}
      </p>
      <p>{r.reason ? t('privacy.customerReason', { reason: r.reason }) : <span className="muted">{t('privacy.noReason')}</span>}</p>
      {r.refusalReason && <p>{t('privacy.refusedBecause', { reason: r.refusalReason })}</p>}
      {r.retained.length > 0 && (
        <details>
          <summary>{t('privacy.retainedSummary', { count: String(r.retained.length), date: formatDate(r.retainedUntil) })}</summary>
          <table className="table" tabIndex={0} aria-label={t('privacy.retainedWhat')}>
            <thead><tr><th scope="col">{t('privacy.retainedWhat')}</th><th scope="col">{t('privacy.retainedUntil')}</th><th scope="col">{t('privacy.retainedWhy')}</th></tr></thead>
            <tbody>
              {r.retained.map((x) => (
                <tr key={x.id}><td>{label('RetainedRecordKind', x.kind)}: {x.description}</td><td>{formatDate(x.retainUntil)}</td><td className="help">{x.legalBasis}</td></tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
      {r.status === 'PENDING' && canDecide && mode === 'idle' && (
        <div className="actions">
          <button type="button" className="danger" onClick={() => setMode('complete')}>{t('privacy.complete')}</button>
          <button type="button" className="secondary" onClick={() => setMode('refuse')}>{t('privacy.refuse')}</button>
        </div>
      )}
      {mode === 'complete' && (
        <div className="notice" role="group" aria-label={t('privacy.complete')}>
          <p>{t('privacy.completeExplain')}</p>
          <ErrorMessage error={completeState.error} />
          <div className="actions">
            <ActionButton className="danger" onClick={async () => done(await complete({ id: r.id }))}>{t('privacy.completeConfirm')}</ActionButton>
            <button type="button" className="secondary" onClick={() => setMode('idle')}>{t('privacy.cancel')}</button>
          </div>
        </div>
      )}
      {mode === 'refuse' && (
        <form className="form" onSubmit={async (e) => { e.preventDefault(); done(await refuse({ id: r.id, reason })); }}>
          <label htmlFor={`refuse-${r.id}`}>{t('privacy.refuseReason')}</label>
          <textarea id={`refuse-${r.id}`} rows={3} maxLength={1000} value={reason} onChange={(e) => setReason(e.target.value)} aria-describedby={`refuse-help-${r.id}`} />
          <p id={`refuse-help-${r.id}`} className="help">{t('privacy.refuseHelp')}</p>
          <ErrorMessage error={refuseState.error} />
          <div className="actions">
            <button type="submit" disabled={refuseState.fetching}>{t('privacy.refuseConfirm')}</button>
            <button type="button" className="secondary" onClick={() => setMode('idle')}>{t('privacy.cancel')}</button>
          </div>
        </form>
      )}
    </li>
  );
}
