import { isType, type WardEvent } from '../domain/events';
import type { PatientId } from '../domain/ids';
import type { PatientState } from '../domain/patient';
import { db } from './db';
import { readEscalationSources } from './escalationWrites';

/** What a bed card shows of charting: the last full vitals set of the stay, and a call due. */
export interface CardCharting {
  last: WardEvent<'vitals.recorded'> | null;
  /** The last set and the calls and corrections since (domain/escalation). */
  escalation: WardEvent[];
}

/**
 * Every card's charting in one read transaction (issue 12): the board had one live query per
 * card and badge, 60 for 30 beds, each reading the last set again in its own transactions.
 */
export function readBoardCharting(
  patients: readonly Pick<PatientState, 'id' | 'admittedAt'>[],
): Promise<Map<PatientId, CardCharting>> {
  return db.transaction('r', [db.lastVitals, db.events], async () => {
    const read = await Promise.all(
      patients.map(async (patient) => {
        const escalation = await readEscalationSources(patient);
        // The sources start with the last set of the stay, when there is one.
        const first = escalation[0];
        const last = first && isType(first, 'vitals.recorded') ? first : null;
        return [patient.id, { last, escalation }] as const;
      }),
    );
    return new Map(read);
  });
}
