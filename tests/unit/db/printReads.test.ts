import { liveQuery } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { appendEvent } from '../../../src/db/append';
import { db } from '../../../src/db/db';
import { ensureDeviceId } from '../../../src/db/local';
import { drawTempId, readWardPatients } from '../../../src/db/patients';
import {
  readDataUpTo,
  readPrintEvents,
  readReservedTempIds,
  reserveTempIds,
} from '../../../src/db/printReads';
import type { PatientId } from '../../../src/domain/ids';
import { ValidationError } from '../../../src/domain/validation';
import { generateTempId } from '../../../src/domain/tempId';
import { freshWard } from './fixtures';
import { admission, admit, hoursAgo } from './patientFixtures';

beforeEach(freshWard);
afterEach(() => vi.restoreAllMocks());

/** Makes crypto.getRandomValues return these numbers in turn. */
function draws(...values: number[]) {
  vi.spyOn(crypto, 'getRandomValues').mockImplementation((array) => {
    new Uint32Array((array as Uint32Array).buffer)[0] = values.shift() ?? 99;
    return array;
  });
}

describe('temporary identifiers for blank admission sheets', () => {
  it('are recorded in the log, distinct from patients’ and from each other', async () => {
    const deviceId = await ensureDeviceId();
    await admit({
      identity: { ...admission().identity, ipp: undefined, tempId: generateTempId(deviceId, 1) },
    });
    draws(1, 2, 2, 3);
    const ids = await reserveTempIds(2);
    expect(ids).toEqual([generateTempId(deviceId, 2), generateTempId(deviceId, 3)]);
    expect(await readReservedTempIds()).toEqual(new Set(ids));
    const [event] = await db.events
      .where('[type+atMs]')
      .between(['tempId.reserved', 0], ['tempId.reserved', Infinity])
      .toArray();
    expect(event).toMatchObject({
      patientId: null,
      author: { initials: 'AM' },
      payload: { tempIds: ids },
    });
  });

  it('are distinct from every patient’s, read a slice at a time past hundreds of patients', async () => {
    const deviceId = await ensureDeviceId();
    await admit();
    const [row] = await readWardPatients();
    if (!row) throw new Error('no patient row');
    // 450 patients (a dozen slices of 40); the one holding draw 7 is somewhere among them.
    await db.patients.bulkPut(
      Array.from({ length: 450 }, (_, i) => ({
        ...row,
        id: `${row.id.slice(0, -4)}${String(i).padStart(4, '0')}` as typeof row.id,
        identity: { ...row.identity, tempId: i === 321 ? generateTempId(deviceId, 7) : undefined },
      })),
    );
    draws(7, 8);
    expect(await reserveTempIds(1)).toEqual([generateTempId(deviceId, 8)]);
  });

  it('are never drawn again for a patient admitted on the tablet', async () => {
    const deviceId = await ensureDeviceId();
    draws(5);
    await reserveTempIds(1);
    draws(5, 6);
    expect(await drawTempId()).toBe(generateTempId(deviceId, 6));
  });

  it('refuses a count out of range, and records nothing', async () => {
    await expect(reserveTempIds(0)).rejects.toBeInstanceOf(ValidationError);
    await expect(reserveTempIds(21)).rejects.toBeInstanceOf(ValidationError);
    expect(await readReservedTempIds()).toEqual(new Set());
  });
});

