import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { formatDate } from '@shared/format/dates';
import { graphql } from '../gql';
import { can, useStaff } from '../auth/permissions';
import type { StaffRole } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { useLabel } from '../i18n/use-label';
import { ErrorMessage, Loading } from '../ui/Status';

const StaffQuery = graphql(`
  query Staff {
    staffAccounts {
      id
      name
      email
      staffRole
      permissions
      expiresAt
      loginActive
      developments {
        id
        name
      }
    }
    developments {
      id
      name
    }
  }
`);

const CreateStaffMutation = graphql(`mutation CreateStaff($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) { id } }`);
const UpdateStaffMutation = graphql(`mutation UpdateStaff($input: UpdateStaffAccountInput!) { updateStaffAccount(input: $input) { id } }`);

/** R-OPS-1, R-OPS-4: staff roles, permissions, expiry and the developments each one is limited to. */
export function StaffPage() {
  const { t } = useI18n();
  const label = useLabel();
  const staff = useStaff();
  // R-OPS-4: staff are company-wide; an administrator limited to some developments reads them, does not change them.
  const editable = can(staff, 'manageStaff');
  const [{ data, fetching, error }, refetch] = useQuery({ query: StaffQuery });
  const [createState, create] = useMutation(CreateStaffMutation);
  const [updateState, update] = useMutation(UpdateStaffMutation);
  const [form, setForm] = useState({ name: '', email: '', role: 'AGENT' as StaffRole });
  if (fetching && !data) return <Loading />;
  if (!data) return <ErrorMessage error={error} />;
  const reload = () => refetch({ requestPolicy: 'network-only' });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await create({ input: { ...form, permissions: [], developmentIds: [] } });
    if (result.data) { setForm({ name: '', email: '', role: 'AGENT' }); reload(); }
  }

  return (
    <fieldset className="bare" disabled={!editable}>
      <h1>{t('staff.title')}</h1>
      {!editable && <p className="notice" data-testid="read-only-reason">{t('permissions.limitedConfig')}</p>}
      <table className="table">
        <thead><tr><th scope="col">{t('app.name')}</th><th scope="col">{t('staff.role')}</th><th scope="col">{t('staff.reactivatePermission')}</th><th scope="col">{t('staff.expires')}</th><th scope="col">{t('staff.developments')}</th></tr></thead>
        <tbody>
          {data.staffAccounts.map((s) => (
            <tr key={s.id}>
              <td>{s.name}<br /><span className="muted small">{s.email}</span></td>
              <td>
                <select aria-label={`${t('staff.role')}: ${s.name}`} value={s.staffRole ?? 'AGENT'} onChange={(e) => update({ input: { id: s.id, role: e.target.value as StaffRole } }).then(reload)}>
                  {(['ADMIN', 'MANAGER', 'AGENT'] as const).map((r) => <option key={r} value={r}>{label('StaffRole', r)}</option>)}
                </select>
              </td>
              <td><input type="checkbox" aria-label={`${t('staff.reactivatePermission')}: ${s.name}`} checked={s.permissions.includes('REACTIVATE_LOGIN')} onChange={(e) => update({ input: { id: s.id, permissions: e.target.checked ? ['REACTIVATE_LOGIN'] : [] } }).then(reload)} /></td>
              <td>{formatDate(s.expiresAt) || '—'}</td>
              <td>
                <select multiple aria-label={`${t('staff.developments')}: ${s.name}`} value={s.developments.map((d) => d.id)} onChange={(e) => update({ input: { id: s.id, developmentIds: [...e.target.selectedOptions].map((o) => o.value) } }).then(reload)}>
                  {data.developments.map((d) => <option key={d.id} value={d.id}>{d.name}</option>)}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ErrorMessage error={updateState.error} />
      <form className="card form" onSubmit={submit} aria-labelledby="new-staff">
        <h2 id="new-staff">{t('staff.new')}</h2>
        <label htmlFor="staff-name">{t('app.name')}</label>
        <input id="staff-name" value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} required />
        <label htmlFor="staff-email">E-mail</label>
        <input id="staff-email" type="email" value={form.email} onChange={(e) => setForm({ ...form, email: e.target.value })} required />
        <label htmlFor="staff-role">{t('staff.role')}</label>
        <select id="staff-role" value={form.role} onChange={(e) => setForm({ ...form, role: e.target.value as StaffRole })}>
          {(['ADMIN', 'MANAGER', 'AGENT'] as const).map((r) => <option key={r} value={r}>{label('StaffRole', r)}</option>)}
        </select>
        <button type="submit" disabled={createState.fetching}>{t('staff.create')}</button>
        <ErrorMessage error={createState.error} />
      </form>
    </fieldset>
  );
}
