import { useCallback, type ReactNode } from 'react';
import type { Bed } from '../../domain/beds';
import type { PatientId } from '../../domain/ids';
import type { PatientState } from '../../domain/patient';
import { useI18n } from '../../i18n/I18nProvider';
import { IdentityBand } from '../../ui/IdentityBand';
import { useBeds } from '../../hooks/beds';
import { useWardToday } from '../../ui/useNow';
import { usePatient } from './hooks';
import '../../ui/patients.css';

export interface FrameContext {
  patient: PatientState;
  beds: Bed[];
  bedLabel: (bedId: string | null) => string | undefined;
}

interface PatientFrameProps {
  patientId: PatientId;
  title?: string;
  /** Where "back" goes: the patient's screen from an action, the board from the patient. */
  back: 'board' | 'patient';
  children: (context: FrameContext) => ReactNode;
}

/** A link to a patient this tablet does not have, or whose id is not one. */
export function PatientNotFound() {
  const { t } = useI18n();
  return (
    <main id="main" className="screen">
      <h1>{t('patients.patient.notFound')}</h1>
      <a href="#/">{t('patients.patient.backToBoard')}</a>
    </main>
  );
}

/** Every screen of a patient: a way back, the title, and the identity band on top. */
export function PatientFrame({ patientId, title, back, children }: PatientFrameProps) {
  const { t } = useI18n();
  const patient = usePatient(patientId);
  const beds = useBeds();
  const today = useWardToday();
  // The same function while the beds stay the same: the charting below is skipped on a
  // render of this screen that changes neither the patient, nor the beds, nor its log.
  const bedLabel = useCallback(
    (bedId: string | null) => beds?.find((b) => b.bedId === bedId)?.label,
    [beds],
  );
  if (patient === undefined || beds === undefined) {
    return <main id="main" className="screen" aria-busy="true" />;
  }
  if (patient === null) return <PatientNotFound />;
  return (
    <main id="main" className="screen">
      <p className="back-link">
        {back === 'board' ? (
          <a href="#/">← {t('patients.patient.backToBoard')}</a>
        ) : (
          <a href={`#/patient/${patient.id}`}>← {t('patients.patient.backToPatient')}</a>
        )}
      </p>
      <IdentityBand identity={patient.identity} today={today} bed={bedLabel(patient.bed)} />
      {title && <h1>{title}</h1>}
      {children({ patient, beds, bedLabel })}
    </main>
  );
}
