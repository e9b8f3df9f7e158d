/** First wait after a failure, and the longest: a hub back up is found within a minute. */
export const BACKOFF_BASE_MS = 1_000;
export const BACKOFF_CAP_MS = 60_000;

/**
 * The wait before try n+1 after n failures in a row: doubling from the base, capped, and
 * spread between half and all of it ("equal jitter") so that a ward's tablets coming back
 * together do not all knock at once. `random` in [0, 1).
 */
export function backoffMs(failures: number, random: number): number {
  const full = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, failures - 1));
  return full / 2 + (full / 2) * random;
}
