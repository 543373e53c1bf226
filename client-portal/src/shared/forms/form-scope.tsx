/**
 * Errors on their fields (issue 9), shared by both apps. A scope — a form, or a card whose buttons
 * send mutations — knows its fields by name. When the API refuses with `extensions.field`, the
 * field of that name is marked (`aria-invalid`, `aria-describedby` → the message under it), focused
 * and scrolled to the middle of the screen; a refusal that names no field of the scope is shown at
 * its top and scrolled into view. While one of its actions runs, the scope is busy: its buttons are
 * disabled and show progress, and a second send is ignored.
 */
import { createContext, useCallback, useContext, useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type ReactNode, type RefObject } from 'react';
import { CombinedError } from 'urql';
import { useSharedI18n } from '../create-i18n';
import { fieldOf, matchField } from './field-match';

/** A refusal to show: on the field of that name (as the API or the form names it), or, without one, at the top. */
export interface Problem {
  field: string | null;
  message: string;
}

interface Registration {
  /** The element's id: the control itself, or the fieldset of a group. */
  id: string;
  label: string;
}

export interface FormScopeValue {
  /** Something of this scope is being sent: its buttons are disabled. */
  busy: boolean;
  /** The key of the action that runs (`submit` for the form's submit), so its button shows progress. */
  running: string | null;
  messageOf(name: string): string | null;
  /** What names no field of the scope: shown by `FormAlert`. */
  formMessages: readonly string[];
  register(name: string, registration: Registration): () => void;
  fields(): ReadonlyMap<string, Registration>;
  /** Problems found before sending (a required field left empty); `null` clears them. */
  showClientProblems(problems: Problem[] | null): void;
  /** Runs one action at a time: busy until it settles; ignored while another runs. */
  run(key: string, action: () => unknown): Promise<void>;
  isRunning(): boolean;
  alertRef: RefObject<HTMLDivElement | null>;
}

const ScopeContext = createContext<FormScopeValue | null>(null);

export function useFormScope(): FormScopeValue | null {
  return useContext(ScopeContext);
}

/** The problems of a refusal: one per GraphQL error, each in the app's words (or the offline message). */
export function problemsOf(error: CombinedError | null | undefined, errorText: (error: CombinedError) => string): Problem[] {
  if (!error) return [];
  if (error.graphQLErrors.length === 0) return [{ field: null, message: errorText(error) }];
  return error.graphQLErrors.map((e) => ({ field: fieldOf(e), message: errorText(new CombinedError({ graphQLErrors: [e] })) }));
}

