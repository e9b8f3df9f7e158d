import { Dexie } from 'dexie';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { buildEvent, writeEvents } from '../../../src/db/append';
import { fromBase64 } from '../../../src/db/crypto/encoding';
import { db } from '../../../src/db/db';
import { getLocal } from '../../../src/db/local';
import { emptyReport, mergeWires } from '../../../src/db/merge';
import { getDataKey } from '../../../src/db/session';
import { toWire } from '../../../src/db/wire';
import { newId, type PatientId } from '../../../src/domain/ids';
import { freshWard } from './fixtures';
import { rawTables } from './rawTables';

beforeEach(freshWard);
afterEach(() => vi.restoreAllMocks());

const notes = (count: number) => {
  const patientId = newId<PatientId>();
  return Promise.all(
    Array.from({ length: count }, (_, i) =>
      buildEvent({ type: 'note.written', patientId, payload: { text: `Note ${i}` } }),
    ),
  );
};

const bytes = (buffer: unknown) => [...new Uint8Array(buffer as ArrayBuffer)];

it('a batch is encrypted before its transaction: no encryption waits inside the write', async () => {
  const batch = await notes(20);
  const inside: boolean[] = [];
  const subtle = globalThis.crypto.subtle;
  const encrypt = subtle.encrypt.bind(subtle);
  vi.spyOn(subtle, 'encrypt').mockImplementation((...args) => {
    inside.push(Dexie.currentTransaction !== null);
    return encrypt(...args);
  });
  expect(await writeEvents(batch)).toEqual({ added: 20, alreadyPresent: 0 });
  expect(inside.length).toBe(40); // payload and author of each event, once
  expect(inside.filter(Boolean)).toEqual([]);
  // Stored sealed as ever: read back whole through the middleware.
  expect(await db.events.bulkGet(batch.map((e) => e.id))).toMatchObject(
    batch.map(({ id, payload }) => ({ id, payload })),
  );
});

it('a merged wire event is stored with the ciphertexts it came with, never encrypted again', async () => {
  const key = getDataKey();
  const wardId = await getLocal('wardId');
  if (!key || !wardId) throw new Error('no ward');
  const [event] = await notes(1);
  if (!event) throw new Error('no event');
  const wire = await toWire(event, key);
  const encrypt = vi.spyOn(globalThis.crypto.subtle, 'encrypt');
  const source = { fileName: 'f', deviceId: 'd', createdAt: event.at, kind: 'ward' };
  const keyOf = (position: number) => `test:${position}`;
  const report = emptyReport();
  await mergeWires([wire], key, wardId, { keyOf, source, at: event.at }, report);
  expect(report).toMatchObject({ added: 1, quarantined: 0 });
  expect(encrypt).not.toHaveBeenCalled();
  const stored = (await rawTables()).events?.find((row) => (row as { id: string }).id === event.id);
  const field = (row: unknown, name: 'payload' | 'author') =>
    (row as Record<string, { iv: ArrayBuffer; ct: ArrayBuffer }>)[name];
  expect(bytes(field(stored, 'payload')?.ct)).toEqual(bytes(fromBase64(wire.payload.ct)?.buffer));
  expect(bytes(field(stored, 'author')?.iv)).toEqual(bytes(fromBase64(wire.author.iv)?.buffer));
  expect(await db.events.get(event.id)).toEqual({ ...event, atMs: Date.parse(event.at) });
});
