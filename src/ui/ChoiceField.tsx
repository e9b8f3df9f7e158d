import { useId, type ReactNode } from 'react';

interface ChoiceFieldProps {
  legend: string;
  hint?: string;
  error?: string | undefined;
  /** Laid out in a row when the choices are short. */
  inline?: boolean;
  children: ReactNode;
}

/** A group of radios or checkboxes with its legend, hint and error, for screen readers too. */
export function ChoiceField({ legend, hint, error, inline, children }: ChoiceFieldProps) {
  const id = useId();
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  return (
    <fieldset
      className={`choice-field${error ? ' choice-field-invalid' : ''}`}
      aria-describedby={describedBy || undefined}
    >
      <legend>{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      <div className={inline ? 'choices choices-inline' : 'choices'}>{children}</div>
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}

interface ChoiceProps {
  type: 'radio' | 'checkbox';
  name: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

/** One radio or checkbox with a label large enough for a gloved finger. */
export function Choice({ type, name, label, checked, onChange }: ChoiceProps) {
  return (
    <label className="choice-option">
      <input
        type={type}
        name={name}
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
      />
      <span>{label}</span>
    </label>
  );
}
