import type { CombinedError } from 'urql';
import { useI18n } from '../i18n/i18n';

export function Loading() {
  const { t } = useI18n();
  return <p role="status" className="muted">{t('app.loading')}</p>;
}

export function ErrorMessage({ error, retry }: { error: CombinedError | undefined | null; retry?: () => void }) {
  const { t, errorText } = useI18n();
  if (!error) return null;
  // The server's message names the field by its label; `extensions.field` is a machine name, never shown.
  return (
    <div role="alert" className="notice error">
      <p>{errorText(error)}</p>
      {!error.graphQLErrors.length && retry && <button type="button" className="secondary" onClick={retry}>{t('app.retry')}</button>}
    </div>
  );
}

export function Saved({ show }: { show: boolean }) {
  const { t } = useI18n();
  return show ? <span role="status" className="saved">{t('app.saved')}</span> : null;
}
