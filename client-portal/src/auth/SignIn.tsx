import { useState } from 'react';
import { useMutation } from 'urql';
import type { PortalBrandingFragment } from '../gql/graphql';
import { graphql } from '../gql';
import { useI18n } from '../i18n/i18n';
import { ActionButton, SubmitButton } from '../shared/forms/buttons';
import { Field } from '../shared/forms/Field';
import { Form } from '../shared/forms/Form';
import { LanguageSwitch } from '../ui/LanguageSwitch';
import { SignInOfficer } from '../privacy/SignInOfficer';

const SignInMutation = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      account {
        id
      }
    }
  }
`);

const RequestMagicLinkMutation = graphql(`
  mutation RequestMagicLink($input: RequestMagicLinkInput!) {
    requestMagicLink(input: $input)
  }
`);

const RequestSignInCodeMutation = graphql(`
  mutation RequestSignInCode($input: RequestSignInCodeInput!) {
    requestSignInCode(input: $input)
  }
`);

const SignInWithCodeMutation = graphql(`
  mutation SignInWithCode($input: CodeSignInInput!) {
    signInWithCode(input: $input) {
      account {
        id
      }
    }
  }
`);

/**
 * The portal's sign-in (R-PORTAL-4): its name, logo, colours and login texts; password (when the
 * portal allows it, R-AUTH-7), "send me a link" (R-AUTH-3), and the syndic entry when enabled —
 * offered in one click to a syndic who signed in through the customers' form. After "deactivate my
 * access" (R-AUTH-2) it says so, and how to get it back.
 */
export function SignIn({ portal }: { portal: PortalBrandingFragment | null }) {
  const { t } = useI18n();
  const [signInState, signIn] = useMutation(SignInMutation);
  const [linkState, requestLink] = useMutation(RequestMagicLinkMutation);
  const [codeRequestState, requestCode] = useMutation(RequestSignInCodeMutation);
  const [codeState, signInWithCode] = useMutation(SignInWithCodeMutation);
  const [codeSent, setCodeSent] = useState(false);
  const [code, setCode] = useState('');
  const [byWhatsApp, setByWhatsApp] = useState(false);
  const [syndic, setSyndic] = useState(false);
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [linkSent, setLinkSent] = useState(false);
  const [lastSent, setLastSent] = useState<'signIn' | 'link' | 'requestCode' | 'code'>('signIn');
  const passwordEnabled = portal?.loginEnabled ?? true;
  const kind = syndic ? 'SYNDIC' : 'CUSTOMER';

  async function submit(as: 'SYNDIC' | 'CUSTOMER' = kind) {
    setLastSent('signIn');
    const result = await signIn({ input: { login, password, kind: as } });
    // A full reload: the live connection (WebSocket) reopens with the new session (and drops ?acesso=…).
    if (result.data) location.assign(location.pathname);
  }

  /** A syndic who typed into the customers' form (the server said so only after the password matched): the syndic entry, in one click. */
  async function asSyndic() {
    setSyndic(true);
    await submit('SYNDIC');
  }

  async function sendLink() {
    setLinkSent(false);
    setLastSent('link');
    const result = await requestLink({ input: { email: login, kind } });
    if (result.data) setLinkSent(true);
  }

  /** R-AUTH-8: a 6-digit code by e-mail (or WhatsApp), for those whose links get eaten by mail filters. */
  async function sendCode() {
    setCodeSent(false);
    setLastSent('requestCode');
    const result = await requestCode({ input: { login, kind, channel: byWhatsApp ? 'WHATSAPP' : null } });
    if (result.data) setCodeSent(true);
  }

  async function useCode() {
    setLastSent('code');
    const result = await signInWithCode({ input: { login, oneTimeCode: code, kind } });
    if (result.data) location.assign(location.pathname);
  }

  const error = { link: linkState.error, signIn: signInState.error, requestCode: codeRequestState.error, code: codeState.error }[lastSent];
  const rightAddress = error?.graphQLErrors[0]?.extensions?.correctUrl as string | undefined;
  const syndicLogin = !syndic && lastSent === 'signIn' && signInState.error?.graphQLErrors[0]?.extensions?.code === 'USE_SYNDIC_ENTRY';
  // R-AUTH-2: where "deactivate my access" lands.
  const deactivated = new URLSearchParams(location.search).get('acesso') === 'desativado';
  const title = portal?.whiteLabelName || portal?.name || 'Portal do Cliente';
  return (
    <main className="page narrow sign-in" id="conteudo">
      <div className="top">
        <div className="brand-link">
          {portal?.logoUrl && <img src={portal.logoUrl} alt="" className="logo" />}
          <span className="portal-name">{title}</span>
        </div>
        <LanguageSwitch />
      </div>
      {!portal && <p role="alert" className="notice error">{t('signIn.noPortal')}</p>}
      {deactivated && <p role="status" className="notice" data-testid="access-deactivated">{t('signIn.deactivated')}</p>}
      {portal?.loginText1 && <p className="login-text" data-testid="login-text-1">{portal.loginText1}</p>}
      <Form
        onSubmit={() => submit()}
        error={error}
        rename={(field) => (field === 'email' ? 'login' : field)}
        className="card form"
        aria-labelledby="sign-in-title"
        heading={<h1 id="sign-in-title">{syndic ? t('signIn.syndicTitle') : t('signIn.title')}</h1>}
      >
        {rightAddress && <a className="button" href={rightAddress}>{t('signIn.rightAddress')}</a>}
        <Field name="login" label={syndic ? t('signIn.email') : t('signIn.login')}>
          <input id="login" autoComplete="username" inputMode={syndic ? 'email' : 'text'} value={login} onChange={(e) => setLogin(e.target.value)} required />
        </Field>
        {passwordEnabled ? (
          <>
            <Field name="password" label={t('signIn.password')}>
              <input id="password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} required />
            </Field>
            <SubmitButton>{t('signIn.submit')}</SubmitButton>
          </>
        ) : (
          <p className="muted">{t('signIn.passwordOff')}</p>
        )}
        <ActionButton className="secondary" onClick={sendLink} disabled={!login.includes('@')}>
          {t('signIn.sendLink')}
        </ActionButton>
        {linkSent && <p role="status" className="notice">{t('signIn.linkSent')}</p>}
        <ActionButton className="secondary" onClick={sendCode} disabled={login.trim() === ''}>
          {t('signIn.sendCode')}
        </ActionButton>
        <label className="inline-check">
          <input type="checkbox" checked={byWhatsApp} onChange={(e) => setByWhatsApp(e.target.checked)} /> {t('signIn.codeWhatsApp')}
        </label>
        {codeSent && (
          <>
            <p role="status" className="notice">{t('signIn.codeSent')}</p>
            <Field name="oneTimeCode" label={t('signIn.code')}>
              <input id="oneTimeCode" autoComplete="one-time-code" inputMode="numeric" pattern="[0-9]{6}" maxLength={6} value={code} onChange={(e) => setCode(e.target.value.replace(/\D/g, ''))} />
            </Field>
            <ActionButton onClick={useCode} disabled={code.length !== 6}>{t('signIn.useCode')}</ActionButton>
          </>
        )}
        {syndicLogin && <ActionButton onClick={asSyndic}>{t('signIn.useSyndicEntry')}</ActionButton>}
      </Form>
      {portal?.showSyndicAccess && (
        <button type="button" className="link syndic-entry" onClick={() => { setSyndic(!syndic); setLinkSent(false); }}>
          {syndic ? t('signIn.customer') : t('signIn.syndic')}
        </button>
      )}
      {portal?.loginText2 && <p className="login-text small" data-testid="login-text-2">{portal.loginText2}</p>}
      <SignInOfficer />
    </main>
  );
}
