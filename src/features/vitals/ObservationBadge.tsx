import type { WardEvent } from '../../domain/events';
import type { PatientState } from '../../domain/patient';
import { observationDue } from '../../domain/vitalsChart';
import { useNow } from '../../ui/useNow';
import { News2Badge, ObservationStatus } from './News2Display';
import { useTimeZone } from '../../ui/wardTime';

/** On a bed card: the last NEWS2 and when observations are next due, overdue standing out. */
export function ObservationBadge({
  patient,
  last,
}: {
  patient: PatientState;
  /** The last full set of the stay (null: none yet; undefined: still being read), from the board. */
  last: WardEvent<'vitals.recorded'> | null | undefined;
}) {
  const now = useNow();
  const timeZone = useTimeZone();
  if (last === undefined) return null;
  const due = observationDue(last ? [last] : [], now, patient.header.spo2Scale ?? 1, timeZone);
  const late = due.status === 'late' || due.status === 'never';
  return (
    <span className={late ? 'card-obs card-obs-late' : 'card-obs'} data-testid="card-obs">
      {due.last?.news2 && <News2Badge result={due.last.news2} />}
      <ObservationStatus due={due} />
    </span>
  );
}
