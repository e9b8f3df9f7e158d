import { db, ReleveDb } from '../../../src/db/db';
import { UnlockAttempts } from '../../../src/db/unlockAttempts';
import type { LockClock } from '../../../src/domain/lockPolicy';

/** A clock the test moves: `wall` is the device's date, `mono` performance.now(). */
export function fakeClock(wall = 0, mono = 0) {
  const clock = {
    wallMs: wall,
    monoMs: mono,
    wall: () => clock.wallMs,
    mono: () => clock.monoMs,
    /** Time passes: both clocks move. */
    advance(ms: number) {
      clock.wallMs += ms;
      clock.monoMs += ms;
    },
  };
  return clock satisfies LockClock;
}

/**
 * A browser tab: its own connection to the same IndexedDB database, and its own page memory.
 * Closed by `closeTabs`.
 */
const opened: ReleveDb[] = [];
export function tab(clock: LockClock = fakeClock()): UnlockAttempts {
  const connection = new ReleveDb(db.name);
  opened.push(connection);
  return new UnlockAttempts(connection, clock);
}

export function closeTabs() {
  opened.splice(0).forEach((connection) => connection.close());
}

/** Makes every write of the count fail as a full disk would. */
export function fullDiskTab(clock: LockClock = fakeClock()): UnlockAttempts {
  const connection = new ReleveDb(db.name);
  opened.push(connection);
  connection.use({
    stack: 'dbcore',
    name: 'full-disk',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        if (name !== 'local') return table;
        return {
          ...table,
          mutate: (req) =>
            req.type === 'put'
              ? Promise.reject(
                  new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
                )
              : table.mutate(req),
        };
      },
    }),
  });
  return new UnlockAttempts(connection, clock);
}
