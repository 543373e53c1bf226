import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../gql';
import { useI18n } from '../i18n/i18n';
import { ErrorMessage } from '../ui/Status';

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

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await accept({ input: { token, password } });
    if (result.data) location.replace('/admin/');
  }

  return (
    <main className="page narrow" id="conteudo">
      <h1>{t('firstAccess.title')}</h1>
      <form onSubmit={submit} className="card form">
        <label htmlFor="new-password">{t('firstAccess.password')}</label>
        <input id="new-password" type="password" autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} required aria-describedby="password-help" />
        <p id="password-help" className="help">{t('firstAccess.help')}</p>
        <button type="submit" disabled={state.fetching}>{t('firstAccess.submit')}</button>
        <ErrorMessage error={state.error} />
      </form>
    </main>
  );
}
