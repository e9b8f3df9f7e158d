import { CryptoError, errorName } from './errors';
import { fromUtf8, isArrayBuffer, randomBytes, toBase64, utf8 } from './encoding';

/**
 * One encrypted field as stored in IndexedDB. ArrayBuffers are stored natively by the
 * structured clone, so there is no base64 inflation: 12 + 16 bytes over the JSON text.
 */
export interface EncryptedField {
  iv: ArrayBuffer;
  ct: ArrayBuffer;
}

/**
 * The clear fields of a record sealed with each of its ciphertexts, under a scheme name
 * (events: 'releve/event/v2', see db/eventSeal.ts). Values are strings, finite numbers, null
 * or undefined (absent), each kept distinct.
 */
export interface Bound {
  scheme: string;
  clear: readonly unknown[];
}

/** Where a ciphertext lives; it is authenticated with it (see additionalData). */
export interface FieldContext {
  table: string;
  primaryKey: unknown;
  field: string;
  /** Absent: the ciphertext is bound to its place only ('releve/field/v1'). */
  bound?: Bound;
}

const IV_BYTES = 12;
const TAG_BYTES = 16;

/** Shape check only; authenticity is AES-GCM's job at decryption. */
export const isEncryptedField = (value: unknown): value is EncryptedField =>
  typeof value === 'object' &&
  value !== null &&
  isArrayBuffer((value as Partial<EncryptedField>).iv) &&
  isArrayBuffer((value as Partial<EncryptedField>).ct);

/** IndexedDB keys as JSON, with their type kept: "1" and 1 must not bind alike. */
function keyToJson(key: unknown): unknown {
  if (typeof key === 'string') return key;
  if (typeof key === 'number' && !Number.isNaN(key)) return ['n', key];
  if (key instanceof Date) return ['d', key.getTime()];
  if (isArrayBuffer(key)) return ['b', toBase64(key)];
  if (ArrayBuffer.isView(key)) {
    return ['b', toBase64(new Uint8Array(key.buffer, key.byteOffset, key.byteLength))];
  }
  if (Array.isArray(key)) return ['a', key.map(keyToJson)];
  throw new CryptoError('invalid-value', `Unsupported primary key: ${String(key)}`);
}

/** A bound clear value as JSON, its type kept: "1" and 1, null and absent differ. */
function clearToJson(value: unknown): unknown {
  if (typeof value === 'string' || value === null) return value;
  if (typeof value === 'number' && Number.isFinite(value)) return ['n', value];
  if (value === undefined) return ['u'];
  throw new CryptoError('invalid-value', `Unsupported bound value: ${typeof value}`);
}

/**
 * AES-GCM additional data = scheme + table + primary key + field, and the bound clear
 * fields if any. Without it, anyone who can write the store could move a valid ciphertext
 * from one record to another (patient A's identity onto patient B, a note onto another
 * event) and it would decrypt cleanly; bound to its place, a moved ciphertext fails
 * authentication and reads as 'tampered-data'. Bound clear fields cannot be changed either
 * (an event moved to another patient, back-dated, or turned into another type).
 */
function additionalData({ table, primaryKey, field, bound }: FieldContext) {
  const place = [table, keyToJson(primaryKey)];
  if (!bound) return utf8(JSON.stringify(['releve/field/v1', ...place, field]));
  // The text of `[scheme, table, key, clear, field]` without its field: the fields of one
  // record share it (the same `bound`), so a batch's events build it once, not per field.
  // Kept with its place: the same `bound` given for another record is built anew.
  let head = boundHeads.get(bound);
  if (head?.table !== table || head.primaryKey !== primaryKey) {
    const text = JSON.stringify([bound.scheme, ...place, bound.clear.map(clearToJson)]);
    head = { table, primaryKey, text: text.slice(0, -1) };
    boundHeads.set(bound, head);
  }
  return utf8(`${head.text},${JSON.stringify(field)}]`);
}
const boundHeads = new WeakMap<Bound, { table: string; primaryKey: unknown; text: string }>();

