import { vi } from 'vitest';
import { forgetDecrypted } from '../../../src/db/crypto/readCache';

/**
 * Counts the records the encryption middleware decrypts, per table, by watching
 * `crypto.subtle.decrypt`: each call carries its place (table, key, field) as AES-GCM
 * additional data (db/crypto/fields.ts). One count per record read (its first encrypted
 * field); a record read twice counts twice, as it costs twice. Counting starts (and restarts)
 * with nothing kept decrypted (db/crypto/readCache.ts): what a read costs on a first open.
 */
export interface DecryptCount {
  records: (table: string) => number;
  reset: () => void;
  stop: () => void;
}

/** The first encrypted field of each table (db/db.ts). */
const FIRST_FIELD: Record<string, string> = {
  events: 'payload',
  patients: 'identity',
  lastVitals: 'event',
  drafts: 'draft',
};

const decoder = new TextDecoder();

/** The table of a record's first field, from the call's additional data; else null. */
function tableOf(params: unknown): string | null {
  const data: unknown = Reflect.get(Object(params), 'additionalData');
  if (!(data instanceof Uint8Array || data instanceof ArrayBuffer)) return null;
  const place: unknown = JSON.parse(decoder.decode(data));
  // [scheme, table, key, field], or [scheme, table, key, bound clear fields, field] (events).
  if (!Array.isArray(place) || !['releve/field/v1', 'releve/event/v2'].includes(place[0])) {
    return null;
  }
  const table = String(place[1]);
  return FIRST_FIELD[table] === place[place.length - 1] ? table : null;
}

export function countDecryptions(): DecryptCount {
  forgetDecrypted();
  const counts = new Map<string, number>();
  const subtle = globalThis.crypto.subtle;
  const original = subtle.decrypt.bind(subtle);
  const spy = vi.spyOn(subtle, 'decrypt').mockImplementation((params, key, data) => {
    const table = tableOf(params);
    if (table) counts.set(table, (counts.get(table) ?? 0) + 1);
    return original(params, key, data);
  });
  return {
    records: (table) => counts.get(table) ?? 0,
    reset: () => {
      counts.clear();
      forgetDecrypted();
    },
    stop: () => spy.mockRestore(),
  };
}
