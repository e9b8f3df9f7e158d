// Encryption at rest of the ward's clinical data (see middleware.ts and keys.ts).
export { CryptoError, findCryptoError, isCryptoError, type CryptoErrorCode } from './errors';
export {
  checkPassphraseStrength,
  MIN_PHRASE_LENGTH,
  MIN_PIN_DIGITS,
  type PassphraseProblem,
} from './passphrase';
export {
  DEFAULT_PBKDF2_ITERATIONS,
  parseKeyRecord,
  verifyKeyRecord,
  type KeyRecord,
} from './keyRecord';
export {
  createKeyRecord,
  rewrapKeyRecord,
  unlockKeyRecord,
  withCheck,
  type KeyOptions,
  type UnlockedWard,
} from './keys';
export {
  decryptField,
  encryptField,
  isEncryptedField,
  type EncryptedField,
  type FieldContext,
} from './fields';
export {
  createEncryptionMiddleware,
  ENCRYPTION_MIDDLEWARE_LEVEL,
  type EncryptionOptions,
} from './middleware';
export { DAMAGED, isDamaged, storedOf, type DamagedRow, type DamageReport } from './damaged';
export {
  decryptRecord,
  encryptRecord,
  resealRecord,
  type Binding,
  type RecordCodec,
} from './recordCodec';
export { markSealed, sealRecords } from './sealed';