export function FormScope({ error, busy = false, rename, children }: {
  /** The last refusal of this scope's mutations (urql's `error`); a new one is focused and scrolled to. */
  error?: CombinedError | null;
  /** Busy from outside (urql's `fetching`), besides the scope's own running action. */
  busy?: boolean;
  /** Maps a field the API names to the form's name for it, where the path alone cannot tell (`changes.0.value`). */
  rename?: (field: string) => string;
  children: ReactNode;
}) {
  const { errorText } = useSharedI18n();
  const [registry, setRegistry] = useState<ReadonlyMap<string, Registration>>(() => new Map());
  const registryRef = useRef(registry);
  registryRef.current = registry;
  const [clientProblems, setClientProblems] = useState<Problem[] | null>(null);
  const [running, setRunning] = useState<string | null>(null);
  const inFlight = useRef(false);
  const alertRef = useRef<HTMLDivElement | null>(null);

  // While an action runs, the refusal of the previous attempt is no longer news (urql clears it too).
  const [dismissed, setDismissed] = useState(false);
  const serverProblems = useMemo(() => (dismissed ? [] : problemsOf(error, errorText)), [dismissed, error, errorText]);
  const shown = clientProblems ?? serverProblems;

  const { byField, formMessages } = useMemo(() => {
    const names = new Set(registry.keys());
    const byField = new Map<string, string>();
    const formMessages: string[] = [];
    for (const problem of shown) {
      const target = problem.field === null ? null : matchField(rename ? rename(problem.field) : problem.field, names);
      if (target) byField.set(target, byField.has(target) ? `${byField.get(target)} ${problem.message}` : problem.message);
      else if (!formMessages.includes(problem.message)) formMessages.push(problem.message);
    }
    return { byField, formMessages };
  }, [shown, registry, rename]);

  // Each new refusal: to the first field it marks (in the page's order), else to the message at the top.
  const byFieldRef = useRef(byField);
  byFieldRef.current = byField;
  useEffect(() => {
    if (shown.length === 0) return;
    const marked = [...byFieldRef.current.keys()]
      .map((name) => document.getElementById(registryRef.current.get(name)?.id ?? ''))
      .filter((element): element is HTMLElement => element !== null)
      .sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    if (marked[0]) bringIntoView(marked[0]);
    else if (alertRef.current) {
      alertRef.current.scrollIntoView({ block: 'nearest' });
      alertRef.current.focus({ preventScroll: true });
    }
  }, [shown]);

  const register = useCallback((name: string, registration: Registration) => {
    setRegistry((current) => new Map(current).set(name, registration));
    return () =>
      setRegistry((current) => {
        if (current.get(name)?.id !== registration.id) return current;
        const next = new Map(current);
        next.delete(name);
        return next;
      });
  }, []);

  const run = useCallback(async (key: string, action: () => unknown) => {
    if (inFlight.current) return;
    inFlight.current = true;
    setRunning(key);
    setDismissed(true);
    try {
      await action();
    } finally {
      inFlight.current = false;
      setRunning(null);
      setDismissed(false);
    }
  }, []);

  const value = useMemo<FormScopeValue>(() => ({
    busy: busy || running !== null,
    running,
    messageOf: (name) => byField.get(name) ?? null,
    formMessages,
    register,
    fields: () => registryRef.current,
    showClientProblems: setClientProblems,
    run,
    isRunning: () => inFlight.current,
    alertRef,
  }), [busy, running, byField, formMessages, register, run]);

  return <ScopeContext.Provider value={value}>{children}</ScopeContext.Provider>;
}

/** Focuses a marked field (a group: its first control) and brings it to the middle of the screen. */
function bringIntoView(element: HTMLElement) {
  const control = element instanceof HTMLFieldSetElement ? element.querySelector<HTMLElement>('input, select, textarea') : element;
  control?.focus({ preventScroll: true });
  element.scrollIntoView({ block: 'center' });
}

export interface FieldState {
  id: string;
  name: string;
  message: string | null;
  errorId: string;
  helpId: string;
  /** The ids that describe the control: its error first, then the others given (help texts), joined. */
  describedBy(...others: (string | false | null | undefined)[]): string | undefined;
}

/**
 * A field of the nearest scope: registers its name (and label, for messages found before sending)
 * and says whether a refusal sits on it. `id`: the control's own id, when it has one.
 */
export function useField(name: string, label: string, id?: string): FieldState {
  const scope = useFormScope();
  const generated = `field-${useId().replace(/[^\w-]/g, '')}`;
  const elementId = id ?? generated;
  const register = scope?.register;
  useLayoutEffect(() => register?.(name, { id: elementId, label }), [register, name, elementId, label]);
  const message = scope?.messageOf(name) ?? null;
  const errorId = `${elementId}-error`;
  return {
    id: elementId,
    name,
    message,
    errorId,
    helpId: `${elementId}-help`,
    describedBy: (...others) => [message ? errorId : null, ...others].filter(Boolean).join(' ') || undefined,
  };
}

/** The message under a field, which its control's `aria-describedby` points at. */
export function FieldError({ field }: { field: FieldState }) {
  if (!field.message) return null;
  return <p id={field.errorId} className="field-error">{field.message}</p>;
}

/** The scope's refusals that name none of its fields, at its top; focused and scrolled into view when they appear. */
export function FormAlert({ children }: { children?: ReactNode }) {
  const scope = useFormScope();
  if (!scope || scope.formMessages.length === 0) return null;
  return (
    <div ref={scope.alertRef} role="alert" tabIndex={-1} className="notice error form-alert">
      {scope.formMessages.map((message) => <p key={message}>{message}</p>)}
      {children}
    </div>
  );
}
