import type { WriteFailure, WriteResult } from '../domain/failure';
import { ValidationError } from '../domain/validation';

export class NoAuthorError extends Error {
  override readonly name = 'NoAuthorError';
}

/** Dexie wraps the browser's error (AbortError -> QuotaExceededError): look at the whole chain. */
function chain(error: unknown): unknown[] {
  const seen: unknown[] = [];
  let current: unknown = error;
  while (current && typeof current === 'object' && !seen.includes(current)) {
    seen.push(current);
    current = (current as { inner?: unknown }).inner;
  }
  return seen;
}

const named = (error: unknown, name: string) =>
  chain(error).some((e) => (e as { name?: unknown }).name === name);

/** Puts any error of a write into a kind the interface explains; nothing is swallowed. */
export function toFailure(error: unknown): WriteFailure {
  if (error instanceof ValidationError) return { kind: 'validation', issues: error.issues };
  if (error instanceof NoAuthorError) return { kind: 'no-author' };
  if (named(error, 'QuotaExceededError')) return { kind: 'quota' };
  if (named(error, 'LockedError')) return { kind: 'locked' };
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return { kind: 'storage', detail };
}

/** Runs a write and reports its outcome instead of throwing. */
export async function attempt<T>(write: () => Promise<T>): Promise<WriteResult<T>> {
  try {
    return { ok: true, value: await write() };
  } catch (error) {
    const failure = toFailure(error);
    // Storage trouble is kept in the console for the IT team; a typing mistake is not.
    if (failure.kind === 'storage' || failure.kind === 'quota') console.error(error);
    return { ok: false, failure };
  }
}
