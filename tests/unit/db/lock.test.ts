import { beforeEach, describe, expect, it } from 'vitest';
import { appendEvent } from '../../../src/db/append';
import { db } from '../../../src/db/db';
import { attempt } from '../../../src/db/errors';
import { changePassphrase, unlockWard } from '../../../src/db/lock';
import { getLocal } from '../../../src/db/local';
import { getSession, lockSession } from '../../../src/db/session';
import { UnlockAttempts } from '../../../src/db/unlockAttempts';
import { readWard, readWardNotes } from '../../../src/db/ward';
import type { ValidationError } from '../../../src/domain/validation';
import { freshWard, PASSPHRASE } from './fixtures';
import { fakeClock } from './lockFixtures';

beforeEach(freshWard);

describe('lock and unlock', () => {
  it('forgets the key and the author on lock: nothing can be read or written', async () => {
    await appendEvent({ type: 'note.written', payload: { text: 'Chariot vérifié' } });
    void lockSession();
    expect(getSession()).toEqual({ locked: true, author: null });
    await expect(readWardNotes()).rejects.toThrow(/locked/i);
    const write = await attempt(() =>
      appendEvent({ type: 'note.written', payload: { text: 'x' } }),
    );
    expect(write).toMatchObject({ ok: false });
    expect(await db.events.count()).toBe(3);
  });

  it('a wrong passphrase fails to unlock and changes nothing but the failure count', async () => {
    void lockSession();
    const page = new UnlockAttempts(db, fakeClock(1000));
    const record = await getLocal('keyRecord');
    expect(await unlockWard('pas la bonne phrase', page)).toEqual({ ok: false, reason: 'wrong' });
    expect(getSession().locked).toBe(true);
    expect(await getLocal('keyRecord')).toEqual(record);
    expect(await getLocal('unlockFailures')).toEqual({ count: 1, lastAt: 1000 });
    expect(await unlockWard('', page)).toEqual({ ok: false, reason: 'empty' });
  });

  it('makes tries wait after five failures, then opens with the right passphrase', async () => {
    void lockSession();
    const clock = fakeClock(0);
    const page = new UnlockAttempts(db, clock);
    for (let i = 0; i < 4; i++) expect((await unlockWard('faux', page)).ok).toBe(false);
    expect(await unlockWard('faux', page)).toEqual({ ok: false, reason: 'wait', waitMs: 30_000 });
    clock.advance(29_999);
    // Even the right passphrase waits: the delay is not a hint about which try was right.
    expect(await unlockWard(PASSPHRASE, page)).toEqual({ ok: false, reason: 'wait', waitMs: 1 });
    clock.advance(1);
    expect(await unlockWard(PASSPHRASE, page)).toEqual({ ok: true });
    expect(await getLocal('unlockFailures')).toBeUndefined();
    expect((await readWard())?.name).toBe('Médecine 3');
  });
});

describe('changing the passphrase', () => {
  it('keeps every record readable with the new passphrase only', async () => {
    await appendEvent({ type: 'note.written', payload: { text: 'Avant le changement' } });
    await changePassphrase(PASSPHRASE, '482913', '482913');
    void lockSession();
    const page = new UnlockAttempts(db, fakeClock(0));
    expect(await unlockWard(PASSPHRASE, page)).toMatchObject({ ok: false, reason: 'wrong' });
    expect(await unlockWard('482913', page)).toEqual({ ok: true });
    expect((await readWardNotes()).map((n) => n.payload.text)).toEqual(['Avant le changement']);
  });

  it('refuses a wrong current passphrase, a weak or mismatched new one', async () => {
    const record = await getLocal('keyRecord');
    const codes = async (current: string, next: string, confirm: string) => {
      try {
        await changePassphrase(current, next, confirm);
        return 'changed';
      } catch (error) {
        return (error as ValidationError).issues.map((i) => `${i.path}:${i.code}`).join(' ');
      }
    };
    expect(await codes('faux faux faux', '482913', '482913')).toBe('current:wrongPassphrase');
    expect(await codes(PASSPHRASE, '12345', '12345')).toBe('next:weakPassphrase');
    expect(await codes(PASSPHRASE, '482913', '482914')).toBe('nextConfirm:passphraseMismatch');
    expect(await codes('', '', '')).toBe('current:required next:required');
    expect(await getLocal('keyRecord')).toEqual(record);
  });
});