function isJsonValue(value: unknown, inArray: boolean): boolean {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(value);
    case 'undefined':
      return !inArray; // an undefined property is dropped, as for any optional field
    case 'object': {
      if (value === null || Array.isArray(value)) return true;
      const prototype: unknown = Object.getPrototypeOf(value);
      return prototype === Object.prototype || prototype === null;
    }
    default:
      return false;
  }
}

/**
 * Throws unless `value` is JSON that reads back equal: a Date, Map, NaN or class instance would
 * otherwise come back silently changed, and a clinical record must not. A walk of its own
 * before a plain JSON.stringify: a replacer function would make V8 call back for every key.
 */
function checkJson(value: unknown, inArray: boolean, at: unknown, path: object[], c: FieldContext) {
  const refused = !isJsonValue(value, inArray)
    ? 'not plain JSON'
    : path.includes(value as object)
      ? 'a cycle'
      : null;
  if (refused) {
    throw new CryptoError('invalid-value', `${c.table}.${c.field}: ${refused} at "${String(at)}"`);
  }
  if (typeof value !== 'object' || value === null) return;
  path.push(value);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) checkJson(value[i], true, i, path, c);
  } else {
    const row = value as Record<string, unknown>;
    for (const name of Object.keys(row)) checkJson(row[name], false, name, path, c);
  }
  path.pop();
}

function serialize(value: unknown, context: FieldContext): string {
  // [] stands for an absent field, [value] for a present one: absence is authenticated too.
  if (value === undefined) return '[]';
  checkJson(value, true, '0', [], context);
  return JSON.stringify([value]);
}

/**
 * IVs are cut from a pool of random bytes, each byte used once: one getRandomValues call for
 * hundreds of fields (a batch of events) instead of one per field.
 */
let ivPool = new Uint8Array(0);
let ivAt = 0;
function nextIv(): Uint8Array<ArrayBuffer> {
  if (ivAt + IV_BYTES > ivPool.length) {
    ivPool = randomBytes(IV_BYTES * 340);
    ivAt = 0;
  }
  ivAt += IV_BYTES;
  return ivPool.slice(ivAt - IV_BYTES, ivAt);
}

/** Encrypts a JSON value (undefined = absent field) under a fresh random 12-byte IV. */
export async function encryptField(
  key: CryptoKey,
  value: unknown,
  context: FieldContext,
): Promise<EncryptedField> {
  const plaintext = utf8(serialize(value, context));
  // A random 96-bit IV each time: NIST SP 800-38D allows 2^32 such encryptions per key, and a
  // 30-bed ward writes about 10^6 fields in 60 days.
  const iv = nextIv();
  const ct = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: additionalData(context) },
    key,
    plaintext,
  );
  return { iv: iv.buffer, ct };
}

function tampered(context: FieldContext, detail: string, cause?: unknown): CryptoError {
  const where = `${context.table}[${JSON.stringify(keyToJson(context.primaryKey))}].${context.field}`;
  return new CryptoError('tampered-data', `${where}: ${detail}`, { cause });
}

/** The JSON value back (undefined when the field was absent). Throws 'tampered-data'. */
export async function decryptField(
  key: CryptoKey,
  stored: unknown,
  context: FieldContext,
): Promise<unknown> {
  if (!isEncryptedField(stored)) throw tampered(context, 'not an encrypted field');
  if (stored.iv.byteLength !== IV_BYTES || stored.ct.byteLength < TAG_BYTES) {
    throw tampered(context, 'truncated');
  }
  let data: Uint8Array<ArrayBuffer>;
  try {
    data = additionalData(context);
  } catch (error) {
    throw tampered(context, 'a bound clear field is not a plain value', error);
  }
  let plaintext: ArrayBuffer;
  try {
    plaintext = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: stored.iv, additionalData: data },
      key,
      stored.ct,
    );
  } catch (error) {
    // OperationError = authentication failed. Anything else (a wrong key type) is a bug.
    if (errorName(error) === 'OperationError') {
      throw tampered(context, 'authentication failed', error);
    }
    throw error;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(fromUtf8(plaintext));
  } catch (error) {
    throw tampered(context, 'not JSON', error);
  }
  if (!Array.isArray(parsed) || parsed.length > 1) throw tampered(context, 'bad framing');
  return parsed[0] as unknown;
}
