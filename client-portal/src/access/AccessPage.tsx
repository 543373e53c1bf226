import { useState } from 'react';
import { useMutation } from 'urql';
import { DEACTIVATED_LANDING } from '../app/Header';
import { graphql } from '../gql';
import { useI18n } from '../i18n/i18n';
import { SubmitButton } from '../shared/forms/buttons';
import { Field } from '../shared/forms/Field';
import { Form } from '../shared/forms/Form';

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

  async function submit() {
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
      <Form className="card form" onSubmit={submit} error={passwordState.error} aria-labelledby="change-password" heading={<h2 id="change-password">{t('access.changePassword')}</h2>}>
        <Field name="currentPassword" label={t('access.current')}>
          <input id="current" type="password" autoComplete="current-password" value={current} onChange={(e) => setCurrent(e.target.value)} />
        </Field>
        <Field name="newPassword" label={t('access.new')} help={t('firstAccess.help')}>
          <input id="new" type="password" autoComplete="new-password" value={next} onChange={(e) => setNext(e.target.value)} required />
        </Field>
        <SubmitButton>{t('access.changePassword')}</SubmitButton>
        {saved && <p role="status" className="notice">{t('access.saved')}</p>}
      </Form>

      <Form className="card danger" onSubmit={deactivateNow} error={deactivateState.error} aria-labelledby="deactivate" heading={<h2 id="deactivate">{t('access.deactivate')}</h2>}>
        <p>{t('access.deactivateHelp')}</p>
        {confirming ? (
          <SubmitButton className="danger">{t('access.deactivateConfirm')}</SubmitButton>
        ) : (
          <button type="button" className="secondary" onClick={() => setConfirming(true)}>{t('access.deactivate')}</button>
        )}
      </Form>

      <button type="button" className="secondary" onClick={onSignOut}>{t('access.signOut')}</button>
    </>
  );
}
