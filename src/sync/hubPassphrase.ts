import { normalizePassphrase } from '../db/crypto/passphrase';

/**
 * The rule before a ward's wrapped key may go to a hub: a phrase of at least 4 words
 * (separated by spaces) and 20 characters, never a PIN. A copy of the hub's database lets
 * anyone try passphrases offline at their own pace: with 600,000 PBKDF2 iterations one GPU
 * tries about 10^4 a second. Four words drawn at random from a 7,776-word list are 7,776^4
 * = 3.7 x 10^15 guesses, about 5,800 GPU-years on average; a 6-digit PIN falls in under
 * two minutes. docs/hub.md says this to the ward.
 */
export const HUB_MIN_WORDS = 4;
export const HUB_MIN_LENGTH = 20;

export function strongForHub(passphrase: string): boolean {
  const normalized = normalizePassphrase(passphrase).trim();
  const words = normalized.split(/\s+/u).filter((word) => word.length > 0);
  return words.length >= HUB_MIN_WORDS && [...normalized].length >= HUB_MIN_LENGTH;
}