describe('what the sheets read', () => {
  it('reads entries from the window on, plans and corrections whole, by patient', async () => {
    const id = await admit();
    const old = await appendEvent({
      type: 'note.targeted',
      patientId: id,
      at: hoursAgo(100),
      payload: { target: 'Douleur', data: 'ancienne' },
    });
    const recent = await appendEvent({
      type: 'note.targeted',
      patientId: id,
      at: hoursAgo(2),
      payload: { target: 'Douleur', data: 'récente' },
    });
    const events = await readPrintEvents([id], Date.now() - 72 * 3_600_000);
    const ids = (events.get(id) ?? []).map((event) => event.id);
    expect(ids).toContain(recent.id);
    expect(ids).not.toContain(old.id);
    // "Data up to": the latest bedside time in the ward's log (here the ward's creation).
    const latest = (await db.events.toArray()).sort((a, b) => a.atMs - b.atMs).at(-1);
    expect(await readDataUpTo()).toBe(latest?.at);
  });

  it('decrypts the chosen patients’ entries only, however many others the ward holds', async () => {
    const chosen = await admit();
    const other = await admit(
      { identity: { ...admission('PETIT').identity, ipp: '87654321' } },
      'PETIT',
    );
    const note = (patientId: PatientId, data: string) =>
      appendEvent({
        type: 'note.targeted',
        patientId,
        at: hoursAgo(2),
        payload: { target: 'Douleur', data },
      });
    const kept = await note(chosen, 'à lire');
    const since = Date.now() - 72 * 3_600_000;
    const decryptions = async () => {
      const spy = vi.spyOn(crypto.subtle, 'decrypt');
      const events = await readPrintEvents([chosen], since);
      const count = spy.mock.calls.length;
      spy.mockRestore();
      return { count, ids: (events.get(chosen) ?? []).map((event) => event.id) };
    };
    await decryptions();
    const before = await decryptions();
    const others = [];
    for (let n = 0; n < 10; n += 1) others.push(await note(other, `note ${n}`));
    const voided = others[0];
    if (!voided) throw new Error('no note');
    await appendEvent({
      type: 'event.voided',
      patientId: other,
      payload: { eventId: voided.id, reason: 'Erreur de patient' },
    });
    const after = await decryptions();
    expect(after.ids).toEqual([kept.id]);
    expect(after.count).toBe(before.count);
  });
});

/** Whether `check` comes true: Dexie answers within a few ticks, 200 x 10 ms is far more. */
async function until(check: () => boolean) {
  for (let i = 0; i < 200 && !check(); i += 1) await new Promise((r) => setTimeout(r, 10));
  return check();
}

describe('the sheets’ read, live', () => {
  it('runs again when a patient’s entry is written, and gives it', async () => {
    const id = await admit();
    const since = Date.now() - 72 * 3_600_000;
    const seen: string[][] = [];
    const subscription = liveQuery(() => readPrintEvents([id], since)).subscribe((events) =>
      seen.push((events.get(id) ?? []).map((event) => event.id)),
    );
    expect(await until(() => seen.length > 0)).toBe(true);
    const note = await appendEvent({
      type: 'note.targeted',
      patientId: id,
      at: hoursAgo(1),
      payload: { target: 'Douleur', data: 'nouvelle' },
    });
    expect(await until(() => seen.some((ids) => ids.includes(note.id)))).toBe(true);
    subscription.unsubscribe();
  });

  it('reads a ward of 12 a few patients at a time, each patient’s own, and follows the last', async () => {
    const ids: PatientId[] = [];
    for (const letter of 'ABCDEFGHIJKL') {
      const name = `PATIENT${letter}`;
      const ipp = String(20000000 + ids.length);
      ids.push(await admit({ identity: { ...admission(name).identity, ipp } }, name));
    }
    const notes = new Map<PatientId, string>();
    for (const id of ids) {
      const note = await appendEvent({
        type: 'note.targeted',
        patientId: id,
        at: hoursAgo(2),
        payload: { target: 'Douleur', data: `note de ${id}` },
      });
      notes.set(id, note.id);
    }
    const since = Date.now() - 72 * 3_600_000;
    let read = new Map<string, { id: string }[]>();
    const subscription = liveQuery(() => readPrintEvents(ids, since)).subscribe((events) => {
      read = events;
    });
    expect(await until(() => read.size === ids.length)).toBe(true);
    expect([...read.keys()]).toEqual(ids);
    for (const id of ids) expect((read.get(id) ?? []).map((e) => e.id)).toContain(notes.get(id));
    const last = ids.at(-1) as PatientId;
    const late = await appendEvent({
      type: 'note.targeted',
      patientId: last,
      at: hoursAgo(1),
      payload: { target: 'Douleur', data: 'nouvelle' },
    });
    expect(await until(() => (read.get(last) ?? []).some((e) => e.id === late.id))).toBe(true);
    subscription.unsubscribe();
  });
});
