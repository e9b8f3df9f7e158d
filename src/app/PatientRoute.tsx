import { usePatientChart } from '../features/chart/hooks';
import { DamagedPatientNotice } from '../features/integrity/DamagedNotices';
import { PatientRoutes, type PatientAction } from '../features/patient/PatientRoutes';
import type { PatientId } from '../domain/ids';
import { ChartSections } from './ChartSections';
import { go } from './routes';

/**
 * A patient's screens. On the patient's own screen, the log its charting shows is read from
 * here, at the same time as the frame reads the patient and the beds, not after them: one
 * round of reads instead of two before the screen is whole.
 */
export function PatientRoute({
  patientId,
  action,
}: {
  /** Null: the list of the ward's patients. */
  patientId: PatientId | null;
  action: PatientAction | null;
}) {
  return (
    <>
      <DamagedPatientNotice patientId={patientId} />
      {patientId && !action ? (
        // Keyed: another patient's log is never shown while this one's is read.
        <PatientWithChart key={patientId} patientId={patientId} />
      ) : (
        <PatientRoutes patientId={patientId} action={action} onSaved={onSaved} />
      )}
    </>
  );
}

const onSaved = (id: PatientId) => go(`#/patient/${id}`);

function PatientWithChart({ patientId }: { patientId: PatientId }) {
  const events = usePatientChart(patientId);
  return (
    <PatientRoutes
      patientId={patientId}
      action={null}
      onSaved={onSaved}
      charting={(patient, bedLabel) => (
        <ChartSections patient={patient} events={events} bedLabel={bedLabel} />
      )}
    />
  );
}
