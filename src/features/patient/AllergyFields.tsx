import { ALLERGY_SEVERITIES, type AllergySeverity } from '../../domain/admission';
import { useI18n } from '../../i18n/I18nProvider';
import { Choice, ChoiceField } from '../../ui/ChoiceField';
import { Field } from '../../ui/Field';
import { TextField } from '../../ui/TextField';
import { emptyAllergy, type AllergyValues } from './admissionValues';
import type { SectionProps } from './IdentityFields';

/** Allergies are asked and answered: none known, or the list with reaction and severity. */
export function AllergyFields({ values, onChange, error }: SectionProps) {
  const { t } = useI18n();
  const setItem = (index: number, patch: Partial<AllergyValues>) =>
    onChange({
      allergies: values.allergies.map((item, i) => (i === index ? { ...item, ...patch } : item)),
    });
  const known = values.allergyStatus === 'known';
  return (
    <fieldset>
      <legend>{t('patients.form.allergiesSection')}</legend>
      <ChoiceField
        legend={`${t('patients.form.allergiesQuestion')} ${t('patients.form.requiredMark')}`}
        error={error('allergies') ?? error('allergies.items')}
        inline
      >
        <Choice
          type="radio"
          name="allergies"
          label={t('patients.form.noKnownAllergy')}
          checked={values.allergyStatus === 'noneKnown'}
          onChange={() => onChange({ allergyStatus: 'noneKnown' })}
        />
        <Choice
          type="radio"
          name="allergies"
          label={t('patients.form.knownAllergies')}
          checked={known}
          onChange={() =>
            onChange({
              allergyStatus: 'known',
              allergies: values.allergies.length > 0 ? values.allergies : [emptyAllergy],
            })
          }
        />
      </ChoiceField>
      {known &&
        values.allergies.map((item, index) => {
          const at = (field: string) => error(`allergies.items.${index}.${field}`);
          const n = index + 1;
          return (
            <div
              key={index}
              className="allergy-row"
              role="group"
              aria-label={t('patients.form.allergyN', { n })}
            >
              <TextField
                label={t('patients.form.substance')}
                error={at('substance') ?? error(`allergies.items.${index}`)}
                value={item.substance}
                onValue={(substance) => setItem(index, { substance })}
              />
              <TextField
                label={t('patients.form.reaction')}
                error={at('reaction')}
                value={item.reaction}
                onValue={(reaction) => setItem(index, { reaction })}
              />
              <Field label={t('patients.form.severity')} error={at('severity')}>
                {(props) => (
                  <select
                    {...props}
                    value={item.severity}
                    onChange={(e) =>
                      setItem(index, { severity: e.target.value as AllergySeverity })
                    }
                  >
                    <option value="">{t('patients.form.choose')}</option>
                    {ALLERGY_SEVERITIES.map((severity) => (
                      <option key={severity} value={severity}>
                        {t(`patients.form.severities.${severity}`)}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <button
                type="button"
                className="button-secondary"
                onClick={() =>
                  onChange({ allergies: values.allergies.filter((_, i) => i !== index) })
                }
              >
                {t('patients.form.removeAllergy', { n })}
              </button>
            </div>
          );
        })}
      {known && (
        <button
          type="button"
          className="button-secondary"
          onClick={() => onChange({ allergies: [...values.allergies, emptyAllergy] })}
        >
          {t('patients.form.addAllergy')}
        </button>
      )}
    </fieldset>
  );
}
