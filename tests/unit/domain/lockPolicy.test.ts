import { describe, expect, it } from 'vitest';
import {
  clampLockMinutes,
  idleTooLong,
  nextTryAt,
  unlockDelayMs,
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
    expect(nextTryAt(undefined)).toBe(0);
    expect(nextTryAt({ count: 5, lastAt: 1000 })).toBe(31_000);
  });
});
