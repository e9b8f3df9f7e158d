import { useI18n } from '../../i18n/I18nProvider';
import { usePatientsOnWard, useWardName } from './hooks';
import { WardJournal } from './WardJournal';

/** The ward at a glance: who is in which bed, and the ward's log book. */
export function BoardScreen() {
  const { t } = useI18n();
  const wardName = useWardName();
  const patients = usePatientsOnWard();
  return (
    <main id="main" className="screen">
      <h1>{t('board.title', { name: wardName ?? '' })}</h1>
      <section aria-labelledby="patients-title" className="panel">
        <h2 id="patients-title">{t('board.patientsTitle')}</h2>
        {patients?.length === 0 && <p>{t('board.noPatients')}</p>}
        <ul className="cards">
          {patients?.map((p) => (
            <li key={p.id}>
              <a className="card" href={`#/patient/${p.id}`}>
                <span className="card-bed">
                  {p.bed ? t('board.bed', { bed: p.bed }) : t('board.noBed')}
                </span>
                <span className="card-name">
                  {p.identity.birthName} {p.identity.firstName}
                </span>
              </a>
            </li>
          ))}
        </ul>
      </section>
      <WardJournal />
    </main>
  );
}
