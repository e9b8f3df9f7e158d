import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { buildEvent, writeEvents, type EventDraft } from '../../../src/db/append';
import { addBedSeries, readBeds } from '../../../src/db/beds';
import { intact } from '../../../src/db/damage';
import { db } from '../../../src/db/db';
import { readPatientHistory } from '../../../src/db/patients';
import { lockSession } from '../../../src/db/session';
import { readWard, readWardNotes } from '../../../src/db/ward';
import { foldBeds } from '../../../src/domain/beds';
import type { EventType, WardEvent } from '../../../src/domain/events';
import { newId, type EventId, type PatientId } from '../../../src/domain/ids';
import { HEADER_TYPES } from '../../../src/domain/patient';
import { toIsoWithOffset } from '../../../src/domain/time';
import { voidedIds } from '../../../src/domain/voids';
import { foldWard } from '../../../src/domain/ward';
import { countDecryptions } from './decryptCounter';
import { freshWard } from './fixtures';
import { boardReads, patientScreenReads } from './screenReads';

// Issue 11, point 6: what the board and the ward's log book decrypt depends on what they
// show, not on how many days of care the log holds; and they show the same as before.

afterEach(() => lockSession());

const HOUR = 3_600_000;

function required<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error('missing in the fixture');
  return value;
}

const at = (ms: number) => toIsoWithOffset(new Date(ms));

/**
 * A ward of 3 beds and 2 patients, 60 notes in its log book, a bed renamed and the renaming
 * struck out; then `days` days of care, ending an hour ago: per patient and day 6 full vitals
 * sets, a call, 3 targeted notes, 2 notes, and a note struck out.
 */
async function wardWithHistory(days: number): Promise<PatientId[]> {
  await freshWard();
  await addBedSeries(1, 3);
  const beds = await readBeds();
  const startMs = Date.now() - (days + 1) * 24 * HOUR;
  const drafts: EventDraft<EventType>[] = [];
  const patients = [newId<PatientId>(), newId<PatientId>()];
  patients.forEach((patientId, i) =>
    drafts.push({
      type: 'patient.admitted',
      patientId,
      at: at(startMs),
      payload: {
        identity: {
          birthName: i ? 'MARTIN' : 'DURAND',
          firstName: 'Anne',
          birthDate: '1950-03-14',
          sex: 'F',
          ipp: `1000000${i}`,
        },
        admittedAt: at(startMs),
        reason: 'Pneumopathie',
        physician: 'Dr Martin',
        allergies: { status: 'noneKnown' },
        isolation: ['none'],
        bedId: beds[i]?.bedId,
      },
    }),
  );
  for (let n = 0; n < 60; n += 1) {
    drafts.push({
      type: 'note.written',
      at: at(startMs + n * 60_000),
      payload: { text: `Note ${n}` },
    });
  }
  drafts.push({
    type: 'bed.updated',
    at: at(startMs),
    payload: { bedId: required(beds[2]).bedId, label: 'X' },
  });
  await writeEvents(await Promise.all(drafts.map((draft) => buildEvent(draft))));
  const renamed = required(
    await db.events
      .where('[type+atMs]')
      .between(['bed.updated', Dexie.minKey], ['bed.updated', Dexie.maxKey])
      .first(),
  );
  await writeEvents([
    await buildEvent({
      type: 'event.voided',
      at: at(startMs),
      payload: { eventId: renamed.id, reason: 'Erreur' },
    }),
  ]);

  for (let day = 0; day < days; day += 1) {
    const dayMs = startMs + (day + 1) * 24 * HOUR;
    const events: WardEvent[] = [];
    for (const patientId of patients) {
      const add = async (draft: EventDraft<EventType>) => {
        const event = await buildEvent({ ...draft, patientId });
        events.push(event);
        return event.id;
      };
      let vitals: EventId | null = null;
      for (let h = 2; h < 24; h += 4) {
        const payload = {
          respiratoryRate: 26,
          spo2: 90,
          onOxygen: false,
          systolicBp: 95,
          pulse: 120,
          consciousness: 'A' as const,
          temperature: 38.5,
        };
        vitals = await add({ type: 'vitals.recorded', at: at(dayMs + h * HOUR), payload });
      }
      await add({
        type: 'escalation.informed',
        at: at(dayMs + 22 * HOUR + 10 * 60_000),
        payload: { vitalsEventId: required(vitals), role: 'physician' },
      });
      for (let h = 1; h < 24; h += 8) {
        await add({
          type: 'note.targeted',
          at: at(dayMs + h * HOUR),
          payload: { target: 'Douleur', data: 'EVA 6' },
        });
      }
      const note = await add({
        type: 'note.written',
        at: at(dayMs + 10 * HOUR),
        payload: { text: 'Agitée' },
      });
      await add({ type: 'note.written', at: at(dayMs + 11 * HOUR), payload: { text: 'Calme' } });
      await add({
        type: 'event.voided',
        at: at(dayMs + 12 * HOUR),
        payload: { eventId: note, reason: 'Erreur' },
      });
    }
    await writeEvents(events);
  }
  return patients;
}

