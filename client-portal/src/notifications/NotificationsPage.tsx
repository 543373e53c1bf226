import { useEffect, useState, type ReactNode } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import type { NotificationFrequency } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { ErrorMessage, Loading } from '../ui/Status';
import './notifications.css';

const PreferencesFragment = graphql(`
  fragment NotificationPreferencesFields on NotificationPreferencesView {
    email
    whatsapp
    whatsappConsent
    whatsappConsentText
    push
    frequency
    workLog
    emailAddress
    whatsappNumber
    whatsappAvailable
    pushAvailable
  }
`);

const PreferencesQuery = graphql(`
  query NotificationPreferences {
    myNotificationPreferences {
      ...NotificationPreferencesFields
    }
  }
`);

const UpdatePreferences = graphql(`
  mutation UpdateNotificationPreferences($input: NotificationPreferencesInput!) {
    updateNotificationPreferences(input: $input) {
      ...NotificationPreferencesFields
    }
  }
`);

type Prefs = { email: boolean; whatsapp: boolean; push: boolean; frequency: NotificationFrequency; workLog: boolean };

/**
 * R-NOTIFY-2: where and how often the person hears from the portal. WhatsApp needs their consent
 * (R-OPS-3): turning it on here is agreeing to the text shown. `pushOptIn`: the phone's own
 * permission and subscription (the PWA's component), placed under the push switch.
 */
export function NotificationsPage({ pushOptIn }: { pushOptIn?: ReactNode }) {
  const { t } = useI18n();
  const [{ data, fetching, error }, refetch] = useQuery({ query: PreferencesQuery });
  const [state, update] = useMutation(UpdatePreferences);
  const [draft, setDraft] = useState<Prefs | null>(null);
  const [saved, setSaved] = useState(false);
  const current = data?.myNotificationPreferences as (Prefs & Record<string, unknown>) | undefined;
  useEffect(() => {
    if (current && !draft) setDraft({ email: current.email, whatsapp: current.whatsapp, push: current.push, frequency: current.frequency, workLog: current.workLog });
  }, [current, draft]);
  if (fetching && !data) return <Loading />;
  if (!data || !draft) return <ErrorMessage error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  const p = data.myNotificationPreferences as unknown as {
    whatsappConsent: boolean; whatsappConsentText: string; emailAddress: string | null; whatsappNumber: string | null; whatsappAvailable: boolean; pushAvailable: boolean; whatsapp: boolean;
  };
  const change = (patch: Partial<Prefs>) => {
    setDraft({ ...draft, ...patch });
    setSaved(false);
  };

  async function save(extra: Partial<Prefs> = {}) {
    const result = await update({ input: { ...draft!, ...extra } });
    if (result.data) {
      setSaved(true);
      setDraft(null);
    }
  }

  return (
    <>
      <h1>{t('notify.title')}</h1>
      <p>{t('notify.intro')}</p>
      {saved && <p role="status" className="notice">{t('notify.saved')}</p>}
      <form className="notify-form" onSubmit={(e) => { e.preventDefault(); void save(); }}>
        <fieldset>
          <legend>{t('notify.channels')}</legend>
          <label className="notify-switch">
            <input type="checkbox" checked={draft.email} onChange={(e) => change({ email: e.target.checked })} />
            <span>
              <strong>{t('notify.email')}</strong>
              <small>{p.emailAddress ? t('notify.emailTo', { address: p.emailAddress }) : t('notify.emailNone')}</small>
            </span>
          </label>
          {p.whatsappAvailable ? (
            <label className="notify-switch">
              <input type="checkbox" checked={draft.whatsapp} onChange={(e) => change({ whatsapp: e.target.checked })} disabled={!p.whatsappNumber} />
              <span>
                <strong>{t('notify.whatsapp')}</strong>
                <small>{p.whatsappNumber ? t('notify.whatsappTo', { number: p.whatsappNumber }) : t('notify.whatsappNone')}</small>
                {p.whatsappNumber && !p.whatsappConsent && <small className="notify-consent">{t('notify.whatsappConsent', { text: p.whatsappConsentText })}</small>}
              </span>
            </label>
          ) : (
            <p className="notify-muted">{t('notify.whatsappUnavailable')}</p>
          )}
          {p.whatsappAvailable && p.whatsapp && !p.whatsappConsent && p.whatsappNumber && (
            <p className="notice">
              {t('notify.whatsappNoConsent')}{' '}
              <button type="button" className="secondary" onClick={() => void save({ whatsapp: true })}>{t('notify.whatsappAccept')}</button>
            </p>
          )}
          {p.pushAvailable && (
            <div className="notify-switch">
              <input id="notify-push" type="checkbox" checked={draft.push} onChange={(e) => change({ push: e.target.checked })} />
              <label htmlFor="notify-push">
                <strong>{t('notify.push')}</strong>
                <small>{t('notify.pushHelp')}</small>
              </label>
            </div>
          )}
          {p.pushAvailable && pushOptIn}
        </fieldset>
        <fieldset>
          <legend>{t('notify.frequency')}</legend>
          <p className="notify-muted">{t('notify.frequencyHelp')}</p>
          <label className="notify-radio">
            <input type="radio" name="frequency" checked={draft.frequency === 'DAILY'} onChange={() => change({ frequency: 'DAILY' })} />
            {t('notify.daily')}
          </label>
          <label className="notify-radio">
            <input type="radio" name="frequency" checked={draft.frequency === 'WEEKLY'} onChange={() => change({ frequency: 'WEEKLY' })} />
            {t('notify.weekly')}
          </label>
        </fieldset>
        <label className="notify-switch">
          <input type="checkbox" checked={draft.workLog} onChange={(e) => change({ workLog: e.target.checked })} />
          <span><strong>{t('notify.workLog')}</strong></span>
        </label>
        <p className="notify-muted">{t('notify.always')}</p>
        <ErrorMessage error={state.error} />
        <button type="submit" disabled={state.fetching}>{t('notify.save')}</button>
      </form>
    </>
  );
}

export { PreferencesFragment };
