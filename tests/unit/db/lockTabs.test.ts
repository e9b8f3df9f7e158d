import { Dexie, liveQuery } from 'dexie';
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

describe('memory after lock', () => {
  it('drops Dexie’s query cache of every table but `local`, with the live queries it holds', async () => {
    const clinical = () =>
      Object.keys(Dexie.cache).filter(
        (part) => part.startsWith(`idb://${db.name}/`) && !part.endsWith('/local'),
      );
    let first = () => {};
    const read = new Promise<void>((resolve) => (first = resolve));
    const subscription = liveQuery(() => db.events.toArray()).subscribe(() => first());
    await read;
    expect(clinical()).toEqual([`idb://${db.name}/events`]);
    await lockSession();
    subscription.unsubscribe();
    expect(clinical()).toEqual([]);
  });
});
