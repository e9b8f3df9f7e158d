import { beforeEach, describe, expect, it } from 'vitest';
import { appendEvent } from '../../../src/db/append';
import { db } from '../../../src/db/db';
import { attempt } from '../../../src/db/errors';
import { unlockWard } from '../../../src/db/lock';
import { getSession, lockSession } from '../../../src/db/session';
import { isType } from '../../../src/domain/events';
import { addSelf, addStaff, readWard } from '../../../src/db/ward';
import { freshWard, PASSPHRASE } from './fixtures';

/** Unlocked, nobody chosen yet: the "Qui saisit ?" screen. */
async function unlockedWithoutAuthor() {
  lockSession();
  expect(await unlockWard(PASSPHRASE)).toEqual({ ok: true });
  expect(getSession().author).toBeNull();
}

/** The 'staff.added' event of one person. */
const addedEvent = async (staffId: string | undefined) =>
  (await staffEvents()).find((e) => isType(e, 'staff.added') && e.payload.staffId === staffId);

const staffEvents = () =>
  db.events.where('[type+atMs]').between(['staff.added', 0], ['staff.added', Infinity]).toArray();

beforeEach(freshWard);

describe('adding a person to the staff list', () => {
  it('on "Qui saisit ?", a new nurse adds herself: she signs her entry and charts from then on', async () => {
    await unlockedWithoutAuthor();
    const result = await attempt(() =>
      addSelf({ name: 'Chloé Bernard', initials: 'cb', role: 'nurse' }),
    );
    expect(result.ok).toBe(true);
    const self = (await readWard())?.staff.find((s) => s.name === 'Chloé Bernard');
    expect(self).toMatchObject({ initials: 'CB', role: 'nurse' });
    const added = await addedEvent(self?.staffId);
    expect(added?.author).toEqual(self);
    expect(getSession().author).toEqual(self);
    const note = await appendEvent({ type: 'note.written', payload: { text: 'Prise de poste' } });
    expect(note.author).toEqual(self);
  });

  it('refuses a bad entry on its fields, writes nothing and chooses nobody', async () => {
    await unlockedWithoutAuthor();
    const before = await db.events.count();
    const result = await attempt(() => addSelf({ name: '', initials: 'C1', role: 'nurse' }));
    expect(result).toEqual({
      ok: false,
      failure: {
        kind: 'validation',
        issues: [
          { path: 'payload.name', code: 'required' },
          { path: 'payload.initials', code: 'invalidInitials' },
        ],
      },
    });
    expect(await db.events.count()).toBe(before);
    expect(getSession().author).toBeNull();
  });

  it('from Settings, the person already charting stays the author and stays chosen', async () => {
    const alice = getSession().author;
    const bruno = await addStaff({ name: 'Bruno Leroy', initials: 'BL', role: 'aide' });
    const added = await addedEvent(bruno.staffId);
    expect(added?.author).toEqual(alice);
    expect(getSession().author).toEqual(alice);
  });
});
