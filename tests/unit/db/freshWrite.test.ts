import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { appendEvent, buildEvent, writeEvents } from '../../../src/db/append';
import { db } from '../../../src/db/db';
import { freshWard } from './fixtures';

// Issue 12, the save delay: an event built here just now (a dose, a vitals set) is written
// without asking the log for its id nor `local` for the awaited targets; a duplicate id is
// still refused by the add itself, and the write fails whole.

beforeEach(freshWard);
afterEach(() => vi.restoreAllMocks());

const note = { type: 'note.written' as const, payload: { text: 'Chariot vérifié' } };

describe('a write of events built here', () => {
  it('asks neither for its id nor for the awaited targets', async () => {
    const where = vi.spyOn(db.events, 'where');
    const get = vi.spyOn(db.local, 'get');
    await appendEvent(note);
    expect(where.mock.calls.filter(([index]) => (index as unknown) === 'id')).toEqual([]);
    expect(get.mock.calls.filter(([key]) => (key as unknown) === 'awaitedTargets')).toEqual([]);
  });

  it('still asks for both with a correction, which may await its target', async () => {
    const event = await appendEvent(note);
    const get = vi.spyOn(db.local, 'get');
    await appendEvent({ type: 'event.voided', payload: { eventId: event.id, reason: 'Erreur' } });
    expect(get.mock.calls.filter(([key]) => (key as unknown) === 'awaitedTargets')).toHaveLength(1);
  });

  it('refuses an id already in the log, and writes nothing of the batch', async () => {
    const first = await buildEvent(note);
    await writeEvents([first], { fresh: true });
    const second = await buildEvent(note);
    const before = await db.events.count();
    await expect(writeEvents([second, first], { fresh: true })).rejects.toThrow();
    expect(await db.events.count()).toBe(before);
    expect(await db.outbox.get(second.id)).toBeUndefined();
  });

  it('skips an id already in the log when it comes from outside', async () => {
    const first = await buildEvent(note);
    await writeEvents([first]);
    expect(await writeEvents([first])).toEqual({ added: 0, alreadyPresent: 1 });
  });
});
