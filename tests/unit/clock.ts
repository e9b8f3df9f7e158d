/**
 * The clock every unit test starts on (tests/unit/setup.ts): Tuesday 1 December 2026, 14:00
 * in Paris. The db layer's clock (`db/clock.ts`, `systemClock` unless a test sets another) and
 * the fixtures read it: neither depends on the day tests run.
 */
export const UNIT_NOW = new Date('2026-12-01T14:00:00+01:00');
