import { useQuery } from 'urql';
import { AcceptInvitation } from './auth/AcceptInvitation';
import { MagicLinkLanding } from './auth/MagicLinkLanding';
import { SignIn } from './auth/SignIn';
import { graphql } from './gql';
import { Home } from './home/Home';

const ViewerQuery = graphql(`
  query Viewer {
    me {
      id
      name
      kind
    }
  }
`);

/** Routes by address: links from e-mails land on their own pages; everything else needs a session. */
export function App() {
  const path = location.pathname;
  if (path === '/entrar/link') return <MagicLinkLanding />;
  if (path === '/primeiro-acesso') return <AcceptInvitation />;
  return <Session />;
}

function Session() {
  const [{ data, fetching, error }, refetch] = useQuery({ query: ViewerQuery });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  if (fetching && !data) return <main className="page"><p role="status">Carregando…</p></main>;
  if (error) return <main className="page"><p role="alert">{error.graphQLErrors[0]?.message ?? 'Não foi possível conectar. Verifique sua internet e tente de novo.'}</p></main>;
  return data?.me ? <Home name={data.me.name} onSignedOut={reload} /> : <SignIn onSignedIn={reload} />;
}
