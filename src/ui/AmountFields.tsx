import { DOSE_UNITS, type DoseUnit } from '../domain/doseAmounts';
import { useI18n } from '../i18n/I18nProvider';
import { Field } from './Field';
import { TextField } from './TextField';

interface AmountFieldsProps {
  labels: { value: string; unit: string; hint?: string };
  value: string;
  unit: DoseUnit | '';
  onValue: (value: string) => void;
  onUnit: (unit: DoseUnit) => void;
  errors: { value?: string | undefined; unit?: string | undefined };
}

/** An amount as typed ("1,5") and its unit: a dose, or a maximum per 24 h. */
export function AmountFields({ labels, value, unit, onValue, onUnit, errors }: AmountFieldsProps) {
  const { t } = useI18n();
  return (
    <>
      <TextField
        label={labels.value}
        hint={labels.hint}
        error={errors.value}
        inputMode="decimal"
        className="input-short"
        value={value}
        onValue={onValue}
      />
      <Field label={labels.unit} error={errors.unit}>
        {(props) => (
          <select {...props} value={unit} onChange={(e) => onUnit(e.target.value as DoseUnit)}>
            <option value="">{t('patients.form.choose')}</option>
            {DOSE_UNITS.map((each) => (
              <option key={each} value={each}>
                {t(`charting.meds.units.${each}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
    </>
  );
}
