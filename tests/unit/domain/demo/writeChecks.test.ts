import { describe, expect, it } from 'vitest';
import {
  checkAdministration,
  checkPrescription,
  checkStop,
} from '../../../../src/domain/administration';
import { checkCareDone, checkCareStop } from '../../../../src/domain/carePlan';
import { demoWard } from '../../../../src/domain/demo/demoWard';
import type { WardEvent } from '../../../../src/domain/events';
import type { ValidationIssue } from '../../../../src/domain/validation';

/** What the app's write path would say of each entry, against the log as it stood then. */
function refusals(events: readonly WardEvent[]): { event: WardEvent; issues: ValidationIssue[] }[] {
  const logs = new Map<string, WardEvent[]>();
  const found: { event: WardEvent; issues: ValidationIssue[] }[] = [];
  let doses = 0;
  for (const event of events) {
    if (event.patientId === null) continue;
    // Every prescription and stop; one dose or care in three (the checks fold the whole log).
    const sampled =
      (event.type !== 'med.administered' && event.type !== 'care.done') || doses++ % 3 === 0;
    const log = logs.get(event.patientId) ?? [];
    const now = event.recordedAt;
    let issues: ValidationIssue[] = [];
    if (!sampled) issues = [];
    else if (event.type === 'med.administered')
      issues = checkAdministration(log, event.payload, event.at, now);
    else if (event.type === 'care.done') issues = checkCareDone(log, event.payload, event.at, now);
    else if (event.type === 'med.prescribed') {
      // A change is the stop and the new prescription in one write: checked without the stop.
      const { replaces } = event.payload;
      const before = log.filter(
        (e) => e.type !== 'med.stopped' || e.payload.prescriptionId !== replaces,
      );
      issues = checkPrescription(before, event.payload, now);
    } else if (event.type === 'med.stopped')
      issues = checkStop(log, event.payload.prescriptionId, event.at);
    else if (event.type === 'care.stopped')
      issues = checkCareStop(log, event.payload.careId, event.at);
    if (issues.length > 0) found.push({ event, issues });
    log.push(event);
    logs.set(event.patientId, log);
  }
  return found;
}

describe('demo ward against the write path checks', () => {
  // Entries in log order, each checked as the app checks a new entry: slots that exist and
  // are free, doses within the as-needed maximum, deviations confirmed, stops of what runs.
  it.each([
    ['an ordinary week', '2026-11-02T07:00:00+01:00', 2],
    ['the autumn clock change', '2026-10-24T07:00:00+02:00', 2],
    ['the spring clock change', '2027-03-27T07:00:00+01:00', 2],
  ])(
    'refuses nothing of %s',
    (_, start, days) => {
      const events = demoWard({ seed: 11, days, start });
      expect(events.filter((e) => e.type === 'med.administered').length).toBeGreaterThan(500);
      const found = refusals(events).map(({ event, issues }) => ({
        type: event.type,
        at: event.at,
        issues: issues.map((issue) => `${issue.path} ${issue.code}`).join(', '),
      }));
      expect(found).toEqual([]);
    },
    300_000,
  );
});
