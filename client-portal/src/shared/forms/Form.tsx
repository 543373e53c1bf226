import { type FormEvent, type FormHTMLAttributes, type ReactNode } from 'react';
import type { CombinedError } from 'urql';
import { useSharedI18n, type Locale } from '../create-i18n';
import { formMessage } from './form-messages';
import { FormAlert, FormScope, useFormScope, type Problem } from './form-scope';
import './forms.css';

export interface FormProps extends Omit<FormHTMLAttributes<HTMLFormElement>, 'onSubmit'> {
  /** Sends the form; may return a promise: the form is busy until it settles, and a second submit is ignored. */
  onSubmit(): unknown;
  /** The last refusal of the form's mutation (urql's `error`): shown on its field, or at the top. */
  error?: CombinedError | null;
  /** urql's `fetching`, for what the submit does not await. */
  busy?: boolean;
  /** The form's name for a field the API names in a way the path alone cannot tell (`changes.0.value`). */
  rename?: (field: string) => string;
  /** Shown before the form-level message (a heading inside the form). */
  heading?: ReactNode;
}

/**
 * A form whose errors sit on their fields (see `form-scope.tsx`). The browser's own validation
 * bubbles are off: a required field left empty is marked the same way, in the app's language,
 * before anything is sent.
 */
export function Form({ error, busy, rename, ...props }: FormProps) {
  return (
    <FormScope error={error} busy={busy} rename={rename}>
      <FormElement {...props} />
    </FormScope>
  );
}

function FormElement({ onSubmit, heading, children, ...rest }: Omit<FormProps, 'error' | 'busy' | 'rename'>) {
  const scope = useFormScope()!;
  const { locale } = useSharedI18n();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (scope.isRunning()) return;
    const problems = missingValues(event.currentTarget, scope.fields(), locale);
    scope.showClientProblems(problems.length ? problems : null);
    if (problems.length === 0) void scope.run('submit', onSubmit);
  }

  return (
    <form noValidate {...rest} onSubmit={submit}>
      {heading}
      <FormAlert />
      {children}
    </form>
  );
}

/** Required controls left empty, each on its field (the field registered with its id, or the group around it). */
function missingValues(form: HTMLFormElement, fields: ReadonlyMap<string, { id: string; label: string }>, locale: Locale): Problem[] {
  const problems: Problem[] = [];
  for (const element of Array.from(form.elements)) {
    if (!(element instanceof HTMLInputElement || element instanceof HTMLSelectElement || element instanceof HTMLTextAreaElement)) continue;
    if (!element.willValidate || !element.validity.valueMissing) continue;
    const owner = [...fields].find(([, { id }]) => id === element.id) ?? [...fields].find(([, { id }]) => document.getElementById(id)?.contains(element));
    const label = owner?.[1].label ?? element.labels?.[0]?.textContent ?? element.getAttribute('aria-label') ?? '';
    const choice = element instanceof HTMLSelectElement || element.type === 'radio' || element.type === 'checkbox';
    const problem = { field: owner?.[0] ?? null, message: formMessage(locale, choice ? 'requiredChoice' : 'required', { label }) };
    if (!problems.some((p) => p.field === problem.field && (p.field !== null || p.message === problem.message))) problems.push(problem);
  }
  return problems;
}
