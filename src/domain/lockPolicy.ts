/** How long the app stays open without a touch; the ward manager can set 1 to 30 minutes. */
export const LOCK_MINUTES = { min: 1, max: 30, default: 5 } as const;

export const clampLockMinutes = (minutes: number): number =>
  Number.isFinite(minutes)
    ? Math.min(LOCK_MINUTES.max, Math.max(LOCK_MINUTES.min, Math.round(minutes)))
    : LOCK_MINUTES.default;

/** True when the app has been left alone (untouched or hidden) for the whole period. */
export const idleTooLong = (lastActivityMs: number, nowMs: number, lockMinutes: number) =>
  nowMs - lastActivityMs >= lockMinutes * 60_000;

/** Wrong passphrases allowed before each further try has to wait. */
export const FREE_ATTEMPTS = 5;
const FIRST_DELAY_MS = 30_000;
const MAX_DELAY_MS = 15 * 60_000;

/**
 * The wait before the next try after `failures` wrong passphrases in a row: none for the
 * first five, then 30 s doubling each time up to 15 min. It slows guessing at the tablet
 * without locking a nurse out for good.
 */
export function unlockDelayMs(failures: number): number {
  if (failures < FREE_ATTEMPTS) return 0;
  return Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** (failures - FREE_ATTEMPTS));
}

export interface UnlockFailures {
  count: number;
  /** Epoch ms of the last wrong passphrase. */
  lastAt: number;
}

/** Epoch ms before which no new try is accepted; 0 when a try is allowed. */
export const nextTryAt = (failures: UnlockFailures | undefined): number =>
  failures ? failures.lastAt + unlockDelayMs(failures.count) : 0;

/** What a try to unlock gave: opened, or why not (and until when to wait). */
export type UnlockOutcome =
  | { ok: true }
  | { ok: false; reason: 'empty' | 'wrong' | 'corrupted' }
  | { ok: false; reason: 'wait'; until: number };