/** Events decrypted by `read`. */
async function decrypted(read: () => Promise<unknown>): Promise<number> {
  const counter = countDecryptions();
  try {
    await read();
    return counter.records('events');
  } finally {
    counter.stop();
  }
}

/** What the reads showed before issue 11: everything read, then filtered. */
async function wholeLog() {
  const all = intact(await db.events.orderBy('[wardId+atMs]').toArray());
  const wardLevel = all.filter((event) => event.patientId === null);
  return {
    ward: foldWard(wardLevel),
    beds: foldBeds(wardLevel),
    notes: wardLevel
      .filter((e) => e.type === 'note.written')
      .reverse()
      .slice(0, 50),
    history: (patientId: PatientId) => {
      const events = all.filter((event) => event.patientId === patientId);
      const voided = voidedIds(events);
      return events
        .filter((e) => (HEADER_TYPES as readonly string[]).includes(e.type))
        .map((event) => ({ event, voided: voided.has(event.id) }))
        .reverse();
    },
  };
}

describe('reads that do not grow with history', () => {
  it('the board and the log book decrypt as many events after 20 days as after 1', async () => {
    await wardWithHistory(1);
    const short = {
      board: await decrypted(boardReads),
      notes: await decrypted(() => readWardNotes(50)),
    };
    await wardWithHistory(20);
    const long = {
      board: await decrypted(boardReads),
      notes: await decrypted(() => readWardNotes(50)),
    };
    expect(long).toEqual(short);
    expect(short.notes).toBe(50);
  });

  it('the patient screen reads the patient log once, and only that patient', async () => {
    const patientId = required((await wardWithHistory(3))[0]);
    const log = await db.events
      .where('[patientId+atMs]')
      .between([patientId, Dexie.minKey], [patientId, Dexie.maxKey])
      .count();
    // Besides the log, at most once: the history's admission and 3 corrections; the frame's 3
    // beds, the renaming and its correction; the ward's correction again for each list of
    // tablet names. Reads that run side by side may each decrypt a record the other one also
    // reads (db/crypto/readCache.ts keeps it for the next read); never the log twice.
    const count = await decrypted(() => patientScreenReads(patientId));
    expect(count).toBeGreaterThanOrEqual(log + 5);
    expect(count).toBeLessThanOrEqual(log + 4 + 5 + 2);
  });

  it('shows the same ward, beds, notes and history as a read of the whole log', async () => {
    const patients = await wardWithHistory(2);
    const expected = await wholeLog();
    expect(await readWard()).toEqual(expected.ward);
    expect(await readBeds()).toEqual(expected.beds);
    expect((await readBeds()).find((bed) => bed.label === 'X')).toBeUndefined();
    expect(await readWardNotes(50)).toEqual(expected.notes);
    for (const patientId of patients) {
      expect(await readPatientHistory(patientId)).toEqual(expected.history(patientId));
    }
  });
});
