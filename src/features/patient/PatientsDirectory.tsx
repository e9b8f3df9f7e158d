import { useState } from 'react';
import { patientMatches } from '../../domain/board';
import type { PatientState } from '../../domain/patient';
import { isoToDayFirst } from '../../domain/time';
import { useI18n } from '../../i18n/I18nProvider';
import { TextField } from '../../ui/TextField';
import { useBeds } from '../../hooks/beds';
import { useWardPatients } from './hooks';
import '../../ui/patients.css';

const byName = (a: PatientState, b: PatientState) =>
  a.identity.birthName.localeCompare(b.identity.birthName, 'fr') ||
  a.identity.firstName.localeCompare(b.identity.firstName, 'fr');

/** Every patient of this tablet, present or discharged: where a readmission starts. */
export function PatientsDirectory() {
  const { t, formatDateTime } = useI18n();
  const patients = useWardPatients();
  const beds = useBeds();
  const [query, setQuery] = useState('');
  const found = (patients ?? [])
    .filter((p) => !query.trim() || patientMatches(p, query))
    .sort(byName);
  const groups = [
    {
      key: 'present',
      title: t('patients.patient.present'),
      list: found.filter((p) => p.status === 'admitted'),
    },
    {
      key: 'discharged',
      title: t('patients.patient.discharged'),
      list: found.filter((p) => p.status !== 'admitted'),
    },
  ];
  return (
    <main id="main" className="screen">
      <h1>{t('patients.patient.directoryTitle')}</h1>
      <p>{t('patients.patient.directoryIntro')}</p>
      <a className="button button-primary" href="#/admit">
        {t('patients.board.admit')}
      </a>
      <div className="search-row">
        <TextField
          type="search"
          label={t('patients.board.searchLabel')}
          hint={t('patients.board.searchHint')}
          value={query}
          onValue={setQuery}
        />
      </div>
      {groups.map((group) => (
        <section key={group.key} aria-labelledby={`group-${group.key}`} className="panel">
          <h2 id={`group-${group.key}`}>{group.title}</h2>
          {group.list.length === 0 && <p>{t('patients.patient.none')}</p>}
          <ul className="choice-list">
            {group.list.map((p) => {
              const bed = beds?.find((b) => b.bedId === p.bed)?.label;
              return (
                <li key={p.id}>
                  <a className="choice" href={`#/patient/${p.id}`}>
                    <span className="choice-main">
                      {p.identity.birthName.toLocaleUpperCase('fr')}
                      {p.identity.usedName &&
                        ` (${p.identity.usedName.toLocaleUpperCase('fr')})`}{' '}
                      {p.identity.firstName} — {isoToDayFirst(p.identity.birthDate)}
                    </span>
                    <span className="choice-detail">
                      {p.identity.ipp ?? p.identity.tempId} —{' '}
                      {p.status === 'admitted'
                        ? bed
                          ? t('patients.patient.inBed', { bed })
                          : t('patients.patient.noBed')
                        : t('patients.patient.dischargedOn', {
                            date: formatDateTime(p.dischargedAt ?? p.admittedAt),
                            sex: p.identity.sex,
                          })}
                    </span>
                  </a>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </main>
  );
}
