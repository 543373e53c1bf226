import type { ReactNode } from 'react';
import { useMutation, useSubscription } from 'urql';
import { graphql } from '../gql';
import { useI18n } from '../i18n/i18n';
import { Link } from '../shared/router';
import { LanguageSwitch } from '../ui/LanguageSwitch';

const SignOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);

const SessionEventsSubscription = graphql(`
  subscription SessionEvents {
    sessionEvents {
      kind
    }
  }
`);

export interface PortalLook {
  name: string;
  whiteLabelName?: string | null;
  logoUrl?: string | null;
}

/** Where the sign-in screen says the access was deactivated and how to get it back (R-AUTH-2). */
export const DEACTIVATED_LANDING = '/?acesso=desativado';

/** Sign out here, or follow a sign-out elsewhere (deactivation, another tab): back to the sign-in screen. */
export function useSignOut() {
  const [, signOut] = useMutation(SignOutMutation);
  useSubscription({ query: SessionEventsSubscription }, (_, event) => {
    location.assign(event.sessionEvents.kind === 'LOGIN_DEACTIVATED' ? DEACTIVATED_LANDING : '/');
    return event;
  });
  return () => signOut({}).then(() => location.assign('/'));
}

/** The portal's name and logo, the navigation, the language switch. Phone first: the nav wraps under the title. */
export function Header({ portal, nav }: { portal: PortalLook | null; nav: ReactNode }) {
  const { t } = useI18n();
  const title = portal?.whiteLabelName || portal?.name || 'Portal do Cliente';
  return (
    <header className="site-header">
      <a className="skip" href="#conteudo">{t('app.skip')}</a>
      <div className="brand">
        <Link to="/" className="brand-link">
          {portal?.logoUrl && <img src={portal.logoUrl} alt="" className="logo" />}
          <span>{title}</span>
        </Link>
        <LanguageSwitch />
      </div>
      <nav aria-label={t('nav.menu')} className="main-nav">{nav}</nav>
    </header>
  );
}
