import { useState, type FormEvent } from 'react';
import { GLUCOSE_ENTRY_UNITS, type GlucoseEntryUnit } from '../../domain/vitals';
import { useI18n } from '../../i18n/I18nProvider';
import { Choice, ChoiceField } from '../../ui/ChoiceField';
import { FormStatusNotice } from '../../ui/FormStatusNotice';
import { Notice } from '../../ui/Notice';
import { useWriteForm } from '../../ui/useWriteForm';
import { tryChangeWardSettings, useWardSettings } from './hooks';
import { WardTimeZoneForm } from './WardTimeZoneForm';

/**
 * Settings of the whole ward (in its log, so every tablet gets them): the glycaemia unit and
 * the time zone.
 */
export function WardSettingsSection() {
  const { t } = useI18n();
  const settings = useWardSettings();
  const form = useWriteForm();
  // What the nurse picked; until then the ward's unit, live.
  const [picked, setPicked] = useState<GlucoseEntryUnit | null>(null);
  const [unchanged, setUnchanged] = useState(false);
  const unit = picked ?? settings?.glucoseUnit;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!unit) return;
    const written = await form.submit(() => tryChangeWardSettings({ glucoseUnit: unit }));
    setUnchanged(written === false);
    if (written !== undefined) setPicked(null);
  }

  return (
    <section aria-labelledby="ward-settings-title" className="panel">
      <h2 id="ward-settings-title">{t('printVitals.wardSettings.title')}</h2>
      <p>{t('printVitals.wardSettings.intro')}</p>
      <form onSubmit={(event) => void onSubmit(event)} noValidate autoComplete="off">
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
              checked={unit === option}
              onChange={() => {
                setPicked(option);
                form.reset();
              }}
            />
          ))}
        </ChoiceField>
        {unchanged && form.status.state === 'saved' ? (
          <Notice tone="info">
            {t('printVitals.wardSettings.unchanged', { unit: unit ?? '' })}
          </Notice>
        ) : (
          <FormStatusNotice
            status={form.status}
            saved={t('printVitals.wardSettings.saved', { unit: unit ?? '' })}
          />
        )}
        <button
          type="submit"
          className="button-secondary"
          disabled={!unit || form.status.state === 'saving'}
        >
          {t('printVitals.wardSettings.save')}
        </button>
      </form>
      <WardTimeZoneForm />
    </section>
  );
}
