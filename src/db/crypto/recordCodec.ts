import { markDamaged, tamperedError } from './damaged';
import { CryptoError } from './errors';
import { decryptField, encryptField } from './fields';

/** How the records of one table are encrypted: which top-level fields, bound to which key. */
export interface RecordCodec {
  table: string;
  fields: readonly string[];
  /** From Dexie's schema: reads the inbound primary key out of a value. */
  extractKey: (value: unknown) => unknown;
  /**
   * Isolate a record that fails its integrity check: hand out a DamagedRow (see damaged.ts)
   * and report it, instead of failing the whole read.
   */
  isolate?: boolean;
}

type Row = Record<string, unknown>;

const isRow = (value: unknown): value is Row =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function primaryKeyOf(codec: RecordCodec, value: Row): unknown {
  const primaryKey = codec.extractKey(value);
  // The key is part of the additional data: it must be known before the record is stored.
  if (primaryKey === undefined) {
    throw new CryptoError('invalid-value', `${codec.table}: a record needs its primary key`);
  }
  return primaryKey;
}

/** A copy of `value` whose listed fields are all EncryptedFields (absent ones included). */
export async function encryptRecord(
  codec: RecordCodec,
  key: CryptoKey,
  value: unknown,
): Promise<Row> {
  if (!isRow(value)) throw new CryptoError('invalid-value', `${codec.table}: not an object`);
  const primaryKey = primaryKeyOf(codec, value);
  const copy: Row = { ...value }; // the caller's object is left as it was
  await Promise.all(
    codec.fields.map(async (field) => {
      copy[field] = await encryptField(key, value[field], {
        table: codec.table,
        primaryKey,
        field,
      });
    }),
  );
  return copy;
}

/** A clear copy of a stored record; undefined (a missing record) stays undefined. */
export async function decryptRecord(
  codec: RecordCodec,
  key: CryptoKey,
  stored: unknown,
): Promise<unknown> {
  if (stored === undefined) return undefined;
  if (!isRow(stored)) throw new CryptoError('tampered-data', `${codec.table}: not an object`);
  const primaryKey = codec.extractKey(stored);
  const failed: { field: string; error: Error }[] = [];
  const clear = await Promise.all(
    codec.fields.map((field) =>
      decryptField(key, stored[field], { table: codec.table, primaryKey, field }).catch(
        (error: unknown) => {
          const tampered = codec.isolate ? tamperedError(error) : null;
          if (!tampered) throw error;
          failed.push({ field, error: tampered });
          return undefined;
        },
      ),
    ),
  );
  // A new object, never decrypted in place: Dexie's caches may share the stored one.
  const copy: Row = Object.fromEntries(
    Object.entries(stored).filter(([name]) => !codec.fields.includes(name)),
  );
  if (failed.length > 0) {
    // Nothing decrypted is handed out: a record is whole or damaged.
    const fields = failed.map((f) => f.field);
    const detail = failed.map((f) => f.error.message).join('; ');
    return markDamaged(copy, { table: codec.table, primaryKey, fields, detail }, stored);
  }
  codec.fields.forEach((field, i) => {
    if (clear[i] !== undefined) copy[field] = clear[i];
  });
  return copy;
}

export const encryptRecords = (codec: RecordCodec, key: CryptoKey, values: readonly unknown[]) =>
  Promise.all(values.map((value) => encryptRecord(codec, key, value)));

export const decryptRecords = (codec: RecordCodec, key: CryptoKey, values: readonly unknown[]) =>
  Promise.all(values.map((value) => decryptRecord(codec, key, value)));
