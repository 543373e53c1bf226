import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { DEACTIVATED_LANDING } from '../app/Header';
import { graphql } from '../gql';
import { useI18n } from '../i18n/i18n';
import { ErrorMessage } from '../ui/Status';

const ChangePasswordMutation = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input)
  }
`);

const DeactivateMyLoginMutation = graphql(`
  mutation DeactivateMyLogin {
    deactivateMyLogin
  }
`);

/** Dados de acesso: change the password, deactivate my own login (R-AUTH-2), sign out. */
export function AccessPage({ onSignOut }: { onSignOut: () => void }) {
  const { t } = useI18n();
  const [passwordState, changePassword] = useMutation(ChangePasswordMutation);
  const [deactivateState, deactivate] = useMutation(DeactivateMyLoginMutation);
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [saved, setSaved] = useState(false);
  const [confirming, setConfirming] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const result = await changePassword({ input: { currentPassword: current || null, newPassword: next } });
    if (result.data) {
      setSaved(true);
      setCurrent('');
      setNext('');
    }
  }

  async function deactivateNow() {
    const result = await deactivate({});
    if (result.data) location.assign(DEACTIVATED_LANDING);
  }

  return (
    <>
      <h1>{t('access.title')}</h1>
      <form className="card form" onSubmit={submit} aria-labelledby="change-password">
        <h2 id="change-password">{t('access.changePassword')}</h2>
        <label htmlFor="current">{t('access.current')}</label>
        <input id="current" type="password" autoComplete="current-password" value={current} onChange={(e) => setCurrent(e.target.value)} />
        <label htmlFor="new">{t('access.new')}</label>
        <input id="new" type="password" autoComplete="new-password" value={next} onChange={(e) => setNext(e.target.value)} required aria-describedby="new-help" />
        <p id="new-help" className="help">{t('firstAccess.help')}</p>
        <button type="submit" disabled={passwordState.fetching}>{t('access.changePassword')}</button>
        {saved && <p role="status" className="notice">{t('access.saved')}</p>}
        <ErrorMessage error={passwordState.error} />
      </form>

      <section className="card danger" aria-labelledby="deactivate">
        <h2 id="deactivate">{t('access.deactivate')}</h2>
        <p>{t('access.deactivateHelp')}</p>
        {confirming ? (
          <button type="button" className="danger" onClick={deactivateNow} disabled={deactivateState.fetching}>{t('access.deactivateConfirm')}</button>
        ) : (
          <button type="button" className="secondary" onClick={() => setConfirming(true)}>{t('access.deactivate')}</button>
        )}
        <ErrorMessage error={deactivateState.error} />
      </section>

      <button type="button" className="secondary" onClick={onSignOut}>{t('access.signOut')}</button>
    </>
  );
}
