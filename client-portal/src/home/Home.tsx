import { useMutation } from 'urql';
import { graphql } from '../gql';

const SignOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);

/** The signed-in home. (Units, contracts and requests come with the domain.) */
export function Home({ name, onSignedOut }: { name: string; onSignedOut: () => void }) {
  const [, signOut] = useMutation(SignOutMutation);
  return (
    <main className="page">
      <header className="top">
        <h1>Olá, {name}</h1>
        <button type="button" className="secondary" onClick={() => signOut({}).then(onSignedOut)}>Sair</button>
      </header>
    </main>
  );
}
