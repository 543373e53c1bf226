import type { ReactNode } from 'react';
import { ActionButton } from '@shared/forms/buttons';
import { useI18n } from '../i18n/i18n';

/**
 * "Are you sure?" in place, for what cannot be taken back (revoke a token, close or unlock a sync
 * run): the question, the button that does it, and Cancelar. Errors show in the surrounding
 * FormScope, as for the button that asked.
 */
export function Confirm({ label, question, yes, danger, onYes, onCancel }: {
  label: string;
  question: ReactNode;
  yes: string;
  danger?: boolean;
  onYes: () => Promise<unknown>;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  return (
    <div role="group" aria-label={label} className="confirm">
      <p>{question}</p>
      <div className="actions">
        <ActionButton className={danger ? 'danger' : undefined} onClick={onYes}>{yes}</ActionButton>
        <button type="button" className="secondary" onClick={onCancel}>{t('app.cancel')}</button>
      </div>
    </div>
  );
}
