import { describe, expect, it } from 'vitest';
import { validateAdmission } from '../../../src/domain/admission';
import { chartTimeIssues, placementTimeIssues } from '../../../src/domain/chartTime';
import { validateEvent } from '../../../src/domain/events';
import { marFor } from '../../../src/domain/mar';
import type { PatientState } from '../../../src/domain/patient';
import { CLOCK_SKEW_MS, wardDay } from '../../../src/domain/time';
import { settingsChangedV1ToV2 } from '../../../src/domain/upcasters';
import { foldWard } from '../../../src/domain/ward';
import { ValidationError } from '../../../src/domain/validation';
import { admission } from '../db/patientFixtures';
import { ev } from './eventFixtures';
import { frozenEvent } from './frozenEvents/frozen';
import { fixed, prescription } from './medFixtures';

// Issue 11, point 4: one clock (`now` is an argument) and the ward's zone as a setting.

const NOW = new Date('2026-12-01T14:00:00+01:00');
const after = (ms: number) => new Date(NOW.getTime() + ms).toISOString();
const REUNION = 'Indian/Reunion';

describe('the clock rules take the write’s now', () => {
  const admitted = {
    status: 'admitted',
    admittedAt: '2026-11-29T08:00:00+01:00',
  } as PatientState;

  it('a bedside time at now + skew is taken, one minute later is refused', () => {
    expect(chartTimeIssues(admitted, after(CLOCK_SKEW_MS), NOW)).toEqual([]);
    expect(chartTimeIssues(admitted, after(CLOCK_SKEW_MS + 60_000), NOW)).toEqual([
      { path: 'at', code: 'futureDate' },
    ]);
  });

  it('a move or discharge likewise, and not before the last placement', () => {
    const placed = Date.parse('2026-11-29T08:00:00+01:00');
    expect(placementTimeIssues(after(CLOCK_SKEW_MS), placed, NOW)).toEqual([]);
    expect(placementTimeIssues(after(CLOCK_SKEW_MS + 60_000), placed, NOW)).toEqual([
      { path: 'at', code: 'futureDate' },
    ]);
    expect(placementTimeIssues('2026-11-28T08:00:00+01:00', placed, NOW)).toEqual([
      { path: 'at', code: 'beforeAdmission' },
    ]);
  });

  it('an admission at now + skew is taken, one minute later is refused', () => {
    const at = (ms: number) => admission('DURAND', { admittedAt: after(ms) });
    expect(() => validateAdmission(at(CLOCK_SKEW_MS), NOW)).not.toThrow();
    const refused = () => validateAdmission(at(CLOCK_SKEW_MS + 60_000), NOW);
    expect(refused).toThrow(ValidationError);
    try {
      refused();
    } catch (error) {
      expect((error as ValidationError).issues).toEqual([
        { path: 'admittedAt', code: 'futureDate' },
      ]);
    }
  });
});

describe('the ward’s time zone (ward.settingsChanged v2)', () => {
  const configured = ev(
    'ward.configured',
    { name: 'Méd. 3', establishment: 'CH' },
    '2026-11-29T08:00:00+01:00',
    null,
  );

  it('is a setting: Europe/Paris until changed, then the zone chosen', () => {
    expect(foldWard([configured])?.settings.timeZone).toBe('Europe/Paris');
    const change = ev(
      'ward.settingsChanged',
      { timeZone: REUNION },
      '2026-12-01T09:00:00+04:00',
      null,
    );
    expect(foldWard([configured, change])?.settings.timeZone).toBe(REUNION);
  });

  // A v1 change as an app before issue 11 stored it (the frozen fixture).
  const storedV1 = frozenEvent('ward.settingsChanged', 1);

  it('refuses a zone not on the ward list', () => {
    const wrong = { ...storedV1, v: 2, payload: { timeZone: 'Mars/Olympus' } };
    expect(() => validateEvent(wrong)).toThrow(/timeZone/);
    expect(validateEvent({ ...storedV1, v: 2, payload: { timeZone: REUNION } }).payload).toEqual({
      timeZone: REUNION,
    });
  });

  it('upcasts v1 to v2 without changing what it said', () => {
    expect(settingsChangedV1ToV2({ glucoseUnit: 'mmol/L' })).toEqual({ glucoseUnit: 'mmol/L' });
    const read = validateEvent(storedV1);
    expect(read).toMatchObject({ v: 2, payload: { glucoseUnit: 'g/L' } });
    expect(read.payload).not.toHaveProperty('timeZone');
  });
});

describe('a Réunion ward (UTC+4): its day and dose slots', () => {
  // 21:30 in Paris on 1 December is 00:30 on 2 December in Réunion.
  const now = '2026-12-01T21:30:00.000+01:00';

  it('the ward day runs from midnight to midnight on the ward’s clock', () => {
    expect(wardDay(now)).toMatchObject({ date: '2026-12-01' });
    expect(wardDay(now, 0, REUNION)).toEqual({
      date: '2026-12-02',
      from: '2026-12-02T00:00:00.000+04:00',
      to: '2026-12-03T00:00:00.000+04:00',
    });
  });

  it('an 08:00 dose is due at 08:00 in Réunion', () => {
    const rx = prescription(fixed(['08:00'], '2026-12-01T00:00:00.000+04:00'));
    const day = wardDay(now, 0, REUNION);
    const [row] = marFor([rx], day.from, day.to, now, REUNION);
    expect(row?.slots.map((slot) => slot.dueAt)).toEqual(['2026-12-02T08:00:00.000+04:00']);
  });
});
