import { useI18n } from '../../i18n/I18nProvider';
import { useDamagedRecords, usePatientDamage } from './hooks';

/** Above every screen while a damaged record is known: the ward works, here is where to look. */
export function DamagedBanner() {
  const { t } = useI18n();
  const count = useDamagedRecords().length;
  if (count === 0) return null;
  return (
    <div className="notice notice-error damaged-banner" role="status">
      <strong>{t('integrity.banner.title')}</strong> {t('integrity.banner.text', { count })}{' '}
      <a href="#/settings#integrity-title">{t('integrity.banner.link')}</a>
    </div>
  );
}

/** On a patient's screens: the record, or some of its entries, cannot be read here. */
export function DamagedPatientNotice({ patientId }: { patientId: string | null }) {
  const { t } = useI18n();
  const { projection, entries } = usePatientDamage(patientId);
  if (!projection && entries === 0) return null;
  return (
    <section className="notice notice-error" role="alert" aria-labelledby="damaged-patient-title">
      <h2 id="damaged-patient-title">{t('integrity.patient.title')}</h2>
      {projection && <p>{t('integrity.patient.damagedRecord')}</p>}
      {entries > 0 && <p>{t('integrity.patient.damagedEntries', { count: entries })}</p>}
      <p>{t('integrity.patient.whatToDo')}</p>
    </section>
  );
}
