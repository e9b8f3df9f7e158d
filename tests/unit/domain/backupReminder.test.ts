import { describe, expect, it } from 'vitest';
import { backupStatus, clampReminderHours } from '../../../src/domain/backupReminder';

const T0 = Date.parse('2026-12-01T08:00:00+01:00');
const HOUR = 3_600_000;
const at = (hours: number) => T0 + hours * HOUR;

describe('ward file reminder (issue 14, point 7)', () => {
  it('reminds when the period has passed since the last ward file, not a minute before', () => {
    const madeAt = new Date(T0).toISOString();
    const check = (nowMs: number) =>
      backupStatus({ madeAt, heldSince: undefined, nowMs, hours: 12 }).due;
    expect(check(at(12) - 60_000)).toBe(false);
    expect(check(at(12))).toBe(true);
    expect(check(at(30))).toBe(true);
  });

  it('follows the period set on the tablet', () => {
    const madeAt = '2026-12-01T08:00:00+01:00';
    expect(backupStatus({ madeAt, heldSince: undefined, nowMs: at(3.9), hours: 4 }).due).toBe(
      false,
    );
    expect(backupStatus({ madeAt, heldSince: undefined, nowMs: at(4), hours: 4 }).due).toBe(true);
    expect(backupStatus({ madeAt, heldSince: undefined, nowMs: at(23), hours: 24 }).due).toBe(
      false,
    );
  });

  it('never made here: counts from when the tablet took the ward, says never', () => {
    const heldSince = new Date(T0).toISOString();
    const before = backupStatus({ madeAt: undefined, heldSince, nowMs: at(11), hours: 12 });
    expect(before).toEqual({ madeAtMs: undefined, due: false });
    expect(backupStatus({ madeAt: undefined, heldSince, nowMs: at(12), hours: 12 }).due).toBe(true);
  });

  it('a ward older than the reminder, that never made a file, is reminded at once', () => {
    expect(
      backupStatus({ madeAt: undefined, heldSince: undefined, nowMs: T0, hours: 12 }).due,
    ).toBe(true);
  });

  it('a file "made" far in the future (clock set back since) does not silence it', () => {
    const madeAt = new Date(at(48)).toISOString();
    expect(backupStatus({ madeAt, heldSince: undefined, nowMs: T0, hours: 12 }).due).toBe(true);
    // A few minutes ahead (clocks of two tablets): still counted as just made.
    const soon = new Date(T0 + 5 * 60_000).toISOString();
    expect(backupStatus({ madeAt: soon, heldSince: undefined, nowMs: T0, hours: 12 }).due).toBe(
      false,
    );
  });

  it('reads epoch milliseconds as well as ISO text, and keeps the period within bounds', () => {
    expect(backupStatus({ madeAt: T0, heldSince: undefined, nowMs: at(1), hours: 12 })).toEqual({
      madeAtMs: T0,
      due: false,
    });
    expect(clampReminderHours(0)).toBe(1);
    expect(clampReminderHours(500)).toBe(72);
    expect(clampReminderHours(Number.NaN)).toBe(12);
  });
});
