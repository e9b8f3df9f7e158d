import { isEncryptedField } from './crypto';
import { db } from './db';
import { wireOf, type WireEvent } from './wire';

/**
 * Rows the app cannot read (damaged, or written by a newer Relève) still belong in a ward
 * file: a backup that drops them loses data. They travel as stored, without being opened:
 * their clear fields and their ciphertexts as the events table holds them; the tablet that
 * imports them checks them as any entry (and sets aside what fails, docs/ward-file.md).
 */

type Row = Record<string, unknown>;

const request = <T>(req: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('events: read failed'));
  });

/** The stored rows (ciphertext), below the encryption middleware, by id. */
export function readStoredEvents(ids: readonly string[]): Promise<(Row | undefined)[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db.transaction('r', db.events, (tx) => {
    const store = tx.idbtrans.objectStore('events');
    return Promise.all(ids.map((id) => request<Row | undefined>(store.get(id))));
  });
}

const text = (value: unknown): value is string => typeof value === 'string';

/**
 * A stored row as a wire event, bytes untouched; null when it is no longer the shape of an
 * event (an encrypted field or a clear field missing): such a row cannot travel.
 */
export function storedToWire(row: Row | undefined): WireEvent | null {
  if (!row) return null;
  const { id, wardId, patientId, type, at, recordedAt, deviceId, v, payload, author } = row;
  if (!isEncryptedField(payload) || !isEncryptedField(author)) return null;
  if (!text(id) || !text(wardId) || !text(type) || !text(at)) return null;
  if (!text(recordedAt) || !text(deviceId)) return null;
  if (patientId !== null && !text(patientId)) return null;
  if (v !== undefined && typeof v !== 'number') return null;
  return wireOf({ id, wardId, patientId, type, at, recordedAt, deviceId, v }, payload, author);
}
