import { db } from './db';
import { wardHintKey } from './mode';

/**
 * Whether this page's database held a ward when the app last read it, kept in localStorage,
 * which is read at once: in a fresh browser IndexedDB takes about 0.6 s to open, and the lock
 * screen shows on the hint instead of waiting for it (issue 12, cold start). A hint only: the
 * database says the truth once open (hasWard), the gate shows that, and the hint follows it.
 */
export function wardHinted(): boolean {
  try {
    return globalThis.localStorage?.getItem(wardHintKey(db.name)) === '1';
  } catch {
    return false; // storage refused: wait for the database, as without a hint
  }
}

/** Kept as the database says (a ward created, joined or purged, or a hint gone wrong). */
export function keepWardHint(held: boolean): void {
  try {
    const key = wardHintKey(db.name);
    if (held) globalThis.localStorage?.setItem(key, '1');
    else globalThis.localStorage?.removeItem(key);
  } catch {
    // Storage refused: the next start waits for the database, as without a hint.
  }
}
