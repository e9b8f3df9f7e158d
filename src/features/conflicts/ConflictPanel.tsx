import type { WardEvent } from '../../domain/events';
import type { PatientState } from '../../domain/patient';
import { useBeds } from '../../hooks/beds';
import { useI18n } from '../../i18n/I18nProvider';
import { byId, useConflictText } from './conflictText';
import { ConflictItem } from './ConflictItem';
import { usePatientConflicts } from './hooks';
import '../../ui/patients.css';
import '../../ui/conflicts.css';

/**
 * At the top of a patient's screen: what two tablets recorded at the same time about this
 * patient, each entry with its author, time and tablet, and the action that settles it.
 * Nothing when there is none.
 */
export function ConflictPanel({
  patient,
  events,
}: {
  patient: PatientState;
  /** The patient's whole log, as the screen read it. */
  events: readonly WardEvent[];
}) {
  const { t } = useI18n();
  const read = usePatientConflicts(patient.id, events);
  const text = useConflictText(useBeds());
  if (!read || read.conflicts.length === 0) return null;
  const people = byId(read.patients);
  return (
    <section className="panel conflicts" aria-labelledby="patient-conflicts-title">
      <h2 id="patient-conflicts-title">{t('conflicts.title')}</h2>
      <p>{t('conflicts.patientIntro')}</p>
      {read.conflicts.map((conflict) => (
        <ConflictItem
          key={conflict.key}
          conflict={conflict}
          self={patient}
          events={events}
          people={people}
          kind={text.kind}
          entry={text.entry}
        />
      ))}
    </section>
  );
}
