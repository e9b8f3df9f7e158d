import { CryptoError, errorName } from './errors';
import { fromBase64, randomBytes, toBase64, utf8 } from './encoding';
import {
  DEFAULT_PBKDF2_ITERATIONS,
  isIterationCount,
  IV_BYTES,
  recordCheck,
  SALT_BYTES,
  verifyKeyRecord,
  type KeyRecord,
} from './keyRecord';
import { checkPassphraseStrength, normalizePassphrase } from './passphrase';

// Binds the wrapped key to this record format: a future format cannot be confused with it.
const WRAP_AAD = utf8('releve/key-record/v1');
const DATA_KEY_ALGORITHM = { name: 'AES-GCM', length: 256 } as const;

/** The user-timing measure of the last key derivation (bench/measure.spec.ts, issue 12). */
export const KDF_MEASURE = 'releve:pbkdf2';

export interface KeyOptions {
  iterations?: number;
}

export interface UnlockedWard {
  record: KeyRecord;
  /** Non-extractable: script running later in the page cannot read its bytes. */
  key: CryptoKey;
}

function assertStrong(passphrase: string): void {
  const problem = checkPassphraseStrength(passphrase);
  if (problem) throw new CryptoError(problem);
}

async function deriveWrappingKey(
  passphrase: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey(
    'raw',
    utf8(normalizePassphrase(passphrase)),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  const started = performance.now();
  const key = await crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['wrapKey', 'unwrapKey'],
  );
  // Named in the page's timeline, so the benchmark can take this derivation out of the unlock.
  performance.clearMeasures?.(KDF_MEASURE);
  performance.measure?.(KDF_MEASURE, { start: started });
  return key;
}

async function wrap(dataKey: CryptoKey, passphrase: string, iterations: number) {
  // Never write a record that parseKeyRecord would then call corrupted.
  if (!isIterationCount(iterations)) {
    throw new CryptoError('invalid-value', `Unusable iteration count ${iterations}`);
  }
  const salt = randomBytes(SALT_BYTES);
  const iv = randomBytes(IV_BYTES);
  const wrappingKey = await deriveWrappingKey(passphrase, salt, iterations);
  const wrapped = await crypto.subtle.wrapKey('raw', dataKey, wrappingKey, {
    name: 'AES-GCM',
    iv,
    additionalData: WRAP_AAD,
  });
  const record: KeyRecord = {
    version: 1,
    kdf: 'PBKDF2-SHA-256',
    iterations,
    salt: toBase64(salt),
    iv: toBase64(iv),
    wrappedKey: toBase64(wrapped),
  };
  return { record: await withCheck(record), wrappingKey };
}

async function unwrap(
  record: KeyRecord,
  wrappingKey: CryptoKey,
  extractable: boolean,
): Promise<CryptoKey> {
  // parseKeyRecord has checked that these decode.
  const iv = fromBase64(record.iv) ?? new Uint8Array(0);
  const wrapped = fromBase64(record.wrappedKey) ?? new Uint8Array(0);
  try {
    return await crypto.subtle.unwrapKey(
      'raw',
      wrapped,
      wrappingKey,
      { name: 'AES-GCM', iv, additionalData: WRAP_AAD },
      DATA_KEY_ALGORITHM,
      extractable,
      ['encrypt', 'decrypt'],
    );
  } catch (error) {
    // OperationError is the GCM tag mismatch: the derived key is not the one that wrapped.
    // The record passed its check, so a wrong passphrase is by far the likeliest cause; a
    // byte altered together with its check would look the same (see keyRecord.ts).
    if (errorName(error) === 'OperationError') {
      throw new CryptoError('wrong-passphrase', undefined, { cause: error });
    }
    throw error;
  }
}

/** The record with its `check` digest (see keyRecord.ts for what it can and cannot tell). */
export const withCheck = async (record: KeyRecord): Promise<KeyRecord> => ({
  ...record,
  check: await recordCheck(record),
});

async function unlockWith(value: unknown, passphrase: string, extractable: boolean) {
  const record = await verifyKeyRecord(value);
  const salt = fromBase64(record.salt) ?? new Uint8Array(0);
  const wrappingKey = await deriveWrappingKey(passphrase, salt, record.iterations);
  return unwrap(record, wrappingKey, extractable);
}

/** At ward creation: a new random data key, and its record wrapped by `passphrase`. */
export async function createKeyRecord(
  passphrase: string,
  options: KeyOptions = {},
): Promise<UnlockedWard> {
  assertStrong(passphrase);
  const iterations = options.iterations ?? DEFAULT_PBKDF2_ITERATIONS;
  // Extractable only long enough to be wrapped; the key handed back is an unwrapped copy.
  const generated = await crypto.subtle.generateKey(DATA_KEY_ALGORITHM, true, [
    'encrypt',
    'decrypt',
  ]);
  const { record, wrappingKey } = await wrap(generated, passphrase, iterations);
  return { record, key: await unwrap(record, wrappingKey, false) };
}

/** The data key, non-extractable. Throws 'corrupted-key-record' or 'wrong-passphrase'. */
export function unlockKeyRecord(record: unknown, passphrase: string): Promise<CryptoKey> {
  return unlockWith(record, passphrase, false);
}

/**
 * A new record for the same data key under a new passphrase (fresh salt and IV): the data
 * is not re-encrypted. The old record stays valid until the caller replaces it.
 */
export async function rewrapKeyRecord(
  record: unknown,
  oldPassphrase: string,
  newPassphrase: string,
  options: KeyOptions = {},
): Promise<KeyRecord> {
  assertStrong(newPassphrase);
  // Extractable because wrapKey must read its bytes; this copy lives only for this call.
  const dataKey = await unlockWith(record, oldPassphrase, true);
  return (await wrap(dataKey, newPassphrase, options.iterations ?? DEFAULT_PBKDF2_ITERATIONS))
    .record;
}
