import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendEvent } from '../../../src/db/append';
import { recordVitals } from '../../../src/db/chartWrites';
import { setDbClock } from '../../../src/db/clock';
import { attempt } from '../../../src/db/errors';
import { administer, prescribe, type PrescriptionInput } from '../../../src/db/medWrites';
import { dischargePatient } from '../../../src/db/patientChanges';
import { changeWardSettings } from '../../../src/db/ward';
import { readWardTimeZone } from '../../../src/db/wardTime';
import { CLOCK_SKEW_MS, fixedClock, toIsoWithOffset } from '../../../src/domain/time';
import { freshWard } from './fixtures';
import { admit, hoursAgo } from './patientFixtures';

beforeEach(freshWard);
afterEach(() => setDbClock());

const issuesOf = async (write: () => Promise<unknown>) => {
  const result = await attempt(write);
  if (result.ok) return [];
  return result.failure.kind === 'validation' ? result.failure.issues : [result.failure.kind];
};

/** An hour before the system's time (UNIT_NOW): the writes must go by the db's clock. */
const DB_NOW = new Date(Date.parse(hoursAgo(1)));
const plus = (ms: number) => toIsoWithOffset(new Date(DB_NOW.getTime() + ms));

describe('one injected clock for the db writes (issue 11)', () => {
  it('a bedside time up to the skew ahead of the db clock is taken; 1 min more is refused', async () => {
    const id = await admit();
    setDbClock(fixedClock(DB_NOW.toISOString()));
    const vitals = { temperature: 37.2 };
    expect(await issuesOf(() => recordVitals(id, vitals, plus(CLOCK_SKEW_MS)))).toEqual([]);
    expect(await issuesOf(() => recordVitals(id, vitals, plus(CLOCK_SKEW_MS + 60_000)))).toEqual([
      { path: 'at', code: 'futureDate' },
    ]);
  });

  it('a discharge is checked against the db clock too', async () => {
    const id = await admit();
    setDbClock(fixedClock(DB_NOW.toISOString()));
    const input = { destination: 'home', detail: '' };
    expect(
      await issuesOf(() => dischargePatient(id, { ...input, at: plus(CLOCK_SKEW_MS + 60_000) })),
    ).toEqual([{ path: 'at', code: 'futureDate' }]);
    expect(
      await issuesOf(() => dischargePatient(id, { ...input, at: plus(CLOCK_SKEW_MS) })),
    ).toEqual([]);
  });

  it('stamps an event with the db clock', async () => {
    setDbClock(fixedClock('2026-12-01T09:30:00.000+01:00'));
    const note = await appendEvent({ type: 'note.written', payload: { text: 'Chariot vérifié' } });
    expect(note.recordedAt).toBe('2026-12-01T09:30:00.000+01:00');
    expect(note.at).toBe(note.recordedAt);
  });
});

describe('the ward’s time zone, a ward setting (issue 11)', () => {
  it('is Europe/Paris until set; a Réunion ward stamps its events at +04:00', async () => {
    expect(await readWardTimeZone()).toBe('Europe/Paris');
    setDbClock(fixedClock('2026-12-01T09:30:00.000+01:00'));
    await changeWardSettings({ timeZone: 'Indian/Reunion' });
    expect(await readWardTimeZone()).toBe('Indian/Reunion');
    const note = await appendEvent({ type: 'note.written', payload: { text: 'Chariot vérifié' } });
    expect(note.recordedAt).toBe('2026-12-01T12:30:00.000+04:00');
  });

  it('a dose at 08:00 is due at 08:00 on the ward’s clock, not in Paris', async () => {
    // The unit clock is 1 December 2026, 14:00 in Paris: 17:00 in Réunion.
    const rx = (start: string): PrescriptionInput => ({
      drug: 'Paracétamol',
      dose: { value: 1, unit: 'g' },
      route: 'PO',
      schedule: { kind: 'fixed-times', times: ['08:00'], start },
      prescriber: 'Dr Roux',
      orderDate: '2026-12-01',
      highAlert: false,
    });
    const dose = (prescriptionId: string) => ({
      prescriptionId,
      dueAt: '2026-12-01T08:00:00.000+04:00',
      outcome: 'given' as const,
      dose: { value: 1, unit: 'g' as const },
      route: 'PO' as const,
    });
    const givenAt = '2026-12-01T08:05:00.000+04:00';
    const start = '2026-12-01T00:00:00.000+04:00';

    const id = await admit({ admittedAt: hoursAgo(24) });
    const { id: rxId } = await prescribe(id, rx(start));
    // In Paris, 08:00 in Réunion (04:00 UTC) is no slot of an 08:00 prescription.
    expect(await issuesOf(() => administer(id, dose(rxId), givenAt))).toEqual([
      { path: 'payload.dueAt', code: 'invalid' },
    ]);
    // The same prescription on a Réunion ward: its 08:00 is 08:00 there.
    await changeWardSettings({ timeZone: 'Indian/Reunion' });
    expect(await issuesOf(() => administer(id, dose(rxId), givenAt))).toEqual([]);
  });
});
