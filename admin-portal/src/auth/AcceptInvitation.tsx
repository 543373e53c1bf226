import { useState } from 'react';
import { SubmitButton } from '@shared/forms/buttons';
import { Field } from '@shared/forms/Field';
import { Form } from '@shared/forms/Form';
import { useMutation } from 'urql';
import { graphql } from '../gql';
import { useI18n } from '../i18n/i18n';

const StaffAcceptInvitationMutation = graphql(`
  mutation StaffAcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      account {
        id
      }
    }
  }
`);

/** First access of a new staff member (R-AUTH-5). */
export function AcceptInvitation() {
  const { t } = useI18n();
  const [state, accept] = useMutation(StaffAcceptInvitationMutation);
  const [password, setPassword] = useState('');
  const token = new URLSearchParams(location.search).get('token') ?? '';

  async function submit() {
    const result = await accept({ input: { token, password } });
    if (result.data) location.replace('/admin/');
  }

  return (
    <main className="page narrow" id="conteudo">
      <h1>{t('firstAccess.title')}</h1>
      <Form onSubmit={submit} error={state.error} className="card form" aria-label={t('firstAccess.title')}>
        <Field name="password" label={t('firstAccess.password')} help={t('firstAccess.help')}>
          <input id="new-password" type="password" autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} required />
        </Field>
        <SubmitButton>{t('firstAccess.submit')}</SubmitButton>
      </Form>
    </main>
  );
}
