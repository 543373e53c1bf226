import { useMutation, useQuery } from 'urql';
import { AcceptInvitation } from './auth/AcceptInvitation';
import { SignIn } from './auth/SignIn';
import { graphql } from './gql';

const StaffViewerQuery = graphql(`
  query StaffViewer {
    me {
      id
      name
      kind
      staffRole
    }
  }
`);

const StaffSignOutMutation = graphql(`
  mutation StaffSignOut {
    signOut
  }
`);

const ROLE_LABEL: Record<string, string> = { ADMIN: 'Administrador(a)', MANAGER: 'Gestor(a)', AGENT: 'Atendente' };

/** The staff app (served at /admin). The configuration screens come with the domain. */
export function App() {
  if (location.pathname === '/admin/primeiro-acesso') return <AcceptInvitation />;
  return <Session />;
}

function Session() {
  const [{ data, fetching, error }, refetch] = useQuery({ query: StaffViewerQuery });
  const [, signOut] = useMutation(StaffSignOutMutation);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  if (fetching && !data) return <main className="page"><p role="status">Carregando…</p></main>;
  if (error) return <main className="page"><p role="alert">{error.graphQLErrors[0]?.message ?? 'Não foi possível conectar.'}</p></main>;
  const me = data?.me;
  if (!me || me.kind !== 'STAFF') return <SignIn onSignedIn={reload} />;
  return (
    <main className="page">
      <header className="top">
        <h1>Habite — Administração</h1>
        <p>
          {me.name} · {ROLE_LABEL[me.staffRole ?? ''] ?? me.staffRole}
        </p>
        <button type="button" className="secondary" onClick={() => signOut({}).then(reload)}>Sair</button>
      </header>
    </main>
  );
}
