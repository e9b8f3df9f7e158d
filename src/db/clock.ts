import { systemClock, type Clock } from '../domain/time';

// The database layer's one clock (issue 11): every write's "now" and every stamp the db
// keeps (drafts, damaged records, unlock tries) reads it. Tests set another one.
let clock: Clock = systemClock;

export const dbClock = (): Clock => clock;

/** Now, as an instant, on the db's clock. */
export const dbNow = (): Date => clock.now();

/** For tests: a stopped or stepping clock; without argument, the system's again. */
export function setDbClock(next: Clock = systemClock): void {
  clock = next;
}
