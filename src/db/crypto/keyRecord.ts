import { CryptoError } from './errors';
import { fromBase64, toBase64, utf8 } from './encoding';

/**
 * The ward's data key, wrapped by a key derived from the passphrase. Plain JSON: the lead
 * stores it as is in the unencrypted `local` table. AES-GCM authenticates the wrapped key, so
 * unwrapping with a wrong passphrase fails.
 *
 * What can and cannot be told apart. A wrong passphrase and a flipped byte in `wrappedKey`,
 * `salt`, `iv` or `iterations` both end in the same AES-GCM tag failure: cryptographically
 * they are indistinguishable. So the record carries `check`, a SHA-256 digest of its other
 * fields, that needs no passphrase: accidental damage (a bad disk sector, a half-written
 * record, an edit by hand) fails the check and is reported as "damaged", never as "wrong
 * passphrase". It is not a defence against someone who alters the record on purpose and
 * recomputes `check`: they can only destroy the record, never learn the key. Records written
 * before `check` existed have none; they are given one at the next successful unlock.
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
  /** base64, first 16 bytes of SHA-256 over the fields above (see recordCheck). */
  check?: string;
}

/** OWASP 2023 figure for PBKDF2-HMAC-SHA-256. Tests may pass fewer, never the app. */
export const DEFAULT_PBKDF2_ITERATIONS = 600_000;
// A record asking for more would freeze the tablet for minutes at each unlock: treat as corrupt.
const MAX_ITERATIONS = 10_000_000;
export const SALT_BYTES = 16;
export const IV_BYTES = 12;
const WRAPPED_BYTES = 32 + 16; // key + GCM tag
const CHECK_BYTES = 16;

export const isIterationCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 1 && value <= MAX_ITERATIONS;

const isBase64Of =
  (length: number) =>
  (value: unknown): boolean =>
    typeof value === 'string' && fromBase64(value)?.length === length;

/**
 * What each field of a record must be. A table rather than a zod schema: the lock screen
 * checks the record at every unlock, and zod (about 24 kB gzip) then stays out of the chunks
 * it loads first (issue 12). Same results as the schema it replaced (tests/unit/crypto).
 */
const FIELD_RULES: Readonly<Record<keyof KeyRecord, (value: unknown) => boolean>> = {
  version: (value) => value === 1,
  kdf: (value) => value === 'PBKDF2-SHA-256',
  iterations: isIterationCount,
  salt: isBase64Of(SALT_BYTES),
  iv: isBase64Of(IV_BYTES),
  wrappedKey: isBase64Of(WRAPPED_BYTES),
  check: (value) => value === undefined || isBase64Of(CHECK_BYTES)(value),
};

function corrupted(detail: string): CryptoError {
  return new CryptoError('corrupted-key-record', `Key record: ${detail}`);
}

/** What is wrong with a stored value as a key record, field by field; none when it is one. */
function keyRecordProblems(value: unknown): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return ['not an object'];
  const fields = new Map(Object.entries(value));
  const unknown = [...fields.keys()].filter((field) => !Object.hasOwn(FIELD_RULES, field));
  const wrong = Object.entries(FIELD_RULES).filter(([field, rule]) => !rule(fields.get(field)));
  return [
    ...wrong.map(([field]) => `${field}: invalid`),
    ...unknown.map((field) => `${field}: unknown field`),
  ];
}

/** Checks the shape of a stored record; throws 'corrupted-key-record', never 'wrong-passphrase'. */
export function parseKeyRecord(value: unknown): KeyRecord {
  const problems = keyRecordProblems(value);
  if (problems.length > 0) throw corrupted(problems.join('; '));
  // Every field has just been checked, and no other is there.
  return { ...(value as KeyRecord) };
}

/** The digest stored in `check`: the record's other fields, in a fixed order. */
export async function recordCheck(record: KeyRecord): Promise<string> {
  const { version, kdf, iterations, salt, iv, wrappedKey } = record;
  const text = JSON.stringify([version, kdf, iterations, salt, iv, wrappedKey]);
  const digest = await crypto.subtle.digest('SHA-256', utf8(text));
  return toBase64(new Uint8Array(digest, 0, CHECK_BYTES));
}

/** parseKeyRecord, then the digest: a damaged record is 'corrupted-key-record'. */
export async function verifyKeyRecord(value: unknown): Promise<KeyRecord> {
  const record = parseKeyRecord(value);
  if (record.check !== undefined && record.check !== (await recordCheck(record))) {
    throw corrupted('check does not match: the record was altered or damaged');
  }
  return record;
}
