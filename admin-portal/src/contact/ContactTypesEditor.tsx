import { useState } from 'react';
import { useMutation, useQuery, type CombinedError } from 'urql';
import { SubmitButton } from '@shared/forms/buttons';
import { Field } from '@shared/forms/Field';
import { Form } from '@shared/forms/Form';
import { FormAlert, FormScope } from '@shared/forms/form-scope';
import { graphql } from '../gql';
import { useI18n } from '../i18n/i18n';
import { ErrorMessage, Loading } from '../ui/Status';

const ContactTypesQuery = graphql(`
  query ContactTypesConfig {
    contactTypes {
      id
      name
      active
      position
    }
  }
`);

const SaveContactTypeMutation = graphql(`
  mutation SaveContactType($input: ContactTypeInput!) {
    saveContactType(input: $input) {
      id
      name
      active
      position
    }
  }
`);

/** Tipos de Solicitação do Fale Conosco (R-CONTACT-1): the choices customers send a message with; audited (R-SET-2). */
export function ContactTypesEditor() {
  const { t } = useI18n();
  const [{ data, fetching, error }, refetch] = useQuery({ query: ContactTypesQuery });
  const [state, save] = useMutation(SaveContactTypeMutation);
  const [name, setName] = useState('');
  const [addError, setAddError] = useState<CombinedError | null>(null);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  async function add() {
    const result = await save({ input: { name: name.trim(), position: data?.contactTypes.length ?? 0 } });
    setAddError(result.error ?? null);
    if (result.data) { setName(''); reload(); }
  }
  return (
    <FormScope error={state.error && !addError ? state.error : null}>
    <section className="card" id="contact-types" aria-labelledby="contact-types-title">
      <h2 id="contact-types-title">{t('contact.types')}</h2>
      <p className="muted">{t('contact.typesHelp')}</p>
      <FormAlert />
      {fetching && !data ? <Loading /> : !data ? <ErrorMessage error={error} /> : data.contactTypes.length === 0 ? <p className="notice">{t('contact.noTypes')}</p> : (
        <table className="table">
          <thead><tr><th scope="col">{t('app.name')}</th><th scope="col">{t('contact.order')}</th><th scope="col">{t('app.active')}</th></tr></thead>
          <tbody>
            {data.contactTypes.map((c) => (
              <tr key={c.id}>
                <td>{c.name}</td>
                <td>
                  <input type="number" min={0} max={9999} aria-label={`${t('contact.order')}: ${c.name}`} defaultValue={c.position}
                    onBlur={(e) => Number(e.target.value) !== c.position && save({ input: { id: c.id, position: Number(e.target.value) } }).then(reload)} />
                </td>
                <td><input type="checkbox" aria-label={`${t('app.active')}: ${c.name}`} checked={c.active} onChange={(e) => save({ input: { id: c.id, active: e.target.checked } }).then(reload)} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Form className="inline-form" onSubmit={add} error={addError}>
        <Field name="name" label={t('contact.newType')} hideLabel>
          <input id="new-contact-type" value={name} onChange={(e) => setName(e.target.value)} placeholder={t('contact.newType')} required />
        </Field>
        <SubmitButton className="secondary">{t('config.add')}</SubmitButton>
      </Form>
    </section>
    </FormScope>
  );
}
