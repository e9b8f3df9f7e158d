import type { Author } from '../domain/staff';

/**
 * What exists only while the ward is unlocked: the data key and who is charting.
 * Both live in memory, never in storage; locking forgets them.
 */
export interface Session {
  locked: boolean;
  author: Author | null;
}

let key: CryptoKey | null = null;
let snapshot: Session = { locked: true, author: null };
// Bumped at each unlock, so that a key drop still pending from an earlier lock spares it.
let generation = 0;
const listeners = new Set<() => void>();
const lockListeners = new Set<LockListener>();
let channel: BroadcastChannel | null = null;

/** Runs at every lock, before the key is dropped; may return a promise (see onLock). */
export type LockListener = () => void | Promise<void>;

function publish(next: Session) {
  snapshot = next;
  listeners.forEach((listener) => listener());
}

/** The data key for the encryption middleware; null while locked. */
export const getDataKey = (): CryptoKey | null => key;

export const getSession = (): Session => snapshot;

export function subscribeSession(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * "About to lock": `listener` runs synchronously at the start of every lock (button, idle,
 * another tab), while the screens are still mounted and the key still here, e.g. to save an
 * encrypted draft of an open form. If it returns a promise, the key is kept until that
 * promise settles (the screens are already gone by then), so it must settle promptly.
 */
export function onLock(listener: LockListener): () => void {
  lockListeners.add(listener);
  return () => lockListeners.delete(listener);
}

export function openSession(dataKey: CryptoKey, author: Author | null = null): void {
  generation += 1;
  key = dataKey;
  publish({ locked: false, author });
}

export function setAuthor(author: Author): void {
  if (key && !snapshot.locked) publish({ locked: false, author });
}

function runLockListeners(): Promise<unknown>[] {
  const pending: Promise<unknown>[] = [];
  for (const listener of lockListeners) {
    try {
      const result = listener();
      if (result instanceof Promise) pending.push(result);
    } catch (error) {
      console.error(error); // a failed draft save must never stop the lock
    }
  }
  return pending;
}

/**
 * Forgets the key and the author: nothing clinical can be read until the next unlock. The
 * screens unmount at once; the key goes as soon as the "about to lock" listeners are done
 * (at once when none returned a promise). Every other page of the app locks too.
 */
export function lockSession(options: { broadcast?: boolean } = {}): Promise<void> {
  if (snapshot.locked && key === null) return Promise.resolve();
  if (!snapshot.locked && options.broadcast !== false) channel?.postMessage(LOCKED);
  const locking = generation;
  const pending = snapshot.locked ? [] : runLockListeners();
  publish({ locked: true, author: null });
  const drop = () => {
    if (generation === locking) key = null;
  };
  if (pending.length === 0) {
    drop();
    return Promise.resolve();
  }
  return Promise.allSettled(pending).then(drop);
}

const LOCKED = 'locked';

/**
 * Listens for locks made in other pages of the app (BroadcastChannel reaches every page of
 * the origin, hidden tabs included). Unlocking stays per page: the key is never sent between
 * pages, and each page is opened by someone who types the passphrase there.
 */
export function connectLockChannel(name = 'releve-lock'): () => void {
  if (typeof BroadcastChannel !== 'function' || channel) return () => undefined;
  const opened = new BroadcastChannel(name);
  opened.onmessage = (event: MessageEvent) => {
    if (event.data === LOCKED) void lockSession({ broadcast: false });
  };
  channel = opened;
  return () => {
    opened.close();
    if (channel === opened) channel = null;
  };
}
