import type { ReactNode } from 'react';
import {
  allergiesUnknown,
  hasAllergies,
  isIsolated,
  isolationUnknown,
  type BoardSlot,
} from '../../domain/board';
import type { PatientState } from '../../domain/patient';
import { useI18n } from '../../i18n/I18nProvider';
import { useAgeText } from '../../ui/IdentityBand';
import { LevelOfCareBadge } from '../../ui/LevelOfCare';

/** The essentials of a patient on a card: names, age, sex, and what to know at the door. */
export function PatientSummary({ patient, today }: { patient: PatientState; today: string }) {
  const { t } = useI18n();
  const ageText = useAgeText();
  const { identity, header } = patient;
  const isolation = (header.isolation ?? [])
    .filter((p) => p !== 'none')
    .map((p) => t(`patients.form.isolations.${p}`))
    .join(', ');
  return (
    <>
      <span className="card-name">
        <span className="card-birth-name">{identity.birthName.toLocaleUpperCase('fr')}</span>
        {identity.usedName && (
          <span className="card-used-name"> ({identity.usedName.toLocaleUpperCase('fr')})</span>
        )}
      </span>
      <span className="card-first-name">{identity.firstName}</span>
      <span className="card-age">
        {ageText(identity.birthDate, today)} · {t(`patients.identity.sexes.${identity.sex}`)}
      </span>
      <span className="card-flags">
        {hasAllergies(patient) && (
          <span className="badge badge-allergy">{t('patients.board.allergy')}</span>
        )}
        {allergiesUnknown(patient) && (
          <span className="badge badge-allergy">{t('printHeader.unrecorded')}</span>
        )}
        {isIsolated(patient) && (
          <span className="badge badge-isolation">
            {t('patients.board.isolation', { kinds: isolation })}
          </span>
        )}
        {isolationUnknown(patient) && (
          <span className="badge badge-isolation">{t('censusGaps.isolationUnrecorded')}</span>
        )}
        <LevelOfCareBadge level={header.levelOfCare} />
        {identity.tempId && !identity.ipp && (
          <span className="badge badge-temporary">{t('patients.board.temporary')}</span>
        )}
      </span>
    </>
  );
}

interface BedCardProps {
  slot: BoardSlot;
  today: string;
  /** Room for what charting adds later (NEWS2, care due), under the identity. */
  indicators?: (patient: PatientState) => ReactNode;
}

/** A bed on the board: free (tap to admit), unavailable, or its patient (tap to open). */
export function BedCard({ slot, today, indicators }: BedCardProps) {
  const { t } = useI18n();
  const { bed, patients } = slot;
  const title = (
    <span className="card-bed">
      {t('patients.board.bed', { label: bed.label })}
      {bed.room && (
        <span className="card-room"> · {t('patients.board.room', { room: bed.room })}</span>
      )}
    </span>
  );
  if (patients.length === 0) {
    return bed.unavailable ? (
      <div className="card card-unavailable">
        {title}
        <span className="card-state">{t('patients.board.unavailable')}</span>
      </div>
    ) : (
      <a className="card card-free" href={`#/admit/${bed.bedId}`}>
        {title}
        <span className="card-state">{t('patients.board.free')}</span>
        <span className="card-action">{t('patients.board.admitHere')}</span>
      </a>
    );
  }
  return (
    <div className={patients.length > 1 ? 'card-group card-conflict' : 'card-group'}>
      {patients.length > 1 && <p className="card-warning">{t('patients.board.twoInBed')}</p>}
      {patients.map((patient) => (
        <a key={patient.id} className="card card-occupied" href={`#/patient/${patient.id}`}>
          {title}
          <PatientSummary patient={patient} today={today} />
          {indicators?.(patient)}
        </a>
      ))}
    </div>
  );
}
