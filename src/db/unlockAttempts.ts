import {
  unlockDelayMs,
  wallElapsed,
  type LockClock,
  type UnlockFailures,
} from '../domain/lockPolicy';
import { dbNow } from './clock';
import type { ReleveDb } from './db';
import { toFailure } from './errors';

/**
 * The wall time is the db's clock (`db/clock.ts`); performance.now() only moves forward
 * within a page, whatever the device's date says.
 */
export const lockClock: LockClock = {
  wall: () => dbNow().getTime(),
  mono: () => performance.now(),
};

/** When this page started measuring the wait after a given failure, on the monotonic clock. */
interface Pin {
  count: number;
  lastAt: number;
  monoStart: number;
  elapsedAtStart: number;
}

export type Reservation =
  { waitMs: number } | { counted: UnlockFailures; countNotSaved?: 'quota' | 'storage' };

const readFailures = async (db: ReleveDb) =>
  (await db.local.get('unlockFailures'))?.value as UnlockFailures | undefined;

/**
 * One page's side of the wrong-passphrase count, which lives in the `local` table so that
 * every tab and every reload share it.
 *
 * A try is counted BEFORE its passphrase is tested: read, check the wait, write count + 1,
 * all in one `rw` transaction. IndexedDB runs `rw` transactions on the same store one after
 * the other, across tabs too, so simultaneous tries each add one, and no try slips past the
 * wait while others are still deriving their key. A right passphrase then clears the count.
 *
 * When the count cannot be stored (disk full), it is kept here, in this page's memory, and
 * the wait still applies: the nurse is told, and the try goes on.
 */
export class UnlockAttempts {
  private memory: UnlockFailures | undefined;
  private pin: Pin | undefined;

  constructor(
    readonly db: ReleveDb,
    readonly clock: LockClock = lockClock,
  ) {}

  /** The failures that apply: the stored count, or this page's own when higher. */
  private effective(stored: UnlockFailures | undefined): UnlockFailures | undefined {
    const own = this.memory;
    return own && (!stored || own.count > stored.count) ? own : stored;
  }

  /**
   * What is left of the wait after `failures`. The first time this page sees a failure, the
   * wall clock says how much of the wait was already over (nothing if it went backwards);
   * from then on only the monotonic clock counts, so moving the date forward gains nothing.
   */
  waitMs(failures: UnlockFailures | undefined): number {
    const delay = failures ? unlockDelayMs(failures.count) : 0;
    if (!failures || delay === 0) return 0;
    const mono = this.clock.mono();
    const pin = this.pin;
    if (!pin || pin.count !== failures.count || pin.lastAt !== failures.lastAt) {
      const elapsedAtStart = Math.min(delay, wallElapsed(failures.lastAt, this.clock.wall()));
      this.pin = { ...failures, monoStart: mono, elapsedAtStart };
    }
    const { monoStart, elapsedAtStart } = this.pin ?? { monoStart: mono, elapsedAtStart: 0 };
    return Math.max(0, delay - elapsedAtStart - Math.max(0, mono - monoStart));
  }

  /** The wait now, and the last stored failure time (for the clock check), without a try. */
  async status(): Promise<{ waitMs: number; lastFailureAt: number | undefined }> {
    const failures = this.effective(await readFailures(this.db));
    return { waitMs: this.waitMs(failures), lastFailureAt: failures?.lastAt };
  }

  /** Counts a try before it is made, or says how long to wait. */
  async reserve(): Promise<Reservation> {
    const wall = this.clock.wall();
    let seen: UnlockFailures | undefined;
    try {
      return await this.db.transaction('rw', this.db.local, async () => {
        seen = this.effective(await readFailures(this.db));
        const waitMs = this.waitMs(seen);
        if (waitMs > 0) return { waitMs };
        const counted = { count: (seen?.count ?? 0) + 1, lastAt: wall };
        this.startPin(counted);
        await this.db.local.put({ key: 'unlockFailures', value: counted });
        if (this.memory) this.memory = counted;
        return { counted };
      });
    } catch (error) {
      console.error(error);
      const current = this.effective(seen);
      const waitMs = this.waitMs(current);
      if (waitMs > 0) return { waitMs };
      const counted = { count: (current?.count ?? 0) + 1, lastAt: wall };
      this.startPin(counted);
      this.memory = counted;
      return { counted, countNotSaved: toFailure(error).kind === 'quota' ? 'quota' : 'storage' };
    }
  }

  /** The right passphrase: the count starts again from zero, here and on the device. */
  async clear(): Promise<void> {
    this.memory = undefined;
    this.pin = undefined;
    try {
      await this.db.local.delete('unlockFailures');
    } catch (error) {
      // The ward is open; a stale count only delays a later try. Kept for the IT team.
      console.error(error);
    }
  }

  private startPin(failures: UnlockFailures) {
    this.pin = { ...failures, monoStart: this.clock.mono(), elapsedAtStart: 0 };
  }
}
