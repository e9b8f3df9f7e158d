/**
 * Every way the encryption layer can refuse, as a code the interface translates.
 * Codes, not messages: the nurse sees words from i18n, the console keeps the detail.
 */
export type CryptoErrorCode =
  /** The passphrase does not open the ward's key record. */
  | 'wrong-passphrase'
  /** Passphrase rules (see passphrase.ts). */
  | 'passphrase-empty'
  | 'passphrase-too-short'
  /** The stored key record is not one we can read: missing fields, wrong types, bad base64. */
  | 'corrupted-key-record'
  /** A stored ciphertext failed authentication: altered, swapped or truncated. */
  | 'tampered-data'
  /** No data key in memory: the ward is locked. */
  | 'locked'
  /** A programming error: a value that cannot be encrypted faithfully (not JSON, no primary key...). */
  | 'invalid-value';

const NAMES: Record<CryptoErrorCode, string> = {
  'wrong-passphrase': 'WrongPassphraseError',
  'passphrase-empty': 'PassphraseEmptyError',
  'passphrase-too-short': 'PassphraseTooShortError',
  'corrupted-key-record': 'CorruptedKeyRecordError',
  'tampered-data': 'TamperedDataError',
  locked: 'LockedError',
  'invalid-value': 'InvalidValueError',
};

/**
 * One class with a discriminating `code`. `name` is distinct per code too (e.g. 'LockedError')
 * because Dexie may wrap errors and callers that walk `.inner` chains match on names.
 */
export class CryptoError extends Error {
  readonly code: CryptoErrorCode;

  constructor(code: CryptoErrorCode, message?: string, options?: { cause?: unknown }) {
    super(message ?? code, options);
    this.code = code;
    this.name = NAMES[code];
  }
}

/** True when `error` (or an error it wraps, via Dexie's `inner` or `cause`) is a CryptoError. */
export function findCryptoError(error: unknown): CryptoError | null {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current !== null && typeof current === 'object' && !seen.has(current)) {
    if (current instanceof CryptoError) return current;
    seen.add(current);
    const { inner, cause } = current as { inner?: unknown; cause?: unknown };
    current = inner ?? cause;
  }
  return null;
}

export const isCryptoError = (error: unknown, code?: CryptoErrorCode): error is CryptoError =>
  error instanceof CryptoError && (code === undefined || error.code === code);

/** WebCrypto rejects with DOMExceptions, which are not always `instanceof Error`. */
export const errorName = (error: unknown): unknown =>
  typeof error === 'object' && error !== null ? (error as { name?: unknown }).name : undefined;
