import type { CryptoError } from './errors';
import { findCryptoError } from './errors';

/**
 * A stored record whose encrypted fields failed their integrity check. With `onDamaged` set,
 * the middleware returns this in place of the record instead of failing the whole query: the
 * rest of the ward stays readable. It keeps the record's clear fields (ids, ward, event type
 * and times), omits the encrypted ones, and carries the report under DAMAGED.
 */
export const DAMAGED = '__damaged';

export interface DamageReport {
  table: string;
  primaryKey: unknown;
  /** The encrypted fields that failed (the others decrypted but are not handed out). */
  fields: string[];
  /** The technical reason (never the content): "authentication failed", "truncated"... */
  detail: string;
}

export type DamagedRow = Record<string, unknown> & { [DAMAGED]: DamageReport };

export const isDamaged = (value: unknown): value is DamagedRow =>
  typeof value === 'object' && value !== null && DAMAGED in value;

/** The stored row as read (ciphertext): kept out of enumeration, for quarantine only. */
const STORED = new WeakMap<object, Record<string, unknown>>();

export function markDamaged(
  clear: Record<string, unknown>,
  report: DamageReport,
  stored: Record<string, unknown>,
): DamagedRow {
  const row: DamagedRow = { ...clear, [DAMAGED]: report };
  STORED.set(row, stored);
  return row;
}

/** The ciphertext row a damaged row was read from: evidence, to keep before any rebuild. */
export const storedOf = (row: DamagedRow): Record<string, unknown> | undefined => STORED.get(row);

/** The tampered-data error behind `error`, or null for any other failure (a bug, a lock). */
export const tamperedError = (error: unknown): CryptoError | null => {
  const found = findCryptoError(error);
  return found?.code === 'tampered-data' ? found : null;
};
