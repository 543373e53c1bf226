import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { formatDate } from '../shared/format/dates';
import { formatRegistrationValue } from '../shared/format/registration';
import { graphql } from '../gql';
import { useI18n } from '../i18n/i18n';
import { useLabel } from '../i18n/use-label';
import { ErrorMessage, Loading } from '../ui/Status';
import { Link } from '../shared/router';
import { ProfileForm, type FieldChange } from './ProfileForm';

const ProfileQuery = graphql(`
  query Profile {
    me {
      id
      customer {
        ...ProfileFields
      }
    }
    myDataChangeRequests {
      id
      status
      createdAt
      rejectionReason
      fields {
        field
        label
        original
        proposed
      }
    }
  }
`);

export const RequestDataChangeMutation = graphql(`
  mutation RequestDataChange($changes: [FieldValueInput!]!) {
    requestDataChange(changes: $changes) {
      id
      status
    }
  }
`);

/** My registration data; editing creates a data change request whose status I follow (R-DATA-1, -2). */
export function ProfilePage() {
  const { t } = useI18n();
  const label = useLabel();
  const [{ data, fetching, error }, refetch] = useQuery({ query: ProfileQuery });
  const [state, request] = useMutation(RequestDataChangeMutation);
  const [editing, setEditing] = useState(false);
  const [sent, setSent] = useState<'profile.sentApplied' | 'profile.sentPending' | 'profile.sentReplaced' | null>(null);
  if (fetching && !data) return <Loading />;
  if (!data?.me?.customer) return <ErrorMessage error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  // At most one waits at a time: a new request replaces it (R-DATA-1), so the form starts from it and says so.
  const pending = data.myDataChangeRequests.find((r) => r.status === 'PENDING');

  async function submit(changes: FieldChange[]) {
    const result = await request({ changes });
    if (result.data) {
      setEditing(false);
      setSent(result.data.requestDataChange.status === 'APPROVED' ? 'profile.sentApplied' : pending ? 'profile.sentReplaced' : 'profile.sentPending');
      refetch({ requestPolicy: 'network-only' });
    }
  }

  return (
    <>
      <h1>{t('profile.title')}</h1>
      {sent && <p role="status" className="notice">{t(sent)}</p>}
      {!editing && <button type="button" className="secondary" onClick={() => { setEditing(true); setSent(null); }}>{t('profile.edit')}</button>}
      <ProfileForm
        key={`${editing}-${data.me.customer.version}-${pending?.id ?? ''}`}
        customer={data.me.customer}
        pending={pending && Object.fromEntries(pending.fields.map((f) => [f.field, f.proposed]))}
        notice={pending && t('profile.replacesPending', { date: formatDate(pending.createdAt) })}
        editing={editing}
        busy={state.fetching}
        error={state.error}
        submitLabel={t('profile.save')}
        onSubmit={submit}
        onCancel={() => setEditing(false)}
      />

      <section aria-labelledby="changes">
        <h2 id="changes">{t('profile.requests')}</h2>
        {data.myDataChangeRequests.length === 0 ? (
          <p className="muted">{t('profile.noRequests')}</p>
        ) : (
          <ul className="list">
            {data.myDataChangeRequests.map((r) => (
              <li key={r.id} className="card" data-testid="data-change">
                <p>
                  <span className={`badge status-${r.status.toLowerCase()}`}>{label('DataChangeStatus', r.status)}</span> <span className="muted">{formatDate(r.createdAt)}</span>
                </p>
                <ul className="small">
                  {r.fields.map((f) => <li key={f.field}>{f.label}: {formatRegistrationValue(f.field, f.original) || '—'} → <strong>{formatRegistrationValue(f.field, f.proposed) || '—'}</strong></li>)}
                </ul>
                {r.rejectionReason && <p className="warn">{t('profile.reason', { reason: r.rejectionReason })}</p>}
              </li>
            ))}
          </ul>
        )}
      </section>
      <p><Link to="/privacidade">{t('profile.privacyLink')} →</Link></p>
    </>
  );
}
