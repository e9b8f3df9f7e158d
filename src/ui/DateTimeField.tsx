import { useId } from 'react';
import { useI18n } from '../i18n/I18nProvider';

export interface TypedDateTime {
  /** Day first, as typed: 29/11/2026. */
  date: string;
  /** 24 h, as typed: 19:05. */
  time: string;
}

interface DateTimeFieldProps {
  legend: string;
  value: TypedDateTime;
  onChange: (value: TypedDateTime) => void;
  /** Sets the field to the current date and time. */
  onNow: () => void;
  /** The button's text when it does something else ("Sans fin" empties an end date). */
  nowLabel?: string;
  error?: string | undefined;
}

/**
 * A date and a time typed day first on a 24 h clock. A native datetime picker follows the
 * browser's language (AM/PM on an English tablet) and cannot keep an impossible date as typed.
 */
export function DateTimeField({
  legend,
  value,
  onChange,
  onNow,
  nowLabel,
  error,
}: DateTimeFieldProps) {
  const { t } = useI18n();
  const id = useId();
  const errorId = error ? `${id}-error` : undefined;
  return (
    <fieldset className="choice-field date-time" aria-describedby={errorId}>
      <legend>{legend}</legend>
      <div className="inline-fields">
        <div className="field">
          <label htmlFor={`${id}-date`}>{t('patients.form.date')}</label>
          <input
            id={`${id}-date`}
            className="input-medium"
            inputMode="numeric"
            autoComplete="off"
            aria-invalid={Boolean(error)}
            value={value.date}
            onChange={(e) => onChange({ ...value, date: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-time`}>{t('patients.form.time')}</label>
          <input
            id={`${id}-time`}
            className="input-short"
            inputMode="numeric"
            autoComplete="off"
            aria-invalid={Boolean(error)}
            value={value.time}
            onChange={(e) => onChange({ ...value, time: e.target.value })}
          />
        </div>
        <button type="button" className="button-secondary date-time-now" onClick={onNow}>
          {nowLabel ?? t('patients.form.now')}
        </button>
      </div>
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
