import { useEffect, useRef } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../gql';

const SignInWithMagicLinkMutation = graphql(`
  mutation SignInWithMagicLink($input: TokenSignInInput!) {
    signInWithMagicLink(input: $input) {
      account {
        id
      }
    }
  }
`);

/** Where the e-mailed link lands: uses the token once, then goes home. */
export function MagicLinkLanding() {
  const [state, use] = useMutation(SignInWithMagicLinkMutation);
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    const token = new URLSearchParams(location.search).get('token') ?? '';
    void use({ input: { token } }).then((result) => {
      if (!result.error) location.replace('/');
    });
  }, [use]);
  return (
    <main className="page narrow">
      <h1>Entrando…</h1>
      {state.error && (
        <>
          <p role="alert" className="error">{state.error.graphQLErrors[0]?.message}</p>
          <a href="/">Voltar para a tela de entrada</a>
        </>
      )}
    </main>
  );
}
