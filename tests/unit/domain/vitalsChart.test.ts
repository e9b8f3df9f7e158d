import { describe, expect, it } from 'vitest';
import { scoreNews2, type News2Result } from '../../../src/domain/news2';
import type { VitalsRecorded } from '../../../src/domain/vitals';
import {
  lastScoredSet,
  news2FromVitals,
  nextObservationDue,
  observationDue,
  parameterSeries,
  vitalsRows,
  vitalsSeries,
} from '../../../src/domain/vitalsChart';
import { chart, paris, voidOf } from './chartFixtures';

const NORMAL = {
  respiratoryRate: 16,
  spo2: 97,
  onOxygen: false,
  systolicBp: 125,
  diastolicBp: 75,
  pulse: 72,
  consciousness: 'A',
  temperature: 36.8,
} satisfies VitalsRecorded;
const scored = (vitals: VitalsRecorded, scale?: 1 | 2): News2Result => {
  const attempt = news2FromVitals(vitals, scale);
  if (attempt.kind !== 'scored') throw new Error(`not scored: ${attempt.kind}`);
  return attempt.result;
};

describe('news2FromVitals', () => {
  it('scores a complete set like scoreNews2, extra measurements aside', () => {
    const result = scored({ ...NORMAL, pain: 6, weight: 70 });
    expect(result).toEqual(scoreNews2({ ...NORMAL, spo2Scale: 1 }));
    expect(result.total).toBe(0);
  });

  it('adds every parameter: a deteriorating patient', () => {
    const result = scored({
      respiratoryRate: 22, // 2
      spo2: 93, // 2 on scale 1
      onOxygen: true, // 2
      oxygenDevice: 'nasal-cannula',
      systolicBp: 105, // 1
      pulse: 115, // 2
      consciousness: 'C', // 3
      temperature: 38.5, // 1
    });
    expect(result.scores).toEqual({
      respiratoryRate: 2,
      spo2: 2,
      onOxygen: 2,
      systolicBp: 1,
      pulse: 2,
      consciousness: 3,
      temperature: 1,
    });
    expect(result).toMatchObject({ total: 13, risk: 'high', anyParameterScores3: true });
  });

  it('uses the patient scale 2 when the set does not say: 97% on oxygen scores 3', () => {
    const onO2 = { ...NORMAL, onOxygen: true, oxygenDevice: 'nasal-cannula' as const };
    expect(scored(onO2, 2).scores.spo2).toBe(3);
    expect(scored(onO2, 1).scores.spo2).toBe(0);
    expect(scored(onO2).scores.spo2).toBe(0);
  });

  it('scale 2 on air: 88% scores 0, where scale 1 gives 3', () => {
    expect(scored({ ...NORMAL, spo2: 88 }, 2).scores.spo2).toBe(0);
    expect(scored({ ...NORMAL, spo2: 88 }, 1).scores.spo2).toBe(3);
  });

  it('the scale recorded with the set wins over the patient scale', () => {
    const onO2 = { ...NORMAL, onOxygen: true, oxygenDevice: 'simple-mask' as const };
    expect(scored({ ...onO2, spo2Scale: 1 }, 2).scores.spo2).toBe(0);
    expect(scored({ ...onO2, spo2Scale: 2 }, 1).scores.spo2).toBe(3);
  });

  it('a set without every parameter is incomplete, with what is missing', () => {
    const without = (...keys: (keyof typeof NORMAL)[]): VitalsRecorded =>
      Object.fromEntries(Object.entries(NORMAL).filter(([key]) => !keys.includes(key as never)));
    expect(news2FromVitals(without('temperature', 'consciousness'))).toEqual({
      kind: 'incomplete',
      missing: ['consciousness', 'temperature'],
    });
    expect(news2FromVitals(without('onOxygen'))).toEqual({
      kind: 'incomplete',
      missing: ['onOxygen'],
    });
    expect(news2FromVitals(without('pulse'), 2)).toEqual({
      kind: 'incomplete',
      missing: ['pulse'],
    });
    expect(news2FromVitals({ pain: 3 })).toMatchObject({ kind: 'incomplete' });
  });
});

