import { useState } from 'react';
import { SubmitButton } from '@shared/forms/buttons';
import { Field } from '@shared/forms/Field';
import { Form } from '@shared/forms/Form';
import { useMutation } from 'urql';
import { graphql } from '../gql';
import { useI18n } from '../i18n/i18n';
import { LanguageSwitch } from '../ui/LanguageSwitch';

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
  const [twoFactorCode, setTwoFactorCode] = useState('');
  // R-AUTH-8: the password was right and the account also asks for the authenticator's code.
  const [askCode, setAskCode] = useState(false);

  async function submit() {
    const result = await signIn({ input: { login, password, kind: 'STAFF', ...(askCode ? { twoFactorCode } : {}) } });
    if (result.data) location.assign(location.pathname);
    else if (result.error?.graphQLErrors[0]?.extensions?.code === 'TWO_FACTOR_REQUIRED') setAskCode(true);
  }
  const codeAsked = askCode && state.error?.graphQLErrors[0]?.extensions?.code === 'TWO_FACTOR_REQUIRED';

  return (
    <main className="page narrow" id="conteudo">
      <div className="top"><p className="brand-name">{t('app.title')}</p><LanguageSwitch /></div>
      <Form onSubmit={submit} error={codeAsked ? null : state.error} className="card form" aria-labelledby="sign-in-title" heading={<h1 id="sign-in-title">{t('signIn.title')}</h1>}>
        <Field name="login" label={t('signIn.email')}>
          <input id="login" type="email" autoComplete="username" value={login} onChange={(e) => setLogin(e.target.value)} required />
        </Field>
        <Field name="password" label={t('signIn.password')}>
          <input id="password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} required />
        </Field>
        {askCode && (
          <Field name="twoFactorCode" label={t('twoFactor.code')} help={t('signIn.twoFactorHelp')}>
            <input id="two-factor-code" inputMode="numeric" autoComplete="one-time-code" autoFocus value={twoFactorCode} onChange={(e) => setTwoFactorCode(e.target.value)} required />
          </Field>
        )}
        <SubmitButton>{t('signIn.submit')}</SubmitButton>
      </Form>
    </main>
  );
}
