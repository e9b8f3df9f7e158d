import { describe, expect, it } from 'vitest';
import type { Administration } from '../../../src/domain/doseStatus';
import {
  occurrences,
  prnCheck,
  scheduleSchema,
  type PrnSchedule,
  type Schedule,
} from '../../../src/domain/schedule';
import {
  issuesFromZod,
  ValidationError,
  type ValidationIssue,
} from '../../../src/domain/validation';

const HOUR = 3_600_000;

function issuesOf(run: () => unknown): ValidationIssue[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationError) return error.issues;
    throw error;
  }
  throw new Error('expected a ValidationError');
}

const fixed = (times: string[], start = '2026-01-01T00:00:00+01:00', end?: string): Schedule => ({
  kind: 'fixed-times',
  times,
  start,
  end,
});
const every = (intervalHours: number, start: string, end?: string): Schedule => ({
  kind: 'every-n-hours',
  intervalHours,
  start,
  end,
});

describe('scheduleSchema', () => {
  it.each<[string, unknown]>([
    ['fixed times', fixed(['08:00', '20:00'])],
    ['every 8 hours', every(8, '2026-01-01T08:00:00Z')],
    ['once', { kind: 'once', start: '2026-01-01T08:00:00+01:00' }],
    [
      'as needed',
      { kind: 'prn', maxDosesPer24h: 4, indication: 'pain', start: '2026-01-01T00:00:00Z' },
    ],
    ['an end after the start', fixed(['08:00'], '2026-01-01T00:00:00Z', '2026-01-08T00:00:00Z')],
  ])('accepts %s', (_, input) => {
    expect(scheduleSchema.safeParse(input).success).toBe(true);
  });

  const base = { kind: 'fixed-times', times: ['08:00'], start: '2026-01-01T00:00:00Z' };
  it.each<[string, Record<string, unknown>, ValidationIssue]>([
    ['an unknown kind', { ...base, kind: 'weekly' }, { path: 'kind', code: 'unknownType' }],
    ['a missing start', { ...base, start: undefined }, { path: 'start', code: 'required' }],
    [
      'a start that is not a date',
      { ...base, start: 'tomorrow' },
      { path: 'start', code: 'invalidDate' },
    ],
    [
      'a start without offset',
      { ...base, start: '2026-01-01T00:00:00' },
      { path: 'start', code: 'invalidDate' },
    ],
    [
      'an end equal to the start',
      { ...base, end: '2026-01-01T01:00:00+01:00' },
      { path: 'end', code: 'invalid' },
    ],
    [
      'an end before the start',
      { ...base, end: '2025-12-31T00:00:00Z' },
      { path: 'end', code: 'invalid' },
    ],
    ['no times', { ...base, times: [] }, { path: 'times', code: 'required' }],
    ['a missing times list', { ...base, times: undefined }, { path: 'times', code: 'required' }],
    ['24:00', { ...base, times: ['24:00'] }, { path: 'times.0', code: 'invalid' }],
    [
      'a time without leading zero',
      { ...base, times: ['8:00'] },
      { path: 'times.0', code: 'invalid' },
    ],
    ['a repeated time', { ...base, times: ['08:00', '08:00'] }, { path: 'times', code: 'invalid' }],
    [
      'every 0 hours',
      { kind: 'every-n-hours', intervalHours: 0, start: base.start },
      { path: 'intervalHours', code: 'invalid' },
    ],
    [
      'every 1.5 hours',
      { kind: 'every-n-hours', intervalHours: 1.5, start: base.start },
      { path: 'intervalHours', code: 'invalid' },
    ],
    [
      'every 169 hours',
      { kind: 'every-n-hours', intervalHours: 169, start: base.start },
      { path: 'intervalHours', code: 'invalid' },
    ],
    [
      'a missing interval',
      { kind: 'every-n-hours', start: base.start },
      { path: 'intervalHours', code: 'required' },
    ],
    [
      'PRN with 0 doses',
      { kind: 'prn', maxDosesPer24h: 0, indication: 'pain', start: base.start },
      { path: 'maxDosesPer24h', code: 'invalid' },
    ],
    [
      'PRN with a blank indication',
      { kind: 'prn', maxDosesPer24h: 4, indication: '  ', start: base.start },
      { path: 'indication', code: 'required' },
    ],
  ])('rejects %s', (_, input, issue) => {
    const result = scheduleSchema.safeParse(input);
    expect(result.success).toBe(false);
    if (!result.success) expect(issuesFromZod(result.error)).toEqual([issue]);
  });

  it('occurrences refuses an invalid schedule, range or time zone', () => {
    const bad = { ...fixed(['08:00']), times: ['25:00'] };
    expect(
      issuesOf(() => occurrences(bad, '2026-01-01T00:00:00Z', '2026-01-02T00:00:00Z')),
    ).toEqual([{ path: 'schedule.times.0', code: 'invalid' }]);
    expect(issuesOf(() => occurrences(fixed(['08:00']), 'soon', '2026-01-02T00:00:00Z'))).toEqual([
      { path: 'from', code: 'invalidDate' },
    ]);
    expect(
      issuesOf(() =>
        occurrences(
          fixed(['08:00']),
          '2026-01-01T00:00:00Z',
          '2026-01-02T00:00:00Z',
          'Mars/Olympus',
        ),
      ),
    ).toEqual([{ path: 'timeZone', code: 'invalid' }]);
  });
});

