import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../gql';
import { useI18n } from '../i18n/i18n';
import { LanguageSwitch } from '../ui/LanguageSwitch';
import { ErrorMessage } from '../ui/Status';

const StaffSignInMutation = graphql(`
  mutation StaffSignIn($input: SignInInput!) {
    signIn(input: $input) {
      account {
        id
      }
    }
  }
`);

/** Staff sign in with e-mail and password. */
export function SignIn() {
  const { t } = useI18n();
  const [state, signIn] = useMutation(StaffSignInMutation);
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await signIn({ input: { login, password, kind: 'STAFF' } });
    if (result.data) location.assign(location.pathname);
  }

  return (
    <main className="page narrow" id="conteudo">
      <div className="top"><p className="brand-name">{t('app.title')}</p><LanguageSwitch /></div>
      <form onSubmit={submit} className="card form" aria-labelledby="sign-in-title">
        <h1 id="sign-in-title">{t('signIn.title')}</h1>
        <label htmlFor="login">{t('signIn.email')}</label>
        <input id="login" type="email" autoComplete="username" value={login} onChange={(e) => setLogin(e.target.value)} required />
        <label htmlFor="password">{t('signIn.password')}</label>
        <input id="password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} required />
        <button type="submit" disabled={state.fetching}>{t('signIn.submit')}</button>
        <ErrorMessage error={state.error} />
      </form>
    </main>
  );
}
