import { markDamaged, tamperedError } from './damaged';
import { CryptoError, findCryptoError } from './errors';
import { decryptField, encryptField, type Bound } from './fields';

type Row = Record<string, unknown>;

/** The clear fields a table seals with each ciphertext of a record (events: db/eventSeal.ts). */
export interface Binding {
  /** Names the scheme in the additional data: 'releve/event/v2'. */
  scheme: string;
  /** The bound clear values of a record, in a fixed order. */
  clear: (row: Row) => readonly unknown[];
}

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
  /** Absent: each ciphertext is bound to its table, key and field only ('releve/field/v1'). */
  binding?: Binding;
  /**
   * With a binding: true for a record that may still be sealed the older way (place only),
   * i.e. one not yet re-sealed (db/reseal.ts). Such a record reads if either seal holds.
   */
  legacy?: (primaryKey: unknown) => boolean;
  /**
   * Clear fields derived from bound ones, not bound themselves (events: atMs, wardType): why
   * they disagree with what is bound, or null. A record whose derived fields lie is damaged.
   */
  derived?: (row: Row) => string | null;
}

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
  const bound = boundOf(codec, value);
  await Promise.all(
    codec.fields.map(async (field) => {
      copy[field] = await encryptField(key, value[field], {
        table: codec.table,
        primaryKey,
        field,
        ...(bound ? { bound } : {}),
      });
    }),
  );
  return copy;
}

const boundOf = (codec: RecordCodec, row: Row): Bound | undefined =>
  codec.binding && { scheme: codec.binding.scheme, clear: codec.binding.clear(row) };

interface Opened {
  clear: unknown[];
  failed: { field: string; error: CryptoError }[];
}

/** Every field decrypted under one seal; failed integrity checks are collected, not thrown. */
async function openFields(
  codec: RecordCodec,
  key: CryptoKey,
  stored: Row,
  primaryKey: unknown,
  bound: Bound | undefined,
): Promise<Opened> {
  const failed: Opened['failed'] = [];
  const clear = await Promise.all(
    codec.fields.map((field) =>
      decryptField(key, stored[field], {
        table: codec.table,
        primaryKey,
        field,
        ...(bound ? { bound } : {}),
      }).catch((error: unknown) => {
        const tampered = tamperedError(error);
        if (!tampered) throw error;
        failed.push({ field, error: tampered });
        return undefined;
      }),
    ),
  );
  return { clear, failed };
}

/** Opens a record under its binding, or under the older seal while it may still hold one. */
async function openRecord(codec: RecordCodec, key: CryptoKey, stored: Row, primaryKey: unknown) {
  const bound = boundOf(codec, stored);
  const opened = await openFields(codec, key, stored, primaryKey, bound);
  if (opened.failed.length === 0 || !bound || !codec.legacy?.(primaryKey)) return opened;
  const older = await openFields(codec, key, stored, primaryKey, undefined);
  return older.failed.length === 0 ? older : opened;
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
  const { clear, failed } = await openRecord(codec, key, stored, primaryKey);
  const lie = failed.length === 0 ? codec.derived?.(stored) : null;
  if (lie) {
    const where = `${codec.table}[${JSON.stringify(primaryKey)}]`;
    const error = new CryptoError('tampered-data', `${where}: ${lie}`);
    failed.push(...codec.fields.map((field) => ({ field, error })));
  }
  const first = failed[0];
  if (first && !codec.isolate) throw first.error;
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

/**
 * A stored record sealed the older way (place only), sealed again under the codec's binding
 * with the same clear content; `bound` when it already is, `damaged` when neither seal holds
 * (it is left as it is, evidence).
 */
export async function resealRecord(
  codec: RecordCodec,
  key: CryptoKey,
  stored: unknown,
): Promise<{ state: 'bound' | 'damaged' } | { state: 'resealed'; row: Row }> {
  if (!isRow(stored) || !codec.binding) return { state: 'damaged' };
  const primaryKey = codec.extractKey(stored);
  const bound = boundOf(codec, stored);
  if ((await openFields(codec, key, stored, primaryKey, bound)).failed.length === 0) {
    return { state: 'bound' };
  }
  const older = await openFields(codec, key, stored, primaryKey, undefined);
  if (older.failed.length > 0 || codec.derived?.(stored)) return { state: 'damaged' };
  const clear: Row = Object.fromEntries(
    Object.entries(stored).filter(([name]) => !codec.fields.includes(name)),
  );
  codec.fields.forEach((field, i) => {
    if (older.clear[i] !== undefined) clear[field] = older.clear[i];
  });
  try {
    return { state: 'resealed', row: await encryptRecord(codec, key, clear) };
  } catch (error) {
    // A bound clear field that is no plain value (string, number, null) cannot be bound.
    if (findCryptoError(error)?.code === 'invalid-value') return { state: 'damaged' };
    throw error;
  }
}
