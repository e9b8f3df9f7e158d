import type { Identity } from '../domain/identity';
import { ageOn, isoToDayFirst } from '../domain/time';
import { useI18n } from '../i18n/I18nProvider';
import './identityBand.css';

export interface IdentityBandProps {
  identity: Identity;
  /** The ward's date (YYYY-MM-DD) for the age; without it no age is shown (e.g. on archives). */
  today?: string;
  /** Where the patient is, as read on the door. */
  bed?: string | null;
}

/** "76 ans", or months under two years: a dose or a chart differs for a baby. */
export function useAgeText() {
  const { t } = useI18n();
  return (birthDate: string, today: string) => {
    const { years, months } = ageOn(birthDate, today);
    if (years >= 2) return t('patients.identity.ageYears', { count: years });
    return t(months === 1 ? 'patients.identity.ageMonth' : 'patients.identity.ageMonths', {
      count: months,
    });
  };
}

/**
 * The identity traits of a patient, the same on every screen and every printed page:
 * birth name in capitals, used name, first name, date of birth, sex, and the identifier
 * (a temporary one marked as such). Props only, no data access, so print can use it.
 */
export function IdentityBand({ identity, today, bed }: IdentityBandProps) {
  const { t } = useI18n();
  const ageText = useAgeText();
  const upper = (name: string) => name.toLocaleUpperCase('fr');
  return (
    <section className="identity-band" aria-label={t('patients.identity.bandLabel')}>
      <p className="identity-names">
        <span className="identity-birth-name">{upper(identity.birthName)}</span>
        {identity.usedName && (
          <span className="identity-used-name">
            {t('patients.identity.usedNameIs', { name: upper(identity.usedName) })}
          </span>
        )}
        <span className="identity-first-name">{identity.firstName}</span>
      </p>
      <dl className="identity-traits">
        <div>
          <dt>{t('patients.identity.birthDate')}</dt>
          <dd>
            {isoToDayFirst(identity.birthDate)}
            {today && ` (${ageText(identity.birthDate, today)})`}
          </dd>
        </div>
        <div>
          <dt>{t('patients.identity.sex')}</dt>
          <dd>{t(`patients.identity.sexes.${identity.sex}`)}</dd>
        </div>
        {identity.ipp && (
          <div>
            <dt>{t('patients.identity.ipp')}</dt>
            <dd className="mono">{identity.ipp}</dd>
          </div>
        )}
        {identity.tempId && (
          <div className={identity.ipp ? undefined : 'identity-temporary'}>
            <dt>
              {t('patients.identity.tempId')}
              {!identity.ipp && <strong> — {t('patients.identity.temporary')}</strong>}
            </dt>
            <dd className="mono">{identity.tempId}</dd>
          </div>
        )}
        {identity.firstNames && (
          <div>
            <dt>{t('patients.identity.firstNames')}</dt>
            <dd>{identity.firstNames}</dd>
          </div>
        )}
        {identity.usedFirstName && (
          <div>
            <dt>{t('patients.identity.usedFirstName')}</dt>
            <dd>{identity.usedFirstName}</dd>
          </div>
        )}
        {identity.birthPlaceCode && (
          <div>
            <dt>{t('patients.identity.birthPlaceCode')}</dt>
            <dd className="mono">{identity.birthPlaceCode}</dd>
          </div>
        )}
        {bed && (
          <div>
            <dt>{t('patients.identity.bed')}</dt>
            <dd>{bed}</dd>
          </div>
        )}
      </dl>
    </section>
  );
}
