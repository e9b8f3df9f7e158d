import type { Allergies } from '../domain/admission';
import { useI18n } from '../i18n/I18nProvider';

/** The allergies, where a dose is given or a patient is opened: hard to miss, in words. */
export function AllergyBanner({ allergies }: { allergies: Allergies }) {
  const { t } = useI18n();
  const known = allergies.status === 'known';
  return (
    <section
      className={known ? 'allergy-banner allergy-banner-known' : 'allergy-banner'}
      aria-label={t('patients.form.allergiesSection')}
    >
      <strong>
        {known ? '⚠ ' : ''}
        {t('words.label', { label: t('patients.form.allergiesSection') })}
      </strong>{' '}
      {known
        ? allergies.items
            .map((a) =>
              [a.substance, t(`patients.form.severities.${a.severity}`), a.reaction]
                .filter(Boolean)
                .join(' — '),
            )
            .join(t('words.listSeparator'))
        : t('patients.form.noKnownAllergy')}
    </section>
  );
}
