// A tablet that took its ward without a hub leaves the outbox alone on a bulk write: its first
// push queues the whole log (queueWholeLog, src/sync/push.ts). No event may miss the hub.
import { beforeEach, describe, expect, it } from 'vitest';
import { appendEvent, writeEvents } from '../../../src/db/append';
import { db } from '../../../src/db/db';
import { getLocal } from '../../../src/db/local';
import { HubClient } from '../../../src/sync/hubClient';
import { push, pushCheckpointName } from '../../../src/sync/push';
import { freshWard } from '../db/fixtures';
import { demoEvents, recordDemo } from '../db/wardFileFixtures';
import { sessionKey } from './hubFixtures';

beforeEach(freshWard);

/** A CouchDB in memory: the documents stored by id, and the `_local` checkpoints. */
function memoryHub() {
  const docs = new Map<string, unknown>();
  const local = new Map<string, Record<string, unknown>>();
  const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status });
  const fetcher: typeof fetch = async (input, init) => {
    const path = new URL(String(input)).pathname.replace('/hub/ward', '');
    const body = init?.body ? (JSON.parse(String(init.body)) as Record<string, unknown>) : {};
    if (path.startsWith('/_local/')) {
      if (init?.method === 'PUT') local.set(path, body);
      const doc = local.get(path);
      return doc ? json(doc) : json({ error: 'not_found' }, 404);
    }
    if (path === '/_revs_diff') {
      const missing = Object.keys(body).filter((id) => !docs.has(id));
      return json(Object.fromEntries(missing.map((id) => [id, { missing: body[id] }])));
    }
    for (const doc of (body as { docs: { _id: string }[] }).docs) docs.set(doc._id, doc);
    return json([]);
  };
  const client = new HubClient(
    { url: 'http://hub.test/hub/ward', user: 'u', password: 'p' },
    fetcher,
  );
  return { docs, local, client };
}

const logIds = async () => (await db.events.toCollection().primaryKeys()).map(String).sort();

describe('the outbox of a tablet that never pushed', () => {
  it('is left alone by a bulk write; a save made here is still queued', async () => {
    expect(await getLocal('queueWholeLog')).toBe(true);
    const events = await recordDemo(1, 5, 3);
    expect(events.length).toBeGreaterThan(100);
    expect(await db.outbox.count()).toBe(0);
    const note = await appendEvent({ type: 'note.written', payload: { text: 'Relève faite' } });
    expect(await db.outbox.toCollection().primaryKeys()).toEqual([note.id]);
  });

  it('is filled with the whole log by the first push, which sends every event', async () => {
    await recordDemo(1, 5, 3);
    const hub = memoryHub();
    await push(hub.client, sessionKey());
    expect([...hub.docs.keys()].sort()).toEqual(await logIds());
    expect(await getLocal('queueWholeLog')).toBeUndefined();
    expect(await db.outbox.count()).toBe(0);
    // From then on a bulk write queues its events, and the next push sends them.
    const more = await demoEvents(1, 6, 2);
    await writeEvents(more);
    expect(await db.outbox.count()).toBe(more.length);
    await push(hub.client, sessionKey());
    expect([...hub.docs.keys()].sort()).toEqual(await logIds());
  });

  it('is filled whole even by a hub that knows this tablet already (an earlier ward)', async () => {
    const hub = memoryHub();
    await hub.client.putLocalDoc(await pushCheckpointName(), { last_seq: 40 });
    await recordDemo(1, 5, 3);
    await push(hub.client, sessionKey());
    expect([...hub.docs.keys()].sort()).toEqual(await logIds());
  });

  it('loses no event of a bulk write running beside the first push', async () => {
    const hub = memoryHub();
    const events = await demoEvents(1, 5, 3);
    await Promise.all([
      writeEvents(events.slice(0, 200)),
      push(hub.client, sessionKey()),
      writeEvents(events.slice(200)),
    ]);
    await push(hub.client, sessionKey());
    expect([...hub.docs.keys()].sort()).toEqual(await logIds());
    expect(await logIds()).toHaveLength(events.length + 2); // the ward and its first nurse
  });

  it('is kept as before on a tablet without the flag (a ward held before it existed)', async () => {
    await db.local.delete('queueWholeLog');
    const events = await recordDemo(1, 5, 3);
    expect(await db.outbox.count()).toBe(events.length);
  });
});
