import type { ReactNode } from 'react';
import type { CombinedError } from 'urql';
import { useI18n } from '../i18n/i18n';

export function Loading() {
  const { t } = useI18n();
  return <p role="status" className="muted">{t('app.loading')}</p>;
}

/** A refusal or failure, in words, with a way to try again when that could help. */
export function ErrorMessage({ error, retry }: { error: CombinedError | undefined | null; retry?: () => void }) {
  const { t, errorText } = useI18n();
  if (!error) return null;
  const offline = error.graphQLErrors.length === 0;
  return (
    <div role="alert" className="notice error">
      <p>{errorText(error)}</p>
      {offline && retry && <button type="button" className="secondary" onClick={retry}>{t('app.retry')}</button>}
    </div>
  );
}

/** Nothing here, and why (SPEC §17: never an empty bar). */
export function Empty({ title, why, children }: { title: string; why?: string; children?: ReactNode }) {
  return (
    <div className="notice empty">
      <p><strong>{title}</strong></p>
      {why && <p>{why}</p>}
      {children}
    </div>
  );
}