describe('occurrences of fixed times', () => {
  it('crosses midnight: 22:00 and 06:00', () => {
    expect(
      occurrences(
        fixed(['22:00', '06:00']),
        '2026-01-10T20:00:00+01:00',
        '2026-01-11T20:00:00+01:00',
      ),
    ).toEqual(['2026-01-10T22:00:00.000+01:00', '2026-01-11T06:00:00.000+01:00']);
  });

  it('returns every dose over two days in order, whatever the order of the times', () => {
    const due = occurrences(
      fixed(['22:00', '08:00', '18:00', '12:00']),
      '2026-01-10T00:00:00+01:00',
      '2026-01-12T00:00:00+01:00',
    );
    expect(due).toEqual(
      ['10', '11'].flatMap((day) =>
        ['08:00', '12:00', '18:00', '22:00'].map((t) => `2026-01-${day}T${t}:00.000+01:00`),
      ),
    );
  });

  it('includes from and excludes to', () => {
    expect(
      occurrences(
        fixed(['08:00', '12:00']),
        '2026-01-10T08:00:00+01:00',
        '2026-01-10T12:00:00+01:00',
      ),
    ).toEqual(['2026-01-10T08:00:00.000+01:00']);
  });

  it('keeps to the schedule: start included, end excluded', () => {
    const schedule = fixed(
      ['08:00', '12:00', '18:00'],
      '2026-01-10T12:00:00+01:00',
      '2026-01-11T12:00:00+01:00',
    );
    expect(occurrences(schedule, '2026-01-01T00:00:00Z', '2026-02-01T00:00:00Z')).toEqual([
      '2026-01-10T12:00:00.000+01:00',
      '2026-01-10T18:00:00.000+01:00',
      '2026-01-11T08:00:00.000+01:00',
    ]);
  });

  it('accepts a range in UTC and answers in the ward zone', () => {
    expect(occurrences(fixed(['08:00']), '2026-07-01T00:00:00Z', '2026-07-02T00:00:00Z')).toEqual([
      '2026-07-01T08:00:00.000+02:00',
    ]);
  });

  it('follows another ward time zone', () => {
    expect(
      occurrences(
        fixed(['08:00']),
        '2026-01-10T00:00:00Z',
        '2026-01-11T00:00:00Z',
        'America/New_York',
      ),
    ).toEqual(['2026-01-10T08:00:00.000-05:00']);
  });

  it('spring forward (2026-03-29): the missing 02:30 is given once, at 03:30', () => {
    expect(
      occurrences(fixed(['02:30']), '2026-03-28T00:00:00+01:00', '2026-03-31T00:00:00+02:00'),
    ).toEqual([
      '2026-03-28T02:30:00.000+01:00',
      '2026-03-29T03:30:00.000+02:00',
      '2026-03-30T02:30:00.000+02:00',
    ]);
  });

  it('spring forward: 02:00 and 03:00 become one dose at 03:00; other times keep their wall clock', () => {
    expect(
      occurrences(
        fixed(['01:30', '02:00', '03:00', '08:00']),
        '2026-03-29T00:00:00+01:00',
        '2026-03-30T00:00:00+02:00',
      ),
    ).toEqual([
      '2026-03-29T01:30:00.000+01:00',
      '2026-03-29T03:00:00.000+02:00',
      '2026-03-29T08:00:00.000+02:00',
    ]);
  });

  it('spring forward: 20:00 then 08:00 are 11 real hours apart', () => {
    const due = occurrences(
      fixed(['08:00', '20:00']),
      '2026-03-28T19:00:00+01:00',
      '2026-03-29T09:00:00+02:00',
    );
    expect(due).toEqual(['2026-03-28T20:00:00.000+01:00', '2026-03-29T08:00:00.000+02:00']);
    expect(Date.parse(due[1] ?? '') - Date.parse(due[0] ?? '')).toBe(11 * HOUR);
  });

  it('fall back (2026-10-25): 02:30 is given once, at the first 02:30', () => {
    expect(
      occurrences(fixed(['02:30']), '2026-10-24T00:00:00+02:00', '2026-10-27T00:00:00+01:00'),
    ).toEqual([
      '2026-10-24T02:30:00.000+02:00',
      '2026-10-25T02:30:00.000+02:00',
      '2026-10-26T02:30:00.000+01:00',
    ]);
  });

  it('fall back: a range starting between the two 02:30 does not give it again', () => {
    expect(
      occurrences(fixed(['02:30']), '2026-10-25T02:45:00+02:00', '2026-10-25T12:00:00+01:00'),
    ).toEqual([]);
  });

  it('fall back: 22:00 then 06:00 are 9 real hours apart', () => {
    const due = occurrences(
      fixed(['22:00', '06:00']),
      '2026-10-24T21:00:00+02:00',
      '2026-10-25T07:00:00+01:00',
    );
    expect(due).toEqual(['2026-10-24T22:00:00.000+02:00', '2026-10-25T06:00:00.000+01:00']);
    expect(Date.parse(due[1] ?? '') - Date.parse(due[0] ?? '')).toBe(9 * HOUR);
  });
});

