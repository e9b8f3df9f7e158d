import { beforeEach, expect, it } from 'vitest';
import { buildEvent, writeEvents } from '../../../src/db/append';
import { db } from '../../../src/db/db';
import type { WardEvent } from '../../../src/domain/events';
import { newId, type EventId, type PatientId } from '../../../src/domain/ids';
import { toIsoWithOffset } from '../../../src/domain/time';
import { countDecryptions } from './decryptCounter';
import { freshWard } from './fixtures';
import { admission } from './patientFixtures';

beforeEach(freshWard);

const FULL_SET = {
  respiratoryRate: 18,
  spo2: 96,
  onOxygen: false,
  systolicBp: 128,
  pulse: 82,
  consciousness: 'A' as const,
  temperature: 37.2,
};
const START = Date.parse('2026-11-01T08:00:00+01:00');
const at = (hours: number) => toIsoWithOffset(new Date(START + hours * 3600_000));

/** A patient with `sets` full vitals sets and as many notes, one an hour: a long history. */
async function patientWithHistory(sets: number) {
  const patientId = newId<PatientId>();
  const events: WardEvent[] = [
    await buildEvent({ type: 'patient.admitted', patientId, at: at(0), payload: admission() }),
  ];
  for (let h = 1; h <= sets; h += 1) {
    events.push(
      await buildEvent({ type: 'vitals.recorded', patientId, at: at(h), payload: FULL_SET }),
    );
    events.push(
      await buildEvent({ type: 'note.written', patientId, at: at(h), payload: { text: 'RAS' } }),
    );
  }
  await writeEvents(events);
  return { patientId, events };
}

const strike = (target: WardEvent) =>
  buildEvent({
    type: 'event.voided',
    patientId: target.patientId,
    payload: { eventId: target.id as EventId, reason: 'Erreur' },
  });

/** The events decrypted while writing `events`: what a write rereads of the log. */
async function decryptedWriting(events: WardEvent[]): Promise<number> {
  const counter = countDecryptions();
  await writeEvents(events);
  const count = counter.records('events');
  counter.stop();
  return count;
}

it('a correction, a late set or a late note does not reread the patient’s history', async () => {
  const { patientId, events } = await patientWithHistory(120);
  const sets = events.filter((e) => e.type === 'vitals.recorded');
  const notes = events.filter((e) => e.type === 'note.written');
  const kept = (await db.lastVitals.get(patientId))?.event.id;
  expect(kept).toBe(sets.at(-1)?.id);
  // Striking an older set, a note; a late set and a late note: one read each at most.
  expect(await decryptedWriting([await strike(sets[40] as WardEvent)])).toBeLessThanOrEqual(1);
  const noteStruck = await strike(notes[7] as WardEvent);
  expect(await decryptedWriting([noteStruck])).toBeLessThanOrEqual(1);
  const late = await buildEvent({
    type: 'vitals.recorded',
    patientId,
    at: at(30.5),
    payload: FULL_SET,
  });
  const lateNote = await buildEvent({
    type: 'note.written',
    patientId,
    at: at(2.5),
    payload: { text: 'Oubli' },
  });
  expect(await decryptedWriting([late, lateNote])).toBe(0);
  // Striking the correction of a note follows the chain to the note: two reads, not the log.
  expect(await decryptedWriting([await strike(noteStruck)])).toBeLessThanOrEqual(2);
  expect((await db.lastVitals.get(patientId))?.event.id).toBe(kept);
}, 120_000);
