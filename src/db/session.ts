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
const listeners = new Set<() => void>();

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

export function openSession(dataKey: CryptoKey, author: Author | null = null): void {
  key = dataKey;
  publish({ locked: false, author });
}

export function setAuthor(author: Author): void {
  if (key) publish({ locked: false, author });
}

/** Forgets the key and the author: nothing clinical can be read until the next unlock. */
export function lockSession(): void {
  key = null;
  publish({ locked: true, author: null });
}
