import type { Transaction } from 'dexie';

/**
 * Dexie version 4: each ward-level event (patientId null) gets `wardType`, its type again, so
 * that `[wardType+atMs]` lists the ward's own events without the patients' (IndexedDB cannot
 * index a null patientId). An upgrade runs while the ward is locked, so this one works on
 * IndexedDB itself, below the encryption middleware: it reads and writes clear fields only
 * and leaves every ciphertext as it was (each is bound to its table, key and field, not to
 * the other fields of its row). One pass over the log, once per tablet.
 */
export function addWardType(transaction: Transaction): Promise<void> {
  const store = transaction.idbtrans.objectStore('events');
  return new Promise((resolve, reject) => {
    const request = store.openCursor();
    request.onerror = () => reject(request.error ?? new Error('events: upgrade failed'));
    request.onsuccess = () => {
      const cursor = request.result;
      if (!cursor) return resolve();
      const row: unknown = cursor.value;
      if (isWardLevel(row)) cursor.update({ ...row, wardType: row.type });
      cursor.continue();
    };
  });
}

const isWardLevel = (row: unknown): row is Record<string, unknown> & { type: string } =>
  typeof row === 'object' &&
  row !== null &&
  Reflect.get(row, 'patientId') === null &&
  typeof Reflect.get(row, 'type') === 'string';
