import { useEffect } from 'react';
import { useQuery } from 'urql';
import { AcceptInvitation } from '../auth/AcceptInvitation';
import { DataConfirmation } from '../auth/DataConfirmation';
import { MagicLinkLanding } from '../auth/MagicLinkLanding';
import { ViewAsLanding } from '../auth/ViewAsLanding';
import { SignIn } from '../auth/SignIn';
import { graphql } from '../gql';
import { useI18n } from '../i18n/i18n';
import { usePath } from '../shared/router';
import { SyndicHome } from '../syndic/SyndicHome';
import { ErrorMessage, Loading } from '../ui/Status';
import { applyBrand } from './branding';
import { CustomerShell } from './CustomerShell';

const SessionQuery = graphql(`
  query Session {
    me {
      id
      name
      kind
      needsDataConfirmation
      viewedByName
    }
    currentPortal {
      ...PortalBranding
    }
  }
`);

/** Links from e-mails land on their own pages; everything else needs a session. */
export function App() {
  const path = usePath();
  if (path === '/entrar/link') return <MagicLinkLanding />;
  if (path === '/primeiro-acesso') return <AcceptInvitation />;
  if (path === '/ver-como-cliente') return <ViewAsLanding />;
  return <Session />;
}

function Session() {
  const { t } = useI18n();
  const [{ data, fetching, error }, refetch] = useQuery({ query: SessionQuery });
  const portal = data?.currentPortal;
  useEffect(() => applyBrand(portal), [portal]);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  if (fetching && !data) return <main className="page"><Loading /></main>;
  if (error && !data) return <main className="page"><h1>{t('signIn.title')}</h1><ErrorMessage error={error} retry={reload} /></main>;
  const me = data?.me;
  if (!me || me.kind === 'STAFF') return <SignIn portal={portal ?? null} />;
  if (me.needsDataConfirmation) return <DataConfirmation onDone={reload} />;
  const banner = me.viewedByName ? <ViewAsBanner customer={me.name} staff={me.viewedByName} /> : null;
  if (me.kind === 'SYNDIC') return <>{banner}<SyndicHome name={me.name} portal={portal ?? null} /></>;
  return <>{banner}<CustomerShell name={me.name} portal={portal ?? null} /></>;
}

/** R-WORK-4: whose view this is, on every screen of a view-as session. */
function ViewAsBanner({ customer, staff }: { customer: string; staff: string }) {
  const { t } = useI18n();
  return <div className="view-as-banner" role="note">{t('viewAs.banner', { customer, staff })}</div>;
}