describe('occurrences every N hours', () => {
  it('spring forward: every 8 h is 8 real hours', () => {
    expect(
      occurrences(
        every(8, '2026-03-28T22:00:00+01:00'),
        '2026-03-28T00:00:00Z',
        '2026-03-29T16:00:00+02:00',
      ),
    ).toEqual([
      '2026-03-28T22:00:00.000+01:00',
      '2026-03-29T07:00:00.000+02:00',
      '2026-03-29T15:00:00.000+02:00',
    ]);
  });

  it('fall back: every 8 h is 8 real hours', () => {
    expect(
      occurrences(
        every(8, '2026-10-24T22:00:00+02:00'),
        '2026-10-24T00:00:00Z',
        '2026-10-25T14:00:00+01:00',
      ),
    ).toEqual([
      '2026-10-24T22:00:00.000+02:00',
      '2026-10-25T05:00:00.000+01:00',
      '2026-10-25T13:00:00.000+01:00',
    ]);
  });

  it('fall back: hourly doses show 02:00 twice, since both are real hours', () => {
    expect(
      occurrences(
        every(1, '2026-10-25T00:00:00+02:00'),
        '2026-10-25T01:00:00+02:00',
        '2026-10-25T04:00:00+01:00',
      ),
    ).toEqual([
      '2026-10-25T01:00:00.000+02:00',
      '2026-10-25T02:00:00.000+02:00',
      '2026-10-25T02:00:00.000+01:00',
      '2026-10-25T03:00:00.000+01:00',
    ]);
  });

  it('counts from the start, not from the range', () => {
    expect(
      occurrences(
        every(6, '2026-01-10T09:00:00+01:00'),
        '2026-01-10T10:00:00+01:00',
        '2026-01-11T00:00:00+01:00',
      ),
    ).toEqual(['2026-01-10T15:00:00.000+01:00', '2026-01-10T21:00:00.000+01:00']);
  });

  it('starts at the start and stops before the end', () => {
    const schedule = every(12, '2026-01-10T09:00:00+01:00', '2026-01-11T21:00:00+01:00');
    expect(occurrences(schedule, '2026-01-01T00:00:00Z', '2026-02-01T00:00:00Z')).toEqual([
      '2026-01-10T09:00:00.000+01:00',
      '2026-01-10T21:00:00.000+01:00',
      '2026-01-11T09:00:00.000+01:00',
    ]);
  });
});

describe('occurrences of once and as-needed schedules', () => {
  const once: Schedule = { kind: 'once', start: '2026-01-10T14:00:00+01:00' };
  it.each([
    [
      'inside the range',
      '2026-01-10T00:00:00+01:00',
      '2026-01-11T00:00:00+01:00',
      ['2026-01-10T14:00:00.000+01:00'],
    ],
    [
      'exactly at from',
      '2026-01-10T14:00:00+01:00',
      '2026-01-10T15:00:00+01:00',
      ['2026-01-10T14:00:00.000+01:00'],
    ],
    ['exactly at to', '2026-01-10T13:00:00+01:00', '2026-01-10T14:00:00+01:00', []],
    ['after the range', '2026-01-09T00:00:00+01:00', '2026-01-10T00:00:00+01:00', []],
  ])('once, %s', (_, from, to, expected) => {
    expect(occurrences(once, from, to)).toEqual(expected);
  });

  it('as needed has no due doses', () => {
    const prn: Schedule = {
      kind: 'prn',
      maxDosesPer24h: 4,
      indication: 'pain',
      start: '2026-01-01T00:00:00Z',
    };
    expect(occurrences(prn, '2026-01-01T00:00:00Z', '2026-01-05T00:00:00Z')).toEqual([]);
  });
});

