import { describe, expect, it } from 'vitest';
import {
  ADMINISTRATION_OUTCOMES,
  doseStatus,
  type Administration,
  type DoseStatus,
  type DoseStatusOptions,
} from '../../../src/domain/doseStatus';
import { occurrences } from '../../../src/domain/schedule';
import { ValidationError, type ValidationIssue } from '../../../src/domain/validation';

const DUE = '2026-01-10T08:00:00+01:00';
const at = (time: string) => `2026-01-10T${time}:00+01:00`;
const NEXT: DoseStatusOptions = { nextDueAt: at('12:00') };

function issuesOf(run: () => unknown): ValidationIssue[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationError) return error.issues;
    throw error;
  }
  throw new Error('expected a ValidationError');
}

describe('doseStatus without an administration', () => {
  it.each<[string, DoseStatusOptions, DoseStatus]>([
    ['06:59', NEXT, 'upcoming'],
    ['07:00', NEXT, 'due'],
    ['08:00', NEXT, 'due'],
    ['08:59', NEXT, 'due'],
    ['09:00', NEXT, 'late'],
    ['11:59', NEXT, 'late'],
    ['12:00', NEXT, 'missed'],
    ['19:59', {}, 'late'],
    ['20:00', {}, 'missed'],
    ['19:59', { nextDueAt: null }, 'late'],
    ['07:29', { windows: { beforeMinutes: 30, afterMinutes: 30 } }, 'upcoming'],
    ['07:30', { windows: { beforeMinutes: 30, afterMinutes: 30 } }, 'due'],
    ['08:30', { windows: { beforeMinutes: 30, afterMinutes: 30 } }, 'late'],
    ['09:59', { windows: { missedAfterMinutes: 120 } }, 'late'],
    ['10:00', { windows: { missedAfterMinutes: 120 } }, 'missed'],
    // With hourly doses the next dose arrives before the window closes.
    ['08:30', { nextDueAt: at('08:30') }, 'missed'],
  ])('at %s with %o is %s', (now, options, expected) => {
    expect(doseStatus(DUE, at(now), [], options)).toBe(expected);
  });

  it('compares instants, not strings', () => {
    expect(doseStatus('2026-01-10T07:00:00Z', '2026-01-10T08:30:00+01:00', [], NEXT)).toBe('due');
  });
});

describe('doseStatus with administrations', () => {
  it.each(ADMINISTRATION_OUTCOMES)(
    '%s, named by its dueAt, covers the dose even when missed',
    (outcome) => {
      const records: Administration[] = [{ dueAt: DUE, at: at('08:10'), outcome }];
      expect(doseStatus(DUE, at('08:15'), records, NEXT)).toBe(outcome);
      expect(doseStatus(DUE, at('13:00'), records, NEXT)).toBe(outcome);
    },
  );

  it('matches dueAt written with another offset', () => {
    const records: Administration[] = [
      { dueAt: '2026-01-10T07:00:00.000Z', at: at('09:30'), outcome: 'given' },
    ];
    expect(doseStatus(DUE, at('10:00'), records, NEXT)).toBe('given');
  });

  it('ignores an administration naming another dose, even inside the window', () => {
    const records: Administration[] = [{ dueAt: at('12:00'), at: at('08:10'), outcome: 'given' }];
    expect(doseStatus(DUE, at('09:30'), records, NEXT)).toBe('late');
  });

  it.each<[string, DoseStatus]>([
    ['06:59', 'due'],
    ['07:00', 'given'],
    ['11:00', 'given'],
    ['11:59', 'given'],
    ['12:00', 'missed'],
  ])('without dueAt, given at %s → %s (checked at 12:30)', (time, expected) => {
    const records: Administration[] = [{ at: at(time), outcome: 'given' }];
    const now = expected === 'due' ? at('07:30') : at('12:30');
    expect(doseStatus(DUE, now, records, NEXT)).toBe(expected);
  });

  it.each<[string, Administration[]]>([
    [
      'in order',
      [
        { at: at('08:05'), outcome: 'refused' },
        { at: at('08:30'), outcome: 'given' },
      ],
    ],
    [
      'in reverse',
      [
        { at: at('08:30'), outcome: 'given' },
        { dueAt: DUE, at: at('08:05'), outcome: 'refused' },
      ],
    ],
  ])('the latest covering record wins (%s)', (_, records) => {
    expect(doseStatus(DUE, at('09:00'), records, NEXT)).toBe('given');
  });

  it('a dose given early is given before its window opens', () => {
    const records: Administration[] = [{ dueAt: DUE, at: at('06:30'), outcome: 'given' }];
    expect(doseStatus(DUE, at('06:40'), records, NEXT)).toBe('given');
  });
});

describe('doseStatus refuses bad input', () => {
  it.each<[string, () => unknown, ValidationIssue]>([
    ['an unreadable now', () => doseStatus(DUE, 'now', []), { path: 'now', code: 'invalidDate' }],
    [
      'an unreadable dueAt',
      () => doseStatus('8h', at('08:00'), []),
      { path: 'dueAt', code: 'invalidDate' },
    ],
    [
      'a next dose before this one',
      () => doseStatus(DUE, at('08:00'), [], { nextDueAt: DUE }),
      { path: 'nextDueAt', code: 'invalid' },
    ],
    [
      'a negative window',
      () => doseStatus(DUE, at('08:00'), [], { windows: { afterMinutes: -1 } }),
      { path: 'windows.afterMinutes', code: 'invalid' },
    ],
    [
      'an unreadable administration',
      () => doseStatus(DUE, at('08:00'), [{ at: 'x', outcome: 'given' }]),
      { path: 'administrations.0.at', code: 'invalidDate' },
    ],
  ])('%s', (_, run, issue) => {
    expect(issuesOf(run)).toEqual([issue]);
  });
});

describe('a ward round across the spring-forward night', () => {
  it('gives each occurrence a status, the next occurrence closing the previous one', () => {
    const schedule = {
      kind: 'fixed-times' as const,
      times: ['22:00', '02:30', '06:00'],
      start: '2026-03-01T00:00:00+01:00',
    };
    const due = occurrences(schedule, '2026-03-28T21:00:00+01:00', '2026-03-29T07:00:00+02:00');
    expect(due).toEqual([
      '2026-03-28T22:00:00.000+01:00',
      '2026-03-29T03:30:00.000+02:00',
      '2026-03-29T06:00:00.000+02:00',
    ]);
    const records: Administration[] = [
      { dueAt: due[0], at: '2026-03-28T22:10:00+01:00', outcome: 'given' },
    ];
    const statuses = due.map((dueAt, i) =>
      doseStatus(dueAt, '2026-03-29T06:30:00+02:00', records, { nextDueAt: due[i + 1] ?? null }),
    );
    expect(statuses).toEqual(['given', 'missed', 'due']);
  });
});
