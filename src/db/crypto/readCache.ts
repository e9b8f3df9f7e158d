import { isEncryptedField } from './fields';

/**
 * Records already decrypted, so that a screen opened again (or read again by a live query
 * after a write elsewhere) does not decrypt what it decrypted a moment ago: an event never
 * changes once stored, and the patient screen rereads a whole stay at each open.
 *
 * A record is handed back only for a stored row identical to the one decrypted: same clear
 * fields, same IVs and ciphertexts, byte for byte. Decryption is deterministic, so the
 * result is what decrypting again would give; a row changed in storage (a new write, a
 * re-seal, an alteration) differs and is decrypted, and checked, as before. Per data key,
 * bounded, and emptied at lock with the liveQuery cache (db/queryCache.ts).
 */
export interface ReadCache {
  get: (key: CryptoKey, stored: unknown) => unknown;
  set: (key: CryptoKey, stored: unknown, clear: unknown) => void;
}

type Row = Record<string, unknown>;

/** Enough for the stays a tablet goes through between two locks; the oldest go first. */
const KEPT = 20_000;

const resets = new Set<() => void>();

/** Forgets every decrypted record of every database (at lock). */
export function forgetDecrypted(): void {
  for (const reset of resets) reset();
}

const isRow = (value: unknown): value is Row =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function sameBytes(a: ArrayBuffer, b: ArrayBuffer): boolean {
  if (a === b) return true;
  if (a.byteLength !== b.byteLength) return false;
  const [x, y] = [new Uint8Array(a), new Uint8Array(b)];
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

/** The same stored row: clear values equal, encrypted fields equal byte for byte. */
function sameRow(a: Row, b: Row): boolean {
  const names = Object.keys(a);
  if (names.length !== Object.keys(b).length) return false;
  return names.every((name) => {
    const [x, y] = [a[name], b[name]];
    if (isEncryptedField(x) && isEncryptedField(y)) {
      return sameBytes(x.iv, y.iv) && sameBytes(x.ct, y.ct);
    }
    // Clear fields are ids, types, times: plain values. Anything else is never matched.
    return x === y && (x === null || typeof x !== 'object');
  });
}

/** A cache for one table, keyed by primary key. */
export function readCache(extractKey: (value: unknown) => unknown): ReadCache {
  let byKey = new WeakMap<CryptoKey, Map<unknown, { stored: Row; clear: Row }>>();
  resets.add(() => (byKey = new WeakMap()));
  const entries = (key: CryptoKey) => {
    let map = byKey.get(key);
    if (!map) byKey.set(key, (map = new Map()));
    return map;
  };
  return {
    get: (key, stored) => {
      if (!isRow(stored)) return undefined;
      const hit = entries(key).get(extractKey(stored));
      // A copy: a reader that sets a field must not change what the next one gets.
      return hit && sameRow(hit.stored, stored) ? { ...hit.clear } : undefined;
    },
    set: (key, stored, clear) => {
      // Only whole records: a damaged one (marked by a symbol) is decrypted, and reported, again.
      if (!isRow(stored) || !isRow(clear) || Object.getOwnPropertySymbols(clear).length > 0) {
        return;
      }
      const map = entries(key);
      const primaryKey = extractKey(stored);
      map.delete(primaryKey);
      map.set(primaryKey, { stored, clear: { ...clear } });
      if (map.size > KEPT) map.delete(map.keys().next().value);
    },
  };
}