describe('prnCheck', () => {
  const prn: PrnSchedule = {
    kind: 'prn',
    maxDosesPer24h: 4,
    indication: 'pain',
    start: '2026-01-01T00:00:00+01:00',
    end: '2026-02-01T00:00:00+01:00',
  };
  const given = (...times: string[]): Administration[] =>
    times.map((t) => ({ at: `2026-01-10T${t}:00+01:00`, outcome: 'given' }));
  const fourDoses = given('00:00', '06:00', '12:00', '18:00');

  it.each<[string, Administration[], string, boolean, number]>([
    ['no dose yet', [], '2026-01-10T08:00:00+01:00', true, 0],
    [
      'three given: the fourth reaches the limit exactly',
      given('00:00', '06:00', '12:00'),
      '2026-01-10T18:00:00+01:00',
      true,
      3,
    ],
    ['four given: a fifth is one over', fourDoses, '2026-01-10T23:59:00+01:00', false, 4],
    [
      'the first dose exactly 24 h before has left the window',
      fourDoses,
      '2026-01-11T00:00:00+01:00',
      true,
      3,
    ],
    ['doses one by one falling out', fourDoses, '2026-01-11T12:30:00+01:00', true, 1],
    ['a dose at the same instant counts', fourDoses, '2026-01-10T18:00:00+01:00', false, 4],
    ['later doses do not count', fourDoses, '2026-01-10T11:00:00+01:00', true, 2],
    [
      'only given counts',
      [
        ...given('00:00', '06:00', '12:00'),
        { at: '2026-01-10T18:00:00+01:00', outcome: 'refused' },
        { at: '2026-01-10T19:00:00+01:00', outcome: 'held' },
        { at: '2026-01-10T20:00:00+01:00', outcome: 'not-given' },
      ],
      '2026-01-10T21:00:00+01:00',
      true,
      3,
    ],
  ])('%s', (_, administrations, at, allowed, count) => {
    const check = prnCheck(prn, administrations, at);
    expect(check.allowed).toBe(allowed);
    expect(check.reason).toBe(allowed ? 'allowed' : 'limit-reached');
    expect(check.givenInLast24h).toBe(count);
    expect(check.maxDosesPer24h).toBe(4);
  });

  it('says when the next dose fits', () => {
    expect(prnCheck(prn, fourDoses, '2026-01-10T23:59:00+01:00').nextAllowedAt).toBe(
      '2026-01-11T00:00:00.000+01:00',
    );
    const five = given('00:00', '06:00', '12:00', '18:00', '20:00');
    expect(prnCheck(prn, five, '2026-01-10T21:00:00+01:00').nextAllowedAt).toBe(
      '2026-01-11T06:00:00.000+01:00',
    );
    expect(prnCheck(prn, given('06:00'), '2026-01-10T07:00:00+01:00').nextAllowedAt).toBeNull();
  });

  it('with a maximum of one, the next dose is 24 h after the last', () => {
    const one = { ...prn, maxDosesPer24h: 1 };
    const last = [{ at: '2026-01-10T08:00:00+01:00', outcome: 'given' as const }];
    expect(prnCheck(one, last, '2026-01-11T07:59:59+01:00').allowed).toBe(false);
    expect(prnCheck(one, last, '2026-01-11T08:00:00+01:00').allowed).toBe(true);
  });

  it.each(['2025-12-31T23:59:00+01:00', '2026-02-01T00:00:00+01:00'])(
    'is not active at %s',
    (at) => {
      expect(prnCheck(prn, [], at)).toMatchObject({ allowed: false, reason: 'not-active' });
    },
  );

  it('refuses an unreadable administration rather than not counting it', () => {
    const bad: Administration[] = [{ at: 'this morning', outcome: 'given' }];
    expect(issuesOf(() => prnCheck(prn, bad, '2026-01-10T08:00:00+01:00'))).toEqual([
      { path: 'administrations.0.at', code: 'invalidDate' },
    ]);
  });

  it('refuses a schedule that is not as needed', () => {
    // A schedule of another kind, as a caller might pass it: the check reads the kind itself.
    const regular = every(8, '2026-01-01T00:00:00Z') as PrnSchedule;
    expect(issuesOf(() => prnCheck(regular, [], '2026-01-10T08:00:00+01:00'))).toEqual([
      { path: 'schedule.kind', code: 'invalid' },
    ]);
  });
});
