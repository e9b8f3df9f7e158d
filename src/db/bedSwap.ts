import type { PatientId } from '../domain/ids';
import { doublyOccupied } from '../domain/moves';
import { ValidationError, type ValidationIssue } from '../domain/validation';
import { buildEvent, writeEvents } from './append';
import { stateOf, timeIssues } from './patientChanges';
import { readPresentPatients } from './presence';
import { writeTransaction } from './projections';
import { wardNow } from './wardTime';

const unique = (issues: ValidationIssue[]) =>
  issues.filter(
    (issue, i) => issues.findIndex((o) => o.path === issue.path && o.code === issue.code) === i,
  );

/**
 * Swaps the beds of two present patients at the same time `at`: two 'patient.moved' events
 * written in one transaction, checked together, so that neither bed is ever occupied twice
 * and a failure writes neither.
 */
export function swapPatients(id: PatientId, otherId: PatientId, at: string | undefined) {
  return writeTransaction(['patient.moved'], async () => {
    const self = await stateOf(id, true);
    const patients = await readPresentPatients(); // only they hold beds
    const other = patients.find((p) => p.id === otherId);
    const { now } = await wardNow();
    const issues = [...(await timeIssues(id, at, now))];
    if (!other || other.status !== 'admitted' || !other.bed || !self.bed || other.id === id) {
      issues.push({ path: 'bedId', code: 'notSwappable' });
    } else {
      issues.push(...(await timeIssues(otherId, at, now)));
      const moves = [
        { patientId: id, bedId: other.bed },
        { patientId: otherId, bedId: self.bed },
      ];
      if (doublyOccupied(patients, moves).length > 0) {
        issues.push({ path: 'bedId', code: 'bedOccupied' });
      }
    }
    if (issues.length > 0 || !other?.bed || !self.bed) throw new ValidationError(unique(issues));
    const events = [
      await buildEvent({ type: 'patient.moved', patientId: id, at, payload: { bedId: other.bed } }),
      await buildEvent({
        type: 'patient.moved',
        patientId: otherId,
        at,
        payload: { bedId: self.bed },
      }),
    ];
    await writeEvents(events);
    return events;
  });
}
