import { GLUCOSE_ENTRY_UNITS, type GlucoseEntryUnit } from '../../domain/vitals';
import { useI18n } from '../../i18n/I18nProvider';
import { Choice, ChoiceField } from '../../ui/ChoiceField';
import { useWardSettings } from './hooks';
import { SettingSave, useSettingChoice } from './SettingChoice';
import { WardTimeZoneForm } from './WardTimeZoneForm';

/**
 * Settings of the whole ward (in its log, so every tablet gets them): the glycaemia unit and
 * the time zone.
 */
export function WardSettingsSection() {
  const { t } = useI18n();
  const choice = useSettingChoice<GlucoseEntryUnit>(
    useWardSettings()?.glucoseUnit,
    (glucoseUnit) => ({ glucoseUnit }),
  );
  const unit = choice.value ?? '';

  return (
    <section aria-labelledby="ward-settings-title" className="panel">
      <h2 id="ward-settings-title">{t('printVitals.wardSettings.title')}</h2>
      <p>{t('printVitals.wardSettings.intro')}</p>
      <form onSubmit={(event) => void choice.onSubmit(event)} noValidate autoComplete="off">
        <ChoiceField
          legend={t('printVitals.wardSettings.glucoseUnit')}
          hint={t('printVitals.wardSettings.glucoseHint')}
          inline
        >
          {GLUCOSE_ENTRY_UNITS.map((option) => (
            <Choice
              key={option}
              type="radio"
              name="ward-glucose-unit"
              label={option}
              checked={choice.value === option}
              onChange={() => choice.pick(option)}
            />
          ))}
        </ChoiceField>
        <SettingSave
          choice={choice}
          saved={t('printVitals.wardSettings.saved', { unit })}
          unchanged={t('printVitals.wardSettings.unchanged', { unit })}
          label={t('printVitals.wardSettings.save')}
        />
      </form>
      <WardTimeZoneForm />
    </section>
  );
}
