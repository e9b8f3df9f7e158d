import { CryptoError } from './errors';
import { encryptRecord, type RecordCodec } from './recordCodec';
import { inSlices } from './slices';

/**
 * Records sealed before their write (a batch of events: db/append.ts), so that the
 * encryption runs outside the write's transaction and the transaction only stores. Each is
 * remembered with the table and the key it was sealed for: the middleware stores it as it is
 * only under that same key, otherwise refuses it. A WeakMap: a row that is never written is
 * forgotten with it, and nothing outside this module can mark a row sealed.
 */
const sealedWith = new WeakMap<object, { table: string; key: CryptoKey }>();

/**
 * Sealed copies of `values` for `codec.table` under `key` (the caller's objects unchanged).
 * Typed as the rows they stand for: a Dexie table is typed with its clear shape, and the
 * middleware stores these as they are.
 */
export async function sealRecords<T extends object>(
  codec: RecordCodec,
  key: CryptoKey,
  values: readonly T[],
): Promise<T[]> {
  // In slices (slices.ts): a hub pull or a ward file seals thousands of events at once, outside
  // any transaction (db/append.ts sealAhead).
  const sealed = await inSlices(values, (value) => encryptRecord(codec, key, value));
  for (const row of sealed) sealedWith.set(row, { table: codec.table, key });
  return sealed as T[];
}

/**
 * Marks rows whose fields are already ciphertexts of `codec.table` under `key`, sealed as the
 * table seals them (an event as it travelled, checked by openWire): stored without a second
 * encryption. Only for rows that were just opened with that key and codec.
 */
export function markSealed(codec: RecordCodec, key: CryptoKey, rows: readonly object[]): void {
  for (const row of rows) sealedWith.set(row, { table: codec.table, key });
}

/**
 * How the middleware treats a value written to `table`: 'clear' to encrypt, 'sealed' to store
 * as it is; a row sealed for another table or key is refused (its ciphertext would not read).
 */
export function sealState(table: string, key: CryptoKey, value: unknown): 'clear' | 'sealed' {
  if (typeof value !== 'object' || value === null) return 'clear';
  const seal = sealedWith.get(value);
  if (!seal) return 'clear';
  if (seal.table !== table || seal.key !== key) {
    throw new CryptoError('invalid-value', `${table}: a row sealed for another table or key`);
  }
  return 'sealed';
}
