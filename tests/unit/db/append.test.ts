import { beforeEach, describe, expect, it } from 'vitest';
import { appendEvent, voidEvent } from '../../../src/db/append';
import { db } from '../../../src/db/db';
import { unlockWard } from '../../../src/db/lock';
import { attempt } from '../../../src/db/errors';
import { readWard, readWardNotes } from '../../../src/db/ward';
import { newId, type EventId, type PatientId } from '../../../src/domain/ids';
import { ValidationError } from '../../../src/domain/validation';
import { freshWard, identity, PASSPHRASE } from './fixtures';
import { admission } from './patientFixtures';

const BED = '0193a0e4-1c2d-7e3f-8a9b-0c1d2e3f4a5b';

beforeEach(freshWard);

describe('appendEvent', () => {
  it('stores a valid event with its author, device and times', async () => {
    const event = await appendEvent({
      type: 'note.written',
      payload: { text: ' Chariot vérifié ' },
    });
    const stored = await db.events.get(event.id);
    expect(stored?.payload).toEqual({ text: 'Chariot vérifié' });
    expect(stored?.author.initials).toBe('AM');
    expect(stored?.deviceId).toMatch(/^[0-9a-f-]{36}$/);
    expect(stored?.at).toMatch(/[+-]\d{2}:\d{2}$/);
    expect(stored?.atMs).toBe(Date.parse(event.at));
  });

  it('rejects a bad payload with a code per field and stores nothing', async () => {
    const before = await db.events.count();
    const result = await attempt(() =>
      appendEvent({
        type: 'patient.admitted',
        patientId: newId<PatientId>(),
        payload: {
          ...admission(''),
          identity: { ...identity(''), birthDate: '2020-02-31', sex: 'F' },
        },
      }),
    );
    expect(result).toEqual({
      ok: false,
      failure: {
        kind: 'validation',
        issues: expect.arrayContaining([
          { path: 'payload.identity.birthName', code: 'required' },
          { path: 'payload.identity.birthDate', code: 'invalidDate' },
        ]),
      },
    });
    expect(await db.events.count()).toBe(before);
    expect(await db.patients.count()).toBe(0);
  });

  it('rejects an unknown event type', async () => {
    // @ts-expect-error the type is not in the ward log's vocabulary
    const write = appendEvent({ type: 'patient.teleported', payload: {} });
    await expect(write).rejects.toThrow(ValidationError);
  });

  it('refuses to write when nobody is charting', async () => {
    // Unlocking opens the data but nobody is charting until a person is chosen.
    expect(await unlockWard(PASSPHRASE)).toEqual({ ok: true });
    const result = await attempt(() =>
      appendEvent({ type: 'note.written', payload: { text: 'x' } }),
    );
    expect(result).toEqual({ ok: false, failure: { kind: 'no-author' } });
    expect(await readWardNotes()).toEqual([]);
  });
});

describe('voiding', () => {
  it('keeps the voided event and hides it from the folds', async () => {
    const patientId = newId<PatientId>();
    const admitted = await appendEvent({
      type: 'patient.admitted',
      patientId,
      payload: admission('DURAND', { bedId: BED }),
    });
    expect(await db.patients.get(patientId)).toMatchObject({ bed: BED, status: 'admitted' });
    const correction = await voidEvent(admitted.id, 'Mauvais patient');
    expect(correction.patientId).toBe(patientId);
    expect(await db.events.get(admitted.id)).toBeDefined();
    expect(await db.patients.get(patientId)).toBeUndefined();
    await voidEvent(correction.id, 'Erreur de correction');
    expect(await db.patients.get(patientId)).toMatchObject({ bed: BED });
  });

  it('refuses to void an event that does not exist, with a reason required', async () => {
    await expect(voidEvent(newId<EventId>(), 'x')).rejects.toThrow(ValidationError);
    const note = await appendEvent({ type: 'note.written', payload: { text: 'a' } });
    await expect(voidEvent(note.id, '   ')).rejects.toThrow(ValidationError);
    expect(await db.events.count()).toBe(3);
  });
});

describe('ward', () => {
  it('folds the ward and its staff', async () => {
    const ward = await readWard();
    expect(ward).toMatchObject({ name: 'Médecine 3', establishment: 'CH Sud' });
    expect(ward?.staff.map((s) => s.name)).toEqual(['Alice Martin']);
  });
});