describe('nextObservationDue', () => {
  const at = '2026-01-10T08:00:00+01:00';
  it.each<[string, VitalsRecorded, string]>([
    ['total 0: 12 h', NORMAL, '2026-01-10T20:00:00.000+01:00'],
    ['total 1: 4 h', { ...NORMAL, pulse: 95 }, '2026-01-10T12:00:00.000+01:00'],
    [
      'total 4: 4 h',
      { ...NORMAL, pulse: 115, respiratoryRate: 22 },
      '2026-01-10T12:00:00.000+01:00',
    ],
    ['a single 3: 1 h', { ...NORMAL, consciousness: 'V' }, '2026-01-10T09:00:00.000+01:00'],
    [
      'total 5: 1 h',
      { ...NORMAL, pulse: 115, respiratoryRate: 22, temperature: 38.5 },
      '2026-01-10T09:00:00.000+01:00',
    ],
    [
      'total 7: continuous, due at once',
      { ...NORMAL, pulse: 135, respiratoryRate: 26, temperature: 38.5 },
      '2026-01-10T08:00:00.000+01:00',
    ],
  ])('%s', (_, vitals, expected) => {
    expect(nextObservationDue({ at }, scored(vitals))).toBe(expected);
  });

  it('counts real hours across the spring change', () => {
    const evening = '2026-03-28T21:00:00+01:00';
    expect(nextObservationDue({ at: evening }, scored(NORMAL))).toBe(
      '2026-03-29T10:00:00.000+02:00',
    );
  });
});

describe('vitalsSeries', () => {
  const full = chart('vitals.recorded', NORMAL, paris('2026-01-10T08:00'));
  const partial = chart('vitals.recorded', { temperature: 38.2 }, paris('2026-01-10T14:00'));
  const night = chart('vitals.recorded', { ...NORMAL, pulse: 95 }, paris('2026-01-11T02:00'));
  const old = chart('vitals.recorded', NORMAL, paris('2026-01-07T08:00'));
  const events = [night, partial, old, full];

  it('keeps [from, to] in time order, with NEWS2 only for complete sets', () => {
    const rows = vitalsSeries(events, paris('2026-01-10T08:00'), paris('2026-01-11T02:00'));
    expect(rows.map((row) => row.id)).toEqual([full.id, partial.id, night.id]);
    expect(rows.map((row) => row.news2?.total ?? null)).toEqual([0, null, 1]);
    expect(rows[1]?.values).toEqual({ temperature: 38.2 });
    expect(rows[0]?.author.initials).toBe('AM');
  });

  it('leaves out what is outside the range', () => {
    const rows = vitalsSeries(events, paris('2026-01-10T08:01'), paris('2026-01-11T01:59'));
    expect(rows.map((row) => row.id)).toEqual([partial.id]);
  });

  it('orders by instant, not by the text of times with different offsets', () => {
    const summer = chart('vitals.recorded', { pulse: 70 }, '2026-10-25T02:30:00+02:00');
    const winter = chart('vitals.recorded', { pulse: 71 }, '2026-10-25T02:10:00+01:00');
    const rows = vitalsSeries([winter, summer], '2026-10-24T00:00:00Z', '2026-10-26T00:00:00Z');
    expect(rows.map((row) => row.values.pulse)).toEqual([70, 71]);
  });

  it('excludes a voided set, and brings it back when the void is voided', () => {
    const strike = voidOf(night, paris('2026-01-11T03:00'));
    const range = [paris('2026-01-10T00:00'), paris('2026-01-12T00:00')] as const;
    expect(vitalsSeries([...events, strike], ...range).map((row) => row.id)).toEqual([
      full.id,
      partial.id,
    ]);
    const undo = voidOf(strike, paris('2026-01-11T04:00'));
    expect(vitalsSeries([...events, strike, undo], ...range)).toHaveLength(3);
  });

  it('scores with the patient scale and gives one line per measurement', () => {
    const onO2 = chart(
      'vitals.recorded',
      { ...NORMAL, onOxygen: true, oxygenDevice: 'venturi', oxygenPercent: 28 },
      paris('2026-01-10T09:00'),
    );
    const rows = vitalsSeries(
      [onO2, full, partial],
      paris('2026-01-10T00:00'),
      paris('2026-01-11T00:00'),
      2,
    );
    expect(rows.map((row) => row.news2?.total ?? null)).toEqual([0, 5, null]);
    expect(parameterSeries(rows, 'temperature')).toEqual([
      { at: full.at, value: 36.8 },
      { at: onO2.at, value: 36.8 },
      { at: partial.at, value: 38.2 },
    ]);
    expect(parameterSeries(rows, 'weight')).toEqual([]);
  });
});

