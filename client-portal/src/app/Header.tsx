import { useEffect, useRef, type ReactNode } from 'react';
import { useMutation, useSubscription } from 'urql';
import { graphql } from '../gql';
import { useI18n } from '../i18n/i18n';
import { Link, usePath } from '../shared/router';
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

/**
 * R-OPS-3: this browser's phone notifications end with the sign-out (the server drops the
 * subscriptions made in this session; here the browser forgets its own, so the next person to sign
 * in on this phone starts with notifications off). Never holds the sign-out up: no worker, no
 * subscription or a failure, and it moves on.
 */
async function forgetPushSubscription(): Promise<void> {
  try {
    const registration = 'serviceWorker' in navigator ? await navigator.serviceWorker.getRegistration() : undefined;
    const subscription = registration ? await registration.pushManager?.getSubscription() : null;
    await subscription?.unsubscribe();
  } catch {
    // Nothing to forget, or the browser refused: the server has already stopped sending to it.
  }
}

/** Sign out here, or follow a sign-out elsewhere (deactivation, another tab): back to the sign-in screen. */
export function useSignOut() {
  const [, signOut] = useMutation(SignOutMutation);
  useSubscription({ query: SessionEventsSubscription }, (_, event) => {
    location.assign(event.sessionEvents.kind === 'LOGIN_DEACTIVATED' ? DEACTIVATED_LANDING : '/');
    return event;
  });
  return () => signOut({}).then(async (result) => {
    if (!result.error) await forgetPushSubscription();
    location.assign('/');
  });
}

/**
 * The portal's name and logo, the navigation, the language switch. Phone first: on a phone the nav
 * is one row under the title that scrolls sideways (a portal with every feature on has fifteen
 * entries: wrapped, they took a third of the first screen), the current entry brought into view.
 */
export function Header({ portal, nav }: { portal: PortalLook | null; nav: ReactNode }) {
  const { t } = useI18n();
  const path = usePath();
  const navRef = useRef<HTMLElement>(null);
  const shown = useRef<string | null>(null);
  // After every render (the menus arrive after the first one), once per address: the current entry into view.
  useEffect(() => {
    const list = navRef.current?.querySelector('ul');
    const current = navRef.current?.querySelector<HTMLElement>('[aria-current="page"]');
    if (!list || !current || shown.current === path) return;
    shown.current = path;
    if (list.scrollWidth > list.clientWidth) list.scrollLeft = Math.max(0, current.offsetLeft - list.offsetLeft - 16);
  });
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
      <nav aria-label={t('nav.menu')} className="main-nav" ref={navRef}>{nav}</nav>
    </header>
  );
}
