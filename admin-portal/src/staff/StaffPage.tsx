import { useState, type ReactNode } from 'react';
import { useMutation, useQuery } from 'urql';
import { formatDate } from '@shared/format/dates';
import { SubmitButton } from '@shared/forms/buttons';
import { Field } from '@shared/forms/Field';
import { Form } from '@shared/forms/Form';
import { FieldError, FormAlert, FormScope, useField, useFormScope } from '@shared/forms/form-scope';
import { graphql } from '../gql';
import { can, useStaff } from '../auth/permissions';
import type { StaffQuery as StaffData, StaffRole } from '../gql/graphql';
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
      twoFactorEnabled
      developments {
        id
        name
      }
    }
    developments {
      id
      name
    }
    me {
      id
      company {
        id
        requireAdminTwoFactor
      }
    }
  }
`);

const CreateStaffMutation = graphql(`mutation CreateStaff($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) { id } }`);
const UpdateStaffMutation = graphql(`mutation UpdateStaff($input: UpdateStaffAccountInput!) { updateStaffAccount(input: $input) { id } }`);
const ResetTwoFactorMutation = graphql(`mutation ResetStaffTwoFactor($accountId: ID!) { resetStaffTwoFactor(accountId: $accountId) { id twoFactorEnabled } }`);
const RequireAdminTwoFactorMutation = graphql(`
  mutation SetRequireAdminTwoFactor($requireAdminTwoFactor: Boolean!) {
    setRequireAdminTwoFactor(requireAdminTwoFactor: $requireAdminTwoFactor) { id requireAdminTwoFactor }
  }
