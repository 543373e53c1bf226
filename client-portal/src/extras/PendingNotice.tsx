import { useEffect, useRef, useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { useI18n } from '../i18n/i18n';
import { Link } from '../shared/router';
import './extras.css';

const PendingQuery = graphql(`
  query MyPendingDocumentation($kind: PendingDocumentationKind!) {
    myPendingDocumentation(kind: $kind) {
      id
      kind
      description
      developmentName
    }
  }
`);

/** Closed once, not shown again in this browser session for this person. */
const seenKey = (who: string) => `habite.pendingNotice.seen:${who}`;

/**
 * On sign-in, tells the customer in words about proposals and pre-registrations with pending
 * documents (showPendingProposalsPopup, showPendingPreRegistrationsPopup): a dialog, closed with
 * "Entendi" or Esc, shown once per browser session. Only the kinds whose menu is on are asked.
 */
export function PendingNotice({ who, proposals, preRegistrations }: { who: string; proposals: boolean; preRegistrations: boolean }) {
  const { t } = useI18n();
  const [seen, setSeen] = useState(() => sessionStorage.getItem(seenKey(who)) === '1');
  const [{ data: p }] = useQuery({ query: PendingQuery, variables: { kind: 'PROPOSAL' }, pause: seen || !proposals });
  const [{ data: r }] = useQuery({ query: PendingQuery, variables: { kind: 'PRE_REGISTRATION' }, pause: seen || !preRegistrations });
  const items = [...(proposals ? p?.myPendingDocumentation ?? [] : []), ...(preRegistrations ? r?.myPendingDocumentation ?? [] : [])];
  const dialog = useRef<HTMLDialogElement>(null);
  const open = !seen && items.length > 0;

  useEffect(() => {
    if (open && dialog.current && !dialog.current.open) dialog.current.showModal();
  }, [open]);

  if (!open) return null;
  const close = () => {
    sessionStorage.setItem(seenKey(who), '1');
    dialog.current?.close();
    setSeen(true);
  };
  // One line per proposal or pre-registration, with what it still needs.
  const groups = new Map<string, { title: string; needs: string[] }>();
  for (const item of items) {
    const title = t(item.kind === 'PROPOSAL' ? 'pending.PROPOSAL' : 'pending.PRE_REGISTRATION', { development: item.developmentName });
    const group = groups.get(title) ?? { title, needs: [] };
    group.needs.push(item.description);
    groups.set(title, group);
  }
  return (
    <dialog ref={dialog} className="pending-dialog" aria-labelledby="pending-title" onCancel={close}>
      <h2 id="pending-title">{t('pending.title')}</h2>
      <p>{t('pending.intro')}</p>
      {[...groups.values()].map((g) => (
        <section key={g.title} aria-label={g.title}>
          <h3>{g.title}</h3>
          <ul>{g.needs.map((n) => <li key={n}>{n}</li>)}</ul>
        </section>
      ))}
      <p className="muted">{t('pending.how')}</p>
      <div className="actions">
        <Link to="/fale-conosco" onClick={close}>{t('pending.contact')}</Link>
        <button type="button" className="primary" onClick={close} autoFocus>{t('pending.close')}</button>
      </div>
    </dialog>
  );
}
