import { Dexie } from 'dexie';
import { createEncryptionMiddleware } from '../../../../src/db/crypto';
import { fromBase64, toBase64 } from '../../../../src/db/crypto/encoding';

/**
 * A released Dexie version, frozen: its stores as declared then, the fields its code
 * encrypted, and a small ward written by that version (clear rows, and the same rows as
 * stored: ciphertext bytes and all). Never edit one: a new version gets a new file.
 * v1 to v3 were written by the app's write path limited to what each version could write
 * (the field envelope and PatientState have not changed since v1), then frozen as bytes.
 */
export interface FrozenVersion {
  version: number;
  /** The tables this version added or changed, as its `this.version(n).stores()` said. */
  stores: Record<string, string>;
  /** Per table, the fields that version's code encrypted. */
  encrypted: Record<string, readonly string[]>;
  /** The passphrase of the frozen key record (in `local`). */
  passphrase: string;
  /** Per table, the rows as the app read them (clear). */
  rows: Record<string, unknown[]>;
  /** Per table, the same rows as IndexedDB held them (ArrayBuffers as { $bytes: base64 }). */
  stored: Record<string, unknown[]>;
}

/** A Dexie declared with the frozen schemas up to `history`'s last version. */
export function frozenDexie(name: string, history: readonly FrozenVersion[]): Dexie {
  const dexie = new Dexie(name);
  for (const frozen of history) dexie.version(frozen.version).stores(frozen.stores);
  return dexie;
}

/** Same, writing and reading through the encryption of `history`'s last version. */
export function frozenEncryptedDexie(
  name: string,
  history: readonly FrozenVersion[],
  key: CryptoKey,
): Dexie {
  const dexie = frozenDexie(name, history);
  const last = history[history.length - 1];
  dexie.use(createEncryptionMiddleware({ fields: last?.encrypted ?? {}, getKey: () => key }));
  return dexie;
}

const BYTES = '$bytes';

/** JSON-safe copy of stored rows: each ArrayBuffer becomes { $bytes: base64 }. */
export const freezeBytes = (value: unknown): unknown =>
  JSON.parse(
    JSON.stringify(value, (_key, inner: unknown) =>
      inner instanceof ArrayBuffer ? { [BYTES]: toBase64(inner) } : inner,
    ),
  );

const thawBytes = (value: unknown): unknown =>
  JSON.parse(JSON.stringify(value), (_key, inner: unknown) => {
    if (typeof inner !== 'object' || inner === null || !(BYTES in inner)) return inner;
    const bytes = fromBase64(String(Reflect.get(inner, BYTES)));
    if (!bytes) throw new Error('Frozen fixture: bad base64');
    return bytes.buffer;
  });

/** The stored rows back as IndexedDB held them: each { $bytes } an ArrayBuffer again. */
export const thawRows = (stored: Record<string, unknown[]>): Record<string, unknown[]> =>
  Object.fromEntries(Object.entries(stored).map(([table, rows]) => [table, rows.map(thawBytes)]));
