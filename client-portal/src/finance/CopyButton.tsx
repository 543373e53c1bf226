import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { copyText } from './clipboard';

/**
 * "Copiar linha digitável" / "Copiar código PIX": copies and says so in a live region beside the
 * button ("Linha copiada"), for whoever cannot see the button change. When copying fails, the
 * text on screen (`selectOnFailure`) is selected for copying by hand, and the region says that.
 */
export function CopyButton({ text, label, done, selectOnFailure }: { text: string; label: string; done: string; selectOnFailure?: () => HTMLElement | null }) {
  const { t } = useI18n();
  const [said, setSaid] = useState<{ text: string; ok: boolean } | null>(null);
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  async function copy() {
    const ok = await copyText(text);
    if (!ok) {
      const element = selectOnFailure?.();
      if (element) window.getSelection()?.selectAllChildren(element);
    }
    setSaid({ text: ok ? done : t('finance.copyFailed'), ok });
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setSaid(null), 6000);
  }

  return (
    <span className="copy">
      <button type="button" className="secondary" onClick={() => void copy()}>{label}</button>
      <span role="status" aria-live="polite" className={said?.ok === false ? 'copy-said warn' : 'copy-said'}>{said?.ok && <span aria-hidden="true">✓ </span>}{said?.text}</span>
    </span>
  );
}
