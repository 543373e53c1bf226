import { useEffect, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { SubmitButton } from '@shared/forms/buttons';
import { Field } from '@shared/forms/Field';
import { Form } from '@shared/forms/Form';
import { useStaff } from '../auth/permissions';
import { graphql } from '../gql';
import { useI18n } from '../i18n/i18n';
import { Saved } from '../ui/Status';

const OfficerQuery = graphql(`query DataProtectionOfficer { dataProtectionOfficer { name email phone } }`);
const SaveOfficer = graphql(`
  mutation UpdateDataProtectionOfficer($input: DataProtectionOfficerInput!) {
    updateDataProtectionOfficer(input: $input) { name email phone }
  }
`);

/** R-OPS-3 (LGPD art. 41): the company's data-protection officer, shown in the portal's privacy page and sign-in; ADMINs without a limit change it (audited). */
export function OfficerSettings() {
  const { t } = useI18n();
  const staff = useStaff();
  const editable = staff.role === 'ADMIN' && staff.developmentIds.length === 0;
  const [{ data }, refetch] = useQuery({ query: OfficerQuery });
  const [state, save] = useMutation(SaveOfficer);
  const [form, setForm] = useState({ name: '', email: '', phone: '' });
  const [saved, setSaved] = useState(false);
  const officer = data?.dataProtectionOfficer;
  useEffect(() => setForm({ name: officer?.name ?? '', email: officer?.email ?? '', phone: officer?.phone ?? '' }), [officer]);
  async function submit() {
    setSaved(false);
    const result = await save({ input: form });
    if (result.data) {
      setSaved(true);
      refetch({ requestPolicy: 'network-only' });
    }
  }
  return (
    <Form className="card form" id="dpo" onSubmit={submit} error={state.error} busy={state.fetching} aria-labelledby="dpo-title"
      heading={<><h2 id="dpo-title">{t('privacy.officer')}</h2><p className="help">{t('privacy.officerHelp')}</p></>}>
      <fieldset className="bare" disabled={!editable}>
        <Field name="name" label={t('privacy.officerName')}>
          <input id="dpo-name" value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} autoComplete="off" />
        </Field>
        <Field name="email" label={t('privacy.officerEmail')}>
          <input id="dpo-email" type="email" value={form.email} onChange={(e) => setForm({ ...form, email: e.target.value })} autoComplete="off" />
        </Field>
        <Field name="phone" label={t('privacy.officerPhone')}>
          <input id="dpo-phone" type="tel" inputMode="tel" value={form.phone} onChange={(e) => setForm({ ...form, phone: e.target.value })} autoComplete="off" />
        </Field>
        {editable ? <div className="actions"><SubmitButton>{t('privacy.officerSave')}</SubmitButton><Saved show={saved} /></div> : <p className="muted">{t('privacy.officerReadOnly')}</p>}
      </fieldset>
    </Form>
  );
}
