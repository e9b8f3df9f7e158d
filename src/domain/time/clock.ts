import { DEFAULT_TIME_ZONE, instantOf, toIsoWithOffset } from './zone';

/**
 * What reads the time. Everything that needs "now" gets a Clock (db writes through
 * `db/clock.ts`, screens through `ui/wardTime.tsx`); pure functions take the instant itself.
 */
export interface Clock {
  now(): Date;
}

/**
 * The only reader of the system time in src/ (ESLint forbids `new Date()` and `Date.now()`
 * anywhere else). Unit tests fake Date and e2e tests install `page.clock`: both reach it.
 */
export const systemClock: Clock = { now: () => new Date() };

/** A clock stopped at one instant: for tests and previews. */
export const fixedClock = (iso: string): Clock => ({ now: () => new Date(iso) });

/** Now on the ward's clock, as ISO 8601 with the zone's offset. */
export const nowIso = (clock: Clock, timeZone = DEFAULT_TIME_ZONE): string =>
  toIsoWithOffset(clock.now(), timeZone);

/**
 * How far ahead of `now` a bedside time may be: two tablets' clocks drift apart, and a
 * nurse charting at 10:00 on one must not be refused because the other says 09:58.
 */
export const CLOCK_SKEW_MS = 5 * 60_000;

/** 'futureDate' when `at` is ahead of `now` by more than the skew allowed. */
export const isFuture = (at: string, now: Date): boolean =>
  instantOf(at) > now.getTime() + CLOCK_SKEW_MS;
