import { useId, useRef, useState, type ButtonHTMLAttributes, type ReactNode } from 'react';
import { useSharedI18n } from '../create-i18n';
import { formMessage } from './form-messages';
import { useFormScope } from './form-scope';

type ButtonProps = Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'type' | 'onClick'> & {
  /** The progress text while it sends (default "Enviando…"). */
  busyLabel?: string;
  children: ReactNode;
};

/** The form's submit: disabled while anything of the form is sent; shows progress (text, `aria-busy`) while the submit runs. */
export function SubmitButton({ busyLabel, disabled, children, ...rest }: ButtonProps) {
  const scope = useFormScope();
  const { locale } = useSharedI18n();
  const busy = scope?.busy ?? false;
  const mine = busy && (scope?.running === 'submit' || scope?.running === null);
  return (
    <button type="submit" {...rest} disabled={disabled || busy} aria-busy={mine || undefined}>
      {mine ? (busyLabel ?? formMessage(locale, 'sending')) : children}
    </button>
  );
}

/**
 * A button that sends something: busy (disabled, progress text, `aria-busy`) until `onClick`'s
 * promise settles, and never twice at once. Inside a form's scope it shares the scope's one
 * action at a time and its errors.
 */
export function ActionButton({ onClick, busy: sending = false, busyLabel, disabled, children, ...rest }: ButtonProps & {
  onClick(): unknown;
  /** urql's `fetching`, for what `onClick` does not await. */
  busy?: boolean;
}) {
  const scope = useFormScope();
  const { locale } = useSharedI18n();
  const key = useId();
  const [alone, setAlone] = useState(false);
  const aloneRef = useRef(false);
  const mine = sending || (scope ? scope.running === key : alone);
  const busy = mine || (scope?.busy ?? false);

  async function click() {
    if (scope) {
      scope.showClientProblems(null);
      return scope.run(key, onClick);
    }
    if (aloneRef.current) return;
    aloneRef.current = true;
    setAlone(true);
    try {
      await onClick();
    } finally {
      aloneRef.current = false;
      setAlone(false);
    }
  }

  return (
    <button type="button" {...rest} disabled={disabled || busy} aria-busy={mine || undefined} onClick={() => void click()}>
      {mine ? (busyLabel ?? formMessage(locale, 'sending')) : children}
    </button>
  );
}
