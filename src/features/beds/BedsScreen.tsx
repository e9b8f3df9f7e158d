import { useI18n } from '../../i18n/I18nProvider';
import { AddBedForm, AddBedSeriesForm } from './AddBedForms';
import { BedRow } from './BedRow';
import { useBeds } from '../../hooks/beds';
import '../../ui/patients.css';

/** The ward's beds: add a series or one bed, order them, rename, close and reopen. */
export function BedsScreen() {
  const { t } = useI18n();
  const beds = useBeds();
  return (
    <main id="main" className="screen">
      <p className="back-link">
        <a href="#/">← {t('patients.patient.backToBoard')}</a>
      </p>
      <h1>{t('patients.beds.title')}</h1>
      <p>{t('patients.beds.intro')}</p>
      <div className="beds-forms">
        <AddBedSeriesForm />
        <AddBedForm />
      </div>
      <section aria-labelledby="bed-list-title" className="panel">
        <h2 id="bed-list-title">
          {t('patients.beds.listTitle')} ({beds?.length ?? 0})
        </h2>
        {beds?.length === 0 && <p>{t('patients.beds.empty')}</p>}
        <ol className="bed-list">
          {beds?.map((bed, index) => (
            <BedRow
              key={bed.bedId}
              bed={bed}
              first={index === 0}
              last={index === beds.length - 1}
            />
          ))}
        </ol>
      </section>
    </main>
  );
}

/** In Settings: how many beds, and the way to set them up. */
export function BedsSummary() {
  const { t } = useI18n();
  const beds = useBeds();
  return (
    <section aria-labelledby="beds-summary-title" className="panel">
      <h2 id="beds-summary-title">{t('patients.beds.title')}</h2>
      <p>{t('patients.beds.summary', { count: beds?.length ?? 0 })}</p>
      <a className="button button-secondary" href="#/beds">
        {t('patients.beds.configure')}
      </a>
    </section>
  );
}
