import type { LevelOfCare } from '../domain/admission';
import { useI18n } from '../i18n/I18nProvider';

/**
 * The patient's level of care, where a decision is made (top of the patient screen, vitals
 * form): a limitation of treatment stands out, and "not discussed" is said as such.
 */
export function LevelOfCareBanner({ level }: { level: LevelOfCare | undefined }) {
  const { t } = useI18n();
  const limited = level !== undefined && level !== 'full';
  return (
    <p
      className={limited ? 'level-banner level-banner-limited' : 'level-banner'}
      data-testid="level-of-care"
    >
      <strong>{t('words.label', { label: t('escalation.level.label') })}</strong>{' '}
      {level ? t(`patients.form.levels.${level}`) : t('patients.form.levelNotSet')}
    </p>
  );
}

/** On a bed card: only a limitation of treatment, in a word ("Limitation : pas de réa"). */
export function LevelOfCareBadge({ level }: { level: LevelOfCare | undefined }) {
  const { t } = useI18n();
  if (level === undefined || level === 'full') return null;
  return (
    <span className="badge badge-limitation" data-testid="card-level">
      {t('escalation.level.card', { level: t(`escalation.level.short.${level}`) })}
    </span>
  );
}
