import { describe, expect, it } from 'vitest';
import {
  clampLockMinutes,
  idleTooLong,
  clockIsBehind,
  unlockDelayMs,
  wallElapsed,
} from '../../../src/domain/lockPolicy';

describe('lock policy', () => {
  it('keeps the lock period between 1 and 30 minutes', () => {
    expect(clampLockMinutes(0)).toBe(1);
    expect(clampLockMinutes(1)).toBe(1);
    expect(clampLockMinutes(30)).toBe(30);
    expect(clampLockMinutes(31)).toBe(30);
    expect(clampLockMinutes(Number.NaN)).toBe(5);
  });

  it('locks once the whole period has passed, not before', () => {
    expect(idleTooLong(0, 5 * 60_000 - 1, 5)).toBe(false);
    expect(idleTooLong(0, 5 * 60_000, 5)).toBe(true);
  });

  it('lets five wrong passphrases through, then makes each try wait longer', () => {
    expect([0, 4].map(unlockDelayMs)).toEqual([0, 0]);
    expect(unlockDelayMs(5)).toBe(30_000);
    expect(unlockDelayMs(6)).toBe(60_000);
    expect(unlockDelayMs(7)).toBe(120_000);
    expect(unlockDelayMs(20)).toBe(15 * 60_000);
  });

  it('trusts the device date only when it goes forward from the last failure', () => {
    expect(wallElapsed(1000, 31_000)).toBe(30_000);
    expect(wallElapsed(1000, 500)).toBe(0);
  });

  it('calls a clock set back beyond five minutes behind the latest stored time', () => {
    expect(clockIsBehind(0, undefined)).toBe(false);
    expect(clockIsBehind(0, 5 * 60_000)).toBe(false);
    expect(clockIsBehind(0, 5 * 60_000 + 1)).toBe(true);
  });
});
