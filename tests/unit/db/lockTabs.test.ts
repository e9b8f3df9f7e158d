import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendEvent } from '../../../src/db/append';
import { db } from '../../../src/db/db';
import { lockWard } from '../../../src/db/lock';
import {
  connectLockChannel,
  getDataKey,
  getSession,
  lockSession,
  onLock,
} from '../../../src/db/session';
import { readWardNotes } from '../../../src/db/ward';
import { freshWard } from './fixtures';

const CHANNEL = 'releve-lock-test';
let disconnect = () => {};
let otherTab: BroadcastChannel;

beforeEach(async () => {
  await freshWard();
  disconnect = connectLockChannel(CHANNEL);
  otherTab = new BroadcastChannel(CHANNEL);
});
afterEach(() => {
  disconnect();
  otherTab.close();
});

const nextMessage = (channel: BroadcastChannel) =>
  new Promise<unknown>((resolve) => {
    channel.onmessage = (event: MessageEvent) => resolve(event.data);
  });

describe('locking across tabs', () => {
  it('locks this page when another page of the app locks', async () => {
    expect(getSession().locked).toBe(false);
    let stop = () => {};
    const locked = new Promise<void>((resolve) => (stop = onLock(() => resolve())));
    otherTab.postMessage('locked');
    await locked;
    stop();
    expect(getSession()).toEqual({ locked: true, author: null });
    expect(getDataKey()).toBeNull();
  });

  it('tells the other pages when this one locks', async () => {
    const heard = nextMessage(otherTab);
    await lockWard();
    expect(await heard).toBe('locked');
  });
});

describe('"about to lock" listeners', () => {
  it('run before the key goes, so a draft can still be saved encrypted', async () => {
    const order: string[] = [];
    const stop = onLock(async () => {
      order.push(`listener, locked: ${getSession().locked}`);
      await appendEvent({ type: 'note.written', payload: { text: 'Brouillon' } });
      order.push('saved');
    });
    const locking = lockSession();
    // The screens go at once; the key only once the listener is done.
    expect(getSession().locked).toBe(true);
    expect(getDataKey()).not.toBeNull();
    await locking;
    stop();
    expect(getDataKey()).toBeNull();
    expect(order).toEqual(['listener, locked: false', 'saved']);
    await expect(readWardNotes()).rejects.toThrow(/locked/i);
    expect(await db.events.count()).toBe(3);
  });

  it('a failing listener does not stop the lock', async () => {
    const stop = onLock(() => {
      throw new Error('draft store broken');
    });
    const stopAsync = onLock(() => Promise.reject(new Error('draft write failed')));
    await lockSession();
    stop();
    stopAsync();
    expect(getDataKey()).toBeNull();
  });
});
