import { CryptoError } from './errors';
import { fromBase64 } from './encoding';

/**
 * The ward's data key, wrapped by a key derived from the passphrase. Plain JSON: the lead
 * stores it as is in the unencrypted `local` table. There is no separate "key check" field:
 * AES-GCM authenticates the wrapped key, so unwrapping with a wrong passphrase fails.
 */
export interface KeyRecord {
  version: 1;
  kdf: 'PBKDF2-SHA-256';
  iterations: number;
  /** base64, 16 random bytes, new at each (re)wrap. */
  salt: string;
  /** base64, 12 random bytes, new at each (re)wrap. */
  iv: string;
  /** base64 of AES-GCM(raw 32-byte data key) = 48 bytes. */
  wrappedKey: string;
}

/** OWASP 2023 figure for PBKDF2-HMAC-SHA-256. Tests may pass fewer, never the app. */
export const DEFAULT_PBKDF2_ITERATIONS = 600_000;
// A record asking for more would freeze the tablet for minutes at each unlock: treat as corrupt.
const MAX_ITERATIONS = 10_000_000;
export const SALT_BYTES = 16;
export const IV_BYTES = 12;
const WRAPPED_BYTES = 32 + 16; // key + GCM tag

export const isIterationCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 1 && value <= MAX_ITERATIONS;

function corrupted(detail: string): CryptoError {
  return new CryptoError('corrupted-key-record', `Key record: ${detail}`);
}

function bytesField(source: Record<string, unknown>, name: string, length: number): string {
  const value = source[name];
  if (typeof value !== 'string') throw corrupted(`${name} is not a string`);
  const bytes = fromBase64(value);
  if (!bytes) throw corrupted(`${name} is not base64`);
  if (bytes.length !== length) throw corrupted(`${name} has ${bytes.length} bytes, not ${length}`);
  return value;
}

/** Checks the shape of a stored record; throws 'corrupted-key-record', never 'wrong-passphrase'. */
export function parseKeyRecord(value: unknown): KeyRecord {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw corrupted('not an object');
  }
  const source = value as Record<string, unknown>;
  if (source.version !== 1) throw corrupted(`unknown version ${String(source.version)}`);
  if (source.kdf !== 'PBKDF2-SHA-256') throw corrupted('unknown key derivation');
  const { iterations } = source;
  if (!isIterationCount(iterations)) throw corrupted('iterations out of range');
  return {
    version: 1,
    kdf: 'PBKDF2-SHA-256',
    iterations,
    salt: bytesField(source, 'salt', SALT_BYTES),
    iv: bytesField(source, 'iv', IV_BYTES),
    wrappedKey: bytesField(source, 'wrappedKey', WRAPPED_BYTES),
  };
}