describe('lastScoredSet', () => {
  const at = (hour: number) => paris(`2026-01-10T${String(hour).padStart(2, '0')}:00`);
  // Given out of order: full sets at 2, 5, 9 and 13 h, partial ones at 6, 10 and 14 h.
  const sets = [9, 14, 2, 13, 6, 5, 10].map((hour) =>
    chart(
      'vitals.recorded',
      hour % 4 === 2 ? { temperature: 37 + hour / 10 } : { ...NORMAL, pulse: 60 + hour * 3 },
      at(hour),
    ),
  );
  const byScan = (events: typeof sets, now: string) =>
    vitalsRows(events)
      .filter((row) => row.news2 !== null && row.at <= now)
      .at(-1) ?? null;

  it('is the latest full set at or before now, whatever partial sets follow it', () => {
    for (const hour of [1, 2, 4, 5, 6, 9, 11, 13, 14, 15]) {
      const last = lastScoredSet(sets, at(hour));
      expect(last?.id ?? null, `at ${hour} h`).toBe(byScan(sets, at(hour))?.id ?? null);
    }
    expect(lastScoredSet(sets, at(12))?.values.pulse).toBe(87);
    expect(lastScoredSet(sets, at(1))).toBeNull();
  });

  it('skips a voided set, and scores with the patient scale', () => {
    const thirteen = sets.find((event) => event.at === at(13));
    if (!thirteen) throw new Error('no set at 13 h');
    const strike = voidOf(thirteen, at(15));
    expect(lastScoredSet([...sets, strike], at(16))?.at).toBe(at(9));
    const onO2 = chart(
      'vitals.recorded',
      { ...NORMAL, onOxygen: true, oxygenDevice: 'nasal-cannula', oxygenFlow: 2 },
      at(8),
    );
    expect(lastScoredSet([onO2], at(8), 2)?.news2.total).toBe(5);
    expect(lastScoredSet([onO2], at(8), 1)?.news2.total).toBe(2);
  });
});

describe('observationDue', () => {
  const full = chart('vitals.recorded', NORMAL, paris('2026-01-10T08:00'));
  const partial = chart('vitals.recorded', { temperature: 38.2 }, paris('2026-01-10T14:00'));

  it('is due at once when no full set was ever taken', () => {
    expect(observationDue([partial], paris('2026-01-10T15:00'))).toMatchObject({
      last: null,
      dueAt: null,
      status: 'never',
    });
  });

  it.each([
    ['2026-01-10T19:29', 'upcoming'],
    ['2026-01-10T19:30', 'due'],
    ['2026-01-10T20:00', 'due'],
    ['2026-01-10T20:01', 'late'],
  ])('at %s a partial set does not reset the 12 h clock: %s', (now, status) => {
    const due = observationDue([full, partial], paris(now));
    expect(due).toMatchObject({ dueAt: '2026-01-10T20:00:00.000+01:00', status });
    expect(due.last?.id).toBe(full.id);
    expect(due.frequency?.code).toBe('every-12h');
  });

  it('follows the last full set, and the one before when it is voided', () => {
    const worse = chart('vitals.recorded', { ...NORMAL, pulse: 95 }, paris('2026-01-10T10:00'));
    expect(observationDue([full, worse], paris('2026-01-10T11:00')).dueAt).toBe(
      '2026-01-10T14:00:00.000+01:00',
    );
    const strike = voidOf(worse, paris('2026-01-10T10:05'));
    expect(observationDue([full, worse, strike], paris('2026-01-10T11:00')).dueAt).toBe(
      '2026-01-10T20:00:00.000+01:00',
    );
  });

  it('ignores a set charted after now, and says continuous from 7', () => {
    const later = chart('vitals.recorded', { ...NORMAL, pulse: 95 }, paris('2026-01-10T12:00'));
    expect(observationDue([full, later], paris('2026-01-10T11:00')).last?.id).toBe(full.id);
    const high = chart(
      'vitals.recorded',
      { ...NORMAL, pulse: 135, respiratoryRate: 26, temperature: 38.5 },
      paris('2026-01-10T12:00'),
    );
    expect(observationDue([full, high], paris('2026-01-10T12:00')).status).toBe('continuous');
  });

  it('reads SpO2 with the patient scale', () => {
    const onO2 = chart(
      'vitals.recorded',
      { ...NORMAL, onOxygen: true, oxygenDevice: 'nasal-cannula', oxygenFlow: 2 },
      paris('2026-01-10T08:00'),
    );
    expect(observationDue([onO2], paris('2026-01-10T08:10'), 1).frequency?.code).toBe('every-4-6h');
    expect(observationDue([onO2], paris('2026-01-10T08:10'), 2).frequency?.code).toBe('hourly');
  });
});
