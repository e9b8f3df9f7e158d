import { z } from 'zod';

/**
 * Temporary downtime identifier, e.g. TMP-K3F9-7QX2-H, given to a patient who arrives
 * while the hospital's identity server is down, until it is linked to the real IPP.
 *
 * - "TMP" says it is temporary (not "PROV": an "identité provisoire" is an identity
 *   status in the RNIV, a different thing).
 * - Symbols are Crockford base 32: digits and capitals without I, L, O, U, so nothing
 *   reads as another symbol; a handwritten O is read as 0, and I or L as 1.
 * - Device part (4 symbols, 20 bits): a hash of the device id, so every tablet draws
 *   in its own region; the ids of one tablet share it, which says where one came from.
 * - Random part (4 symbols, 20 bits): drawn by the caller (crypto.getRandomValues),
 *   passed in so tests are deterministic. The caller redraws if the id is already known
 *   on the tablet, so a tablet never repeats itself.
 * - Check symbol: a Damm check over GF(32) catches every single wrong symbol and every
 *   swap of two neighbours, the usual errors when reading aloud or copying by hand.
 *
 * Collisions with no coordination: two ids from different tablets are equal only if
 * both the device parts and the random parts are equal, probability 2^-20 * 2^-20 =
 * 2^-40 per pair. A pessimistic hospital-wide outage (20,000 temporary ids) makes
 * 2 * 10^8 pairs: about 1.8 * 10^-4 expected collisions, one outage in 5,500. Even then,
 * duplicate detection on the traits and the IPP link still separate the two patients.
 */
export const TEMP_ID_PREFIX = 'TMP';
/** The random part is drawn in [0, TEMP_ID_RANDOM_RANGE). */
export const TEMP_ID_RANDOM_RANGE = 2 ** 20;

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const ALIASES: Record<string, string> = { O: '0', I: '1', L: '1' };
const PART_LENGTH = 4;

// Multiplication in GF(2^5) modulo x^5 + x^2 + 1.
function gfMultiply(a: number, b: number): number {
  let product = 0;
  for (let x = a, y = b; y > 0; y >>= 1) {
    if (y & 1) product ^= x;
    x <<= 1;
    if (x & 0b100000) x ^= 0b100101;
  }
  return product;
}

// Damm over the quasigroup x * y = 2x + y: totally anti-symmetric since 2 is not 0 or 1.
function checkValue(values: readonly number[]): number {
  const interim = values.reduce((acc, value) => gfMultiply(2, acc) ^ value, 0);
  // The check c makes interim * c = 0, i.e. c = 2 * interim (in characteristic 2).
  return gfMultiply(2, interim);
}

const encode = (value: number, length: number): number[] =>
  Array.from({ length }, (_, index) => Math.floor(value / 32 ** (length - 1 - index)) % 32);

// FNV-1a, 32 bits: spreads any device id evenly, UUID or not.
function hash32(text: string): number {
  let hash = 0x811c9dc5;
  for (const char of text.toLowerCase()) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

const format = (values: readonly number[]): string => {
  const symbols = values.map((value) => ALPHABET.charAt(value)).join('');
  return `${TEMP_ID_PREFIX}-${symbols.slice(0, 4)}-${symbols.slice(4, 8)}-${symbols.slice(8)}`;
};

/** A new temporary identifier for this device; `random` is an integer in [0, 2^20). */
export function generateTempId(deviceId: string, random: number): string {
  if (!deviceId) throw new RangeError('deviceId is empty');
  if (!Number.isInteger(random) || random < 0 || random >= TEMP_ID_RANDOM_RANGE) {
    throw new RangeError(`random must be an integer in [0, ${TEMP_ID_RANDOM_RANGE})`);
  }
  const device = hash32(deviceId) >>> 12; // the 20 best-mixed (high) bits
  const values = [...encode(device, PART_LENGTH), ...encode(random, PART_LENGTH)];
  return format([...values, checkValue(values)]);
}

/**
 * The canonical form of a temporary identifier as typed or read from a wristband
 * (any case, spaces or hyphens anywhere, O for 0, I or L for 1), or undefined if the
 * text is not one or its check symbol is wrong.
 */
export function normaliseTempId(text: string): string | undefined {
  const compact = text.toUpperCase().replace(/[\s-]/g, '');
  if (!compact.startsWith(TEMP_ID_PREFIX)) return undefined;
  const body = compact.slice(TEMP_ID_PREFIX.length);
  if (body.length !== PART_LENGTH * 2 + 1) return undefined;
  const values = [...body].map((char) => ALPHABET.indexOf(ALIASES[char] ?? char));
  if (values.some((value) => value < 0)) return undefined;
  const payload = values.slice(0, -1);
  if (checkValue(payload) !== values.at(-1)) return undefined;
  return format(values);
}

/** Whether a text is a valid temporary identifier (and not, say, an IPP). */
export const isTempId = (value: unknown): boolean =>
  typeof value === 'string' && normaliseTempId(value) !== undefined;

/** A temporary identifier in a payload, stored in its canonical form. */
export const tempIdSchema = z
  .string({ error: (issue) => (issue.input == null ? 'required' : 'invalidTempId') })
  .trim()
  .min(1, { error: 'required', abort: true })
  .refine(isTempId, { error: 'invalidTempId' })
  .transform((value) => normaliseTempId(value) ?? value);
