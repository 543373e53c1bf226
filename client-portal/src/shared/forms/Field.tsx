import { cloneElement, type ReactElement, type ReactNode } from 'react';
import { FieldError, useField } from './form-scope';

interface ControlProps {
  id?: string;
  name?: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
}

/**
 * A labelled control of a form: `name` is the API's name for it (`description`, `hostname`); a
 * refusal on it marks the control and shows its message under it. The control keeps its own id
 * (tests and links use it) and its own `aria-describedby`.
 */
export function Field({ name, label, help, hideLabel, className, children }: {
  name: string;
  label: string;
  /** A hint under the control, which describes it. */
  help?: ReactNode;
  /** The label is for screen readers only (a table's inline field). */
  hideLabel?: boolean;
  className?: string;
  children: ReactElement<ControlProps>;
}) {
  const field = useField(name, label, children.props.id);
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={field.id} className={hideLabel ? 'sr-only' : undefined}>{label}</label>
      {cloneElement(children, {
        id: field.id,
        name: children.props.name ?? name,
        'aria-invalid': field.message ? true : undefined,
        'aria-describedby': field.describedBy(children.props['aria-describedby'], help ? field.helpId : null),
      })}
      {help && <p id={field.helpId} className="help">{help}</p>}
      <FieldError field={field} />
    </div>
  );
}

/** Checkboxes or radios that the API names together (`developmentIds`, `kind`): the fieldset is marked, its first control focused. */
export function FieldGroup({ name, legend, hideLegend, className, children }: {
  name: string;
  legend: string;
  /** The legend is for screen readers only (a heading above says the same); the group has no frame until it is marked. */
  hideLegend?: boolean;
  className?: string;
  children: ReactNode;
}) {
  const field = useField(name, legend);
  const classes = [className, hideLegend ? 'unframed' : null].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset id={field.id} className={classes} aria-invalid={field.message ? true : undefined} aria-describedby={field.describedBy()}>
      <legend className={hideLegend ? 'sr-only' : undefined}>{legend}</legend>
      {children}
      <FieldError field={field} />
    </fieldset>
  );
}