`);

/** R-OPS-1, R-OPS-4: staff roles, permissions, expiry and the developments each one is limited to. */
export function StaffPage() {
  const { t } = useI18n();
  const label = useLabel();
  const staff = useStaff();
  // R-OPS-4: staff are company-wide; an administrator limited to some developments reads them, does not change them.
  const editable = can(staff, 'manageStaff');
  const [{ data, fetching, error }, refetch] = useQuery({ query: StaffQuery });
  const [createState, create] = useMutation(CreateStaffMutation);
  const [form, setForm] = useState({ name: '', email: '', role: 'AGENT' as StaffRole });
  if (fetching && !data) return <Loading />;
  if (!data) return <ErrorMessage error={error} />;
  const reload = () => refetch({ requestPolicy: 'network-only' });

  async function submit() {
    const result = await create({ input: { ...form, permissions: [], developmentIds: [] } });
    if (result.data) { setForm({ name: '', email: '', role: 'AGENT' }); reload(); }
  }

  return (
    <fieldset className="bare" disabled={!editable}>
      <h1>{t('staff.title')}</h1>
      {!editable && <p className="notice" data-testid="read-only-reason">{t('permissions.limitedConfig')}</p>}
      {data.me?.company && <RequireAdminTwoFactor required={data.me.company.requireAdminTwoFactor} />}
      <table className="table">
        <thead><tr><th scope="col">{t('app.name')}</th><th scope="col">{t('staff.role')}</th><th scope="col">{t('staff.reactivatePermission')}</th><th scope="col">{t('staff.expires')}</th><th scope="col">{t('staff.developments')}</th><th scope="col">{t('staff.twoFactor')}</th></tr></thead>
        <tbody>
          {data.staffAccounts.map((s) => <StaffRow key={s.id} member={s} self={s.id === data.me?.id} developments={data.developments} onSaved={reload} />)}
        </tbody>
      </table>
      <Form className="card form" onSubmit={submit} error={createState.error} aria-labelledby="new-staff" heading={<h2 id="new-staff">{t('staff.new')}</h2>}>
        <Field name="name" label={t('app.name')}>
          <input id="staff-name" value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} required />
        </Field>
        <Field name="email" label="E-mail">
          <input id="staff-email" type="email" value={form.email} onChange={(e) => setForm({ ...form, email: e.target.value })} required />
        </Field>
        <Field name="role" label={t('staff.role')}>
          <select id="staff-role" value={form.role} onChange={(e) => setForm({ ...form, role: e.target.value as StaffRole })}>
            {(['ADMIN', 'MANAGER', 'AGENT'] as const).map((r) => <option key={r} value={r}>{label('StaffRole', r)}</option>)}
          </select>
        </Field>
        <SubmitButton>{t('staff.create')}</SubmitButton>
      </Form>
    </fieldset>
  );
}

type Member = StaffData['staffAccounts'][number];

/** One member of staff, changed in place; a refusal sits on the control it names, or under the row. */
function StaffRow({ member: s, self, developments, onSaved }: { member: Member; self: boolean; developments: StaffData['developments']; onSaved: () => void }) {
  const { t } = useI18n();
  const label = useLabel();
  const [state, update] = useMutation(UpdateStaffMutation);
  const [resetState, reset] = useMutation(ResetTwoFactorMutation);
  const save = (input: Omit<Parameters<typeof update>[0]['input'], 'id'>) => update({ input: { id: s.id, ...input } }).then(onSaved);
  function resetTwoFactor() {
    if (!window.confirm(t('staff.twoFactorResetConfirm', { name: s.name }))) return;
    void reset({ accountId: s.id }).then(onSaved);
  }
  return (
    <FormScope error={state.error ?? resetState.error}>
      <tr>
        <td>{s.name}<br /><span className="muted small">{s.email}</span></td>
        <td>
          <RowControl name="role" label={`${t('staff.role')}: ${s.name}`}>
            {(props) => (
              <select {...props} value={s.staffRole ?? 'AGENT'} onChange={(e) => save({ role: e.target.value as StaffRole })}>
                {(['ADMIN', 'MANAGER', 'AGENT'] as const).map((r) => <option key={r} value={r}>{label('StaffRole', r)}</option>)}
              </select>
            )}
          </RowControl>
        </td>
        <td>
          <RowControl name="permissions" label={`${t('staff.reactivatePermission')}: ${s.name}`}>
            {(props) => <input {...props} type="checkbox" checked={s.permissions.includes('REACTIVATE_LOGIN')} onChange={(e) => save({ permissions: e.target.checked ? ['REACTIVATE_LOGIN'] : [] })} />}
          </RowControl>
        </td>
        <td>{formatDate(s.expiresAt) || '—'}</td>
        <td>
          <RowControl name="developmentIds" label={`${t('staff.developments')}: ${s.name}`}>
            {(props) => (
              <select {...props} multiple value={s.developments.map((d) => d.id)} onChange={(e) => save({ developmentIds: [...e.target.selectedOptions].map((o) => o.value) })}>
                {developments.map((d) => <option key={d.id} value={d.id}>{d.name}</option>)}
              </select>
            )}
          </RowControl>
        </td>
        <td>
          {s.twoFactorEnabled ? t('staff.twoFactorOn') : t('staff.twoFactorOff')}
          {/* R-AUTH-8: a lost phone — an ADMIN resets a colleague's (their own is changed in "Minha conta"). */}
          {s.twoFactorEnabled && !self && (
            <> <button type="button" className="link" aria-label={t('staff.twoFactorResetLabel', { name: s.name })} onClick={resetTwoFactor} disabled={resetState.fetching}>{t('staff.twoFactorReset')}</button></>
          )}
        </td>
      </tr>
      <RowAlert columns={6} />
    </FormScope>
  );
}

/** R-AUTH-8: the company requires two-step verification of every ADMIN (audited). */
function RequireAdminTwoFactor({ required }: { required: boolean }) {
  const { t } = useI18n();
  const [state, save] = useMutation(RequireAdminTwoFactorMutation);
  return (
    <FormScope error={state.error}>
      <div className="card">
        <label className="check">
          <input id="require-admin-two-factor" type="checkbox" checked={required} disabled={state.fetching} aria-describedby="require-admin-two-factor-help"
            onChange={(e) => save({ requireAdminTwoFactor: e.target.checked })} />
          {t('staff.requireAdminTwoFactor')}
        </label>
        <p className="help" id="require-admin-two-factor-help">{t('staff.requireAdminTwoFactorHelp')}</p>
        <FormAlert />
      </div>
    </FormScope>
  );
}

/** A control of a table row, labelled for screen readers (the column says it on screen), with its refusal under it. */
function RowControl({ name, label, children }: {
  name: string;
  label: string;
  children: (props: { id: string; name: string; 'aria-label': string; 'aria-invalid'?: boolean; 'aria-describedby'?: string }) => ReactNode;
}) {
  const field = useField(name, label);
  return (
    <>
      {children({ id: field.id, name, 'aria-label': label, 'aria-invalid': field.message ? true : undefined, 'aria-describedby': field.describedBy() })}
      <FieldError field={field} />
    </>
  );
}

/** A refusal of the row that names none of its controls, in a row of its own under it. */
function RowAlert({ columns }: { columns: number }) {
  const scope = useFormScope();
  if (!scope?.formMessages.length) return null;
  return <tr><td colSpan={columns}><FormAlert /></td></tr>;
}
