import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../gql';

const AcceptInvitationMutation = graphql(`
  mutation StaffAcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      account {
        id
      }
    }
  }
`);

/** First access (R-AUTH-5): the invitation link lets the customer choose a password. */
export function AcceptInvitation() {
  const [state, accept] = useMutation(AcceptInvitationMutation);
  const [password, setPassword] = useState('');
  const token = new URLSearchParams(location.search).get('token') ?? '';

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await accept({ input: { token, password } });
    if (!result.error) location.replace('/admin/');
  }

  return (
    <main className="page narrow">
      <h1>Primeiro acesso</h1>
      <form onSubmit={submit} className="card" aria-label="Criar senha">
        <label htmlFor="new-password">Crie sua senha</label>
        <input id="new-password" type="password" autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} required aria-describedby="password-help" />
        <p id="password-help" className="help">Ao menos 8 caracteres, com letras e números.</p>
        <button type="submit" disabled={state.fetching}>Criar senha e entrar</button>
        {state.error && <p role="alert" className="error">{state.error.graphQLErrors[0]?.message}</p>}
      </form>
    </main>
  );
}
