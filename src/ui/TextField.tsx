import type { InputHTMLAttributes } from 'react';
import { Field } from './Field';

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'id'>;

interface TextFieldProps extends InputProps {
  label: string;
  hint?: string;
  error?: string | undefined;
  value: string;
  onValue: (value: string) => void;
  /** A textarea, for free text. */
  multiline?: boolean;
}

/** A labelled text input (or textarea) that keeps what is typed, wired to its hint and error. */
export function TextField({
  label,
  hint,
  error,
  value,
  onValue,
  multiline,
  ...rest
}: TextFieldProps) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(props) =>
        multiline ? (
          <textarea
            autoComplete="off"
            {...props}
            rows={3}
            value={value}
            onChange={(e) => onValue(e.target.value)}
          />
        ) : (
          <input
            autoComplete="off"
            {...rest}
            {...props}
            value={value}
            onChange={(e) => onValue(e.target.value)}
          />
        )
      }
    </Field>
  );
}
