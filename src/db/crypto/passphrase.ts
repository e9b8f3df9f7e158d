import type { CryptoErrorCode } from './errors';

/**
 * The ward passphrase rule: either a PIN of at least 6 digits, or a phrase of at least
 * 10 characters (any characters, counted as Unicode code points).
 *
 * Why these numbers: a PIN must be quick to type with gloves at every unlock; a phrase has
 * to make up for being typed less often. Be honest about what a PIN buys: with 600,000
 * PBKDF2 iterations one GPU tries roughly 10^4 guesses a second, so all 10^6 six-digit PINs
 * fall in minutes to someone who copied the tablet's storage. A PIN keeps out a casual
 * finder; a 10+ character phrase is what resists an offline attack.
 */
export const MIN_PIN_DIGITS = 6;
export const MIN_PHRASE_LENGTH = 10;

export type PassphraseProblem = Extract<
  CryptoErrorCode,
  'passphrase-empty' | 'passphrase-too-short'
>;

/**
 * NFC so that "é" typed as one code point or as e + accent opens the same key, whatever
 * keyboard the next tablet has. Nothing else is changed: spaces are part of a phrase.
 */
export const normalizePassphrase = (passphrase: string): string => passphrase.normalize('NFC');

/** The first problem with a new passphrase, or null when it may be used. */
export function checkPassphraseStrength(passphrase: string): PassphraseProblem | null {
  const normalized = normalizePassphrase(passphrase);
  if (normalized.trim() === '') return 'passphrase-empty';
  if (/^[0-9]+$/.test(normalized)) {
    return normalized.length >= MIN_PIN_DIGITS ? null : 'passphrase-too-short';
  }
  return [...normalized].length >= MIN_PHRASE_LENGTH ? null : 'passphrase-too-short';
}
