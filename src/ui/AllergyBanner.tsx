import type { Allergies } from '../domain/admission';
import { useI18n } from '../i18n/I18nProvider';

/**
 * The allergies, where a dose is given or a patient is opened: hard to miss, in words.
 * Absent (an imported census that did not say) is "not recorded", shown as a warning.
 */
export function AllergyBanner({ allergies }: { allergies: Allergies | undefined }) {
  const { t } = useI18n();
  const alert = allergies?.status !== 'noneKnown';
  const text = !allergies
    ? `${t('printHeader.unrecorded')} — ${t('printHeader.unrecordedHint')}`
    : allergies.status === 'known'
      ? allergies.items
          .map((a) =>
            [a.substance, t(`patients.form.severities.${a.severity}`), a.reaction]
              .filter(Boolean)
              .join(' — '),
          )
          .join(t('words.listSeparator'))
      : t('patients.form.noKnownAllergy');
  return (
    <section
      className={alert ? 'allergy-banner allergy-banner-known' : 'allergy-banner'}
      aria-label={t('patients.form.allergiesSection')}
    >
      <strong>
        {alert ? '⚠ ' : ''}
        {t('words.label', { label: t('patients.form.allergiesSection') })}
      </strong>{' '}
      {text}
    </section>
  );
}
