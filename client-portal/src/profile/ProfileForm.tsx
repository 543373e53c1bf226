import { useRef, useState } from 'react';
import type { CombinedError } from 'urql';
import { graphql } from '../gql';
import type { ProfileFieldsFragment } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { formatDocument } from '../shared/format/document';
import { formatRegistrationValue } from '../shared/format/registration';
import { UfSelect } from '../shared/UfSelect';
import { SubmitButton } from '../shared/forms/buttons';
import { Field } from '../shared/forms/Field';
import { Form } from '../shared/forms/Form';

export const ProfileFieldsFragmentDoc = graphql(`
  fragment ProfileFields on Customer {
    id
    name
    document
    email
    phone
    postalCode
    street
    streetNumber
    complement
    district
    city
    state
    version
    customFieldValues {
      field
      label
      type
      value
    }
  }
`);

const FIELDS = [
  ['name', 'Nome', 'Name', 'name'],
  ['email', 'E-mail', 'E-mail', 'email'],
  ['phone', 'Telefone', 'Phone', 'tel'],
  ['postalCode', 'CEP', 'Postal code', 'postal-code'],
  ['street', 'Logradouro', 'Street', 'address-line1'],
  ['streetNumber', 'Número', 'Number', 'off'],
  ['complement', 'Complemento', 'Complement', 'address-line2'],
  ['district', 'Bairro', 'District', 'address-level3'],
  ['city', 'Cidade', 'City', 'address-level2'],
  ['state', 'UF', 'State', 'address-level1'],
] as const;

export type FieldChange = { field: string; value: string | null };

/** Phone and CEP accept digits with or without punctuation (the server keeps them formatted): the phone's keypad opens. */
const INPUT_MODE: Partial<Record<string, 'tel' | 'numeric'>> = { phone: 'tel', postalCode: 'numeric' };

/**
 * The registration data, shown or edited; custom fields (R-DATA-6) like the built-in ones.
 * `pending`: the proposed values of a change still waiting for approval. Editing starts from them,
 * and what is sent is everything that differs from the record, so a new request (which replaces
 * the pending one) keeps what the customer already asked for unless they change it.
 * `notice`: a sentence shown just before the submit button, which it describes.
 * `error`: the refusal of the last submit, shown on the field it names (`changes.phone`).
 */
export function ProfileForm({ customer, pending, notice, editing, busy, error, submitLabel, onSubmit, onCancel }: {
  customer: ProfileFieldsFragment;
  pending?: Record<string, string | null>;
  notice?: string;
  editing: boolean;
  busy?: boolean;
  error?: CombinedError | null;
  submitLabel: string;
  onSubmit(changes: FieldChange[]): unknown;
  onCancel?: () => void;
}) {
  const { t, locale } = useI18n();
  const initial: Record<string, string> = {
    ...Object.fromEntries(FIELDS.map(([field]) => [field, (customer[field] as string | null) ?? ''])),
    ...Object.fromEntries(customer.customFieldValues.map((c) => [c.field, c.value ?? ''])),
  };
  const [values, setValues] = useState(() => ({
    ...initial,
    ...Object.fromEntries(Object.entries(pending ?? {}).filter(([field]) => field in initial).map(([field, value]) => [field, value ?? ''])),
  }));
  const all = [
    ...FIELDS.map(([field, pt, en, autoComplete]) => ({ field, label: locale === 'en' ? en : pt, autoComplete, type: field === 'email' ? 'email' : 'text' })),
    ...customer.customFieldValues.map((c) => ({ field: c.field, label: c.label, autoComplete: 'off', type: c.type === 'DATE' ? 'date' : c.type === 'NUMBER' ? 'text' : 'text' })),
  ];

  // The input guard names a change by its place in the list sent (`changes.0.value`): back to its field.
  const sent = useRef<FieldChange[]>([]);
  const rename = (path: string) => path.replace(/^changes\.(\d+)(\..*)?$/, (whole, index: string) => (sent.current[Number(index)] ? `changes.${sent.current[Number(index)]!.field}` : whole));

  function submit() {
    sent.current = all.filter(({ field }) => values[field] !== initial[field]).map(({ field }) => ({ field, value: values[field]?.trim() || null }));
    return onSubmit(sent.current);
  }

  return (
    <Form className="card form" onSubmit={submit} error={error} busy={busy} rename={rename}>
      <dl className="fields">
        <dt>{t('profile.document')}</dt>
        <dd>{formatDocument(customer.document)}</dd>
      </dl>
      {all.map(({ field, label, autoComplete, type }) =>
        editing ? (
          <Field key={field} name={field} label={label}>
            {field === 'state' ? (
              <UfSelect id={`f-${field}`} autoComplete={autoComplete} value={values[field] ?? ''} onValue={(uf) => setValues({ ...values, [field]: uf })} empty={t('profile.chooseUf')} />
            ) : (
              <input
                id={`f-${field}`} type={field === 'phone' ? 'tel' : type} inputMode={INPUT_MODE[field]} autoComplete={autoComplete}
                value={values[field] ?? ''} onChange={(e) => setValues({ ...values, [field]: e.target.value })}
              />
            )}
          </Field>
        ) : (
          <dl key={field} className="fields">
            <dt>{label}</dt>
            <dd>{formatRegistrationValue(field, initial[field]) || '—'}</dd>
          </dl>
        ),
      )}
      {editing && notice && <p id="profile-form-notice" className="notice warn">{notice}</p>}
      {editing && (
        <div className="actions">
          <SubmitButton aria-describedby={notice ? 'profile-form-notice' : undefined}>{submitLabel}</SubmitButton>
          {onCancel && <button type="button" className="secondary" onClick={onCancel}>{t('profile.cancel')}</button>}
        </div>
      )}
    </Form>
  );
}
