import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';

const CurrentPortalQuery = graphql(`
  query CurrentPortal {
    currentPortal {
      id
      name
      loginEnabled
    }
  }
`);

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

/** Sign-in with a password, or "send me a link" (R-AUTH-3); the portal's name on top. */
export function SignIn({ onSignedIn }: { onSignedIn: () => void }) {
  const [{ data: portalData }] = useQuery({ query: CurrentPortalQuery });
  const [signInState, signIn] = useMutation(SignInMutation);
  const [linkState, requestLink] = useMutation(RequestMagicLinkMutation);
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [linkSent, setLinkSent] = useState(false);
  const portal = portalData?.currentPortal;
  const passwordEnabled = portal?.loginEnabled ?? true;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await signIn({ input: { login, password } });
    if (!result.error) onSignedIn();
  }

  async function sendLink() {
    const result = await requestLink({ input: { email: login } });
    if (!result.error) setLinkSent(true);
  }

  const error = signInState.error ?? linkState.error;
  return (
    <main className="page narrow">
      <h1>{portal?.name ?? 'Portal do Cliente'}</h1>
      <form onSubmit={submit} className="card" aria-label="Entrar">
        <label htmlFor="login">E-mail ou CPF/CNPJ</label>
        <input id="login" autoComplete="username" value={login} onChange={(e) => setLogin(e.target.value)} required />
        {passwordEnabled && (
          <>
            <label htmlFor="password">Senha</label>
            <input id="password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} required />
            <button type="submit" disabled={signInState.fetching}>Entrar</button>
          </>
        )}
        <button type="button" className="secondary" onClick={sendLink} disabled={linkState.fetching || !login.includes('@')}>
          Enviar um link de acesso para meu e-mail
        </button>
        {linkSent && <p role="status">Se este e-mail tiver acesso, o link chega em instantes. Ele vale por 30 minutos.</p>}
        {error && <p role="alert" className="error">{error.graphQLErrors[0]?.message ?? 'Não foi possível conectar. Tente de novo.'}</p>}
      </form>
    </main>
  );
}
