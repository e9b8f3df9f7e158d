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

/**
 * Two clocks. `wall` is the device's date (epoch ms): stored, shared between pages, but anyone
 * can move it. `mono` (performance.now) only goes forward, but restarts with each page. Waits
 * are measured with `mono` within a page; `wall` is only used to know how much of a wait had
 * passed before this page first saw the failure, and is not trusted when it goes backwards.
 */
export interface LockClock {
  wall(): number;
  mono(): number;
}

/**
 * How much of the wait after a failure at `lastAt` is over at `wallNow`, by the wall clock.
 * A clock behind `lastAt` has been set back: nothing is counted as elapsed.
 */
export const wallElapsed = (lastAt: number, wallNow: number): number =>
  wallNow >= lastAt ? wallNow - lastAt : 0;

/** Tablets' clocks differ a little; behind the latest stored time by more is set back. */
export const CLOCK_BEHIND_TOLERANCE_MS = 5 * 60_000;

export const clockIsBehind = (wallNow: number, latestStored: number | undefined): boolean =>
  latestStored !== undefined && wallNow + CLOCK_BEHIND_TOLERANCE_MS < latestStored;

/**
 * What a try to unlock gave: opened, or why not. `waitMs` is what is left of the wait.
 * `countNotSaved` says the wrong try could not be stored on the device (disk full or
 * storage failing): it is counted in this page only.
 */
export type UnlockOutcome =
  | { ok: true }
  | {
      ok: false;
      reason: 'empty' | 'wrong' | 'corrupted' | 'storage';
      countNotSaved?: 'quota' | 'storage';
    }
  | { ok: false; reason: 'wait'; waitMs: number; countNotSaved?: 'quota' | 'storage' };
