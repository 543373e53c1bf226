import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../gql';

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
export function SignIn({ onSignedIn }: { onSignedIn: () => void }) {
  const [state, signIn] = useMutation(StaffSignInMutation);
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await signIn({ input: { login, password, kind: 'STAFF' } });
    if (!result.error) onSignedIn();
  }

  return (
    <main className="page narrow">
      <h1>Habite — Administração</h1>
      <form onSubmit={submit} className="card" aria-label="Entrar">
        <label htmlFor="login">E-mail</label>
        <input id="login" type="email" autoComplete="username" value={login} onChange={(e) => setLogin(e.target.value)} required />
        <label htmlFor="password">Senha</label>
        <input id="password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} required />
        <button type="submit" disabled={state.fetching}>Entrar</button>
        {state.error && <p role="alert" className="error">{state.error.graphQLErrors[0]?.message ?? 'Não foi possível conectar. Tente de novo.'}</p>}
      </form>
    </main>
  );
}
