import { ISOLATION_PRECAUTIONS, LEVELS_OF_CARE, type LevelOfCare } from '../../domain/admission';
import { useI18n } from '../../i18n/I18nProvider';
import { Choice, ChoiceField } from '../../ui/ChoiceField';
import { Field } from '../../ui/Field';
import { TextField } from '../../ui/TextField';
import type { SectionProps } from './IdentityFields';

/** Measures, isolation, diet, level of care, trusted person and a free note. */
export function CareFields({ values, onChange, error }: SectionProps) {
  const { t } = useI18n();
  const toggle = (precaution: (typeof ISOLATION_PRECAUTIONS)[number], on: boolean) => {
    // "None" is an answer on its own: choosing it clears the others, and the reverse.
    const others = values.isolation.filter((p) => p !== precaution);
    const kept = precaution === 'none' ? [] : others.filter((p) => p !== 'none');
    onChange({ isolation: on ? [...kept, precaution] : others });
  };
  return (
    <>
      <fieldset>
        <legend>{t('patients.form.careSection')}</legend>
        <ChoiceField
          legend={`${t('patients.form.isolation')} ${t('patients.form.requiredMark')}`}
          error={error('isolation')}
          inline
        >
          {ISOLATION_PRECAUTIONS.map((precaution) => (
            <Choice
              key={precaution}
              type="checkbox"
              name="isolation"
              label={t(`patients.form.isolations.${precaution}`)}
              checked={values.isolation.includes(precaution)}
              onChange={(on) => toggle(precaution, on)}
            />
          ))}
        </ChoiceField>
        <div className="form-grid">
          <TextField
            label={t('patients.form.weight')}
            error={error('weightKg')}
            value={values.weight}
            onValue={(weight) => onChange({ weight })}
            inputMode="decimal"
            className="input-short"
          />
          <TextField
            label={t('patients.form.height')}
            error={error('heightCm')}
            value={values.height}
            onValue={(height) => onChange({ height })}
            inputMode="decimal"
            className="input-short"
          />
          <TextField
            label={t('patients.form.diet')}
            error={error('diet')}
            value={values.diet}
            onValue={(diet) => onChange({ diet })}
          />
          <Field label={t('patients.form.levelOfCare')} error={error('levelOfCare')}>
            {(props) => (
              <select
                {...props}
                value={values.levelOfCare}
                onChange={(e) => onChange({ levelOfCare: e.target.value as LevelOfCare | '' })}
              >
                <option value="">{t('patients.form.levelNotSet')}</option>
                {LEVELS_OF_CARE.map((level) => (
                  <option key={level} value={level}>
                    {t(`patients.form.levels.${level}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <TextField
          label={t('patients.form.note')}
          error={error('note')}
          value={values.note}
          onValue={(note) => onChange({ note })}
          multiline
        />
      </fieldset>
      <fieldset>
        <legend>{t('patients.form.trustedSection')}</legend>
        <div className="form-grid">
          <TextField
            label={t('patients.form.trustedName')}
            error={error('trustedPerson.name')}
            value={values.trustedName}
            onValue={(trustedName) => onChange({ trustedName })}
          />
          <TextField
            label={t('patients.form.trustedPhone')}
            error={error('trustedPerson.phone')}
            value={values.trustedPhone}
            onValue={(trustedPhone) => onChange({ trustedPhone })}
            type="tel"
          />
          <TextField
            label={t('patients.form.trustedRelationship')}
            error={error('trustedPerson.relationship')}
            value={values.trustedRelationship}
            onValue={(trustedRelationship) => onChange({ trustedRelationship })}
          />
        </div>
      </fieldset>
    </>
  );
}
