/**
 * The clock every unit test starts on (tests/unit/setup.ts): Tuesday 1 December 2026, 14:00
 * in Paris. The db layer still reads `Date.now()` itself (a bedside time ahead of the clock is
 * refused) and the fixtures count hours back from it: neither depends on the day tests run.
 */
export const UNIT_NOW = new Date('2026-12-01T14:00:00+01:00');
