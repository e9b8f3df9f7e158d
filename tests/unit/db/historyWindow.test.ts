import { afterEach, describe, expect, it } from 'vitest';
import { buildEvent, writeEvents, type EventDraft } from '../../../src/db/append';
import { readHistoryWindow, readPatientHistory } from '../../../src/db/patients';
import { lockSession } from '../../../src/db/session';
import type { EventType } from '../../../src/domain/events';
import type { EventId, PatientId } from '../../../src/domain/ids';
import { countDecryptions } from './decryptCounter';
import { freshWard } from './fixtures';
import { admit, hoursAgo } from './patientFixtures';

// Issue 11, point 6: the patient's history opens on a window of its newest entries and
// corrections, read by index range, so a long stay costs what is shown; "show earlier" widens it.

afterEach(() => lockSession());

/**
 * A patient with `changes` header changes (every third one struck out), and as many notes,
 * half of them struck out, all between admission and now.
 */
async function longStay(changes: number): Promise<PatientId> {
  await freshWard();
  const patientId = await admit();
  const step = (4 * 3_600_000) / (4 * changes);
  const at = (n: number) => hoursAgo(4.5 - (n * step) / 3_600_000);
  const drafts: EventDraft<EventType>[] = [];
  for (let n = 0; n < changes; n += 1) {
    drafts.push(
      {
        type: 'patient.updated',
        patientId,
        at: at(4 * n),
        payload: { clinical: { physician: `Dr ${n}` }, reason: `Relève ${n}` },
      },
      { type: 'note.written', patientId, at: at(4 * n + 1), payload: { text: `Note ${n}` } },
    );
  }
  const written = await Promise.all(drafts.map((draft) => buildEvent(draft)));
  await writeEvents(written);
  const voids: EventDraft<EventType>[] = written.flatMap((event, i) => {
    const n = Math.floor(i / 2);
    const struck = event.type === 'note.written' ? n % 2 === 0 : n % 3 === 0;
    const voidAt = at(4 * n + 2 + (event.type === 'note.written' ? 1 : 0));
    return struck
      ? [
          {
            type: 'event.voided',
            patientId,
            at: voidAt,
            payload: { eventId: event.id as EventId, reason: 'Erreur' },
          },
        ]
      : [];
  });
  await writeEvents(await Promise.all(voids.map((draft) => buildEvent(draft))));
  return patientId;
}

async function decrypted(read: () => Promise<unknown>): Promise<number> {
  const counter = countDecryptions();
  try {
    await read();
    return counter.records('events');
  } finally {
    counter.stop();
  }
}

describe('the history of a long stay', () => {
  it('opens on its newest entries: at most the window is decrypted', async () => {
    const id = await longStay(40);
    expect(await decrypted(() => readHistoryWindow(id, 12))).toBeLessThanOrEqual(12);
    expect(await decrypted(() => readHistoryWindow(id, 24))).toBeLessThanOrEqual(24);
  }, 60_000);

  it('shows the newest entries of the whole history, struck out as there, and says more exist', async () => {
    const id = await longStay(40);
    const whole = await readPatientHistory(id);
    expect(whole).toHaveLength(41);
    for (const limit of [5, 12, 30]) {
      const window = await readHistoryWindow(id, limit);
      expect(window.entries.length).toBeGreaterThan(0);
      expect(window.entries).toEqual(whole.slice(0, window.entries.length));
      expect(window.earlier).toBe(true);
    }
    const all = await readHistoryWindow(id, 1000);
    expect(all).toEqual({ entries: whole, earlier: false });
  }, 60_000);
});
