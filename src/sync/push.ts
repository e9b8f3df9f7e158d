import { intact } from '../db/damage';
import type { WardEvent } from '../domain/events';
import { db } from '../db/db';
import { ensureDeviceId, getLocal } from '../db/local';
import { toWire } from '../db/wire';
import { HubError, type HubClient } from './hubClient';
import { revOf } from './rev';

/** Events per `_bulk_docs`: a few hundred kilobytes of sealed JSON. */
export const PUSH_BATCH = 200;

export const pushCheckpointName = async () => `releve-push-${await ensureDeviceId()}`;

/**
 * Queues the whole log if this tablet took its ward without a hub and has not yet (`queueWholeLog`,
 * db/local.ts), or `always`. One transaction over the log, the outbox and `local`: a write of
 * events (db/append.ts, same tables) comes wholly before it, its events then in the log read
 * here, or wholly after, when `queueWholeLog` is gone and it queues its own.
 */
export async function queueWholeLog(always = false): Promise<void> {
  // Never set again while the ward is held (only a tablet without a ward takes one).
  if (!always && (await getLocal('queueWholeLog')) === undefined) return;
  await db.transaction('rw', [db.events, db.outbox, db.local], async () => {
    if (!always && (await getLocal('queueWholeLog')) === undefined) return; // another tab did
    const ids = await db.events.toCollection().primaryKeys();
    await db.outbox.bulkPut(ids.map((id) => ({ id })));
    await db.local.delete('queueWholeLog');
  });
}

/**
 * A hub that has never heard of this tablet (first push, or a hub database started again
 * empty) holds none of its events: the whole log is queued once. So is it when this tablet
 * took its ward without a hub, whatever the hub says (its device id may have met it before).
 */
async function queueAllIfNew(hub: HubClient, name: string): Promise<void> {
  await queueWholeLog((await hub.getLocalDoc(name)) === null);
}

/**
 * Events sealed for travel, as documents under their one revision: `_revs_diff` says which
 * the hub lacks, `_bulk_docs` with `new_edits: false` stores them. Resolves to how many the
 * hub did not have. A refused document fails the whole call (HubError).
 */
export async function sendEvents(
  hub: HubClient,
  events: readonly WardEvent[],
  key: CryptoKey,
): Promise<number> {
  const docs = await Promise.all(
    events.map(async (event) => ({
      _id: event.id,
      _rev: await revOf(event.id),
      ...(await toWire(event, key)),
    })),
  );
  const diff = await hub.must<Record<string, { missing?: string[] }>>(
    'POST',
    '/_revs_diff',
    Object.fromEntries(docs.map((doc) => [doc._id, [doc._rev]])),
  );
  const missing = docs.filter((doc) => (diff[doc._id]?.missing ?? []).length > 0);
  if (missing.length > 0) {
    const answer = await hub.must<{ id: string; error?: string; reason?: string }[]>(
      'POST',
      '/_bulk_docs',
      { docs: missing, new_edits: false },
    );
    const failed = answer.find((row) => row.error);
    if (failed) throw new HubError('server', `_bulk_docs ${failed.id}: ${failed.error}`);
  }
  return missing.length;
}

/**
 * Sends what the outbox holds, a batch at a time: `_revs_diff` says which the hub lacks,
 * `_bulk_docs` with `new_edits: false` stores them under their one revision, then the
 * batch leaves the outbox and the checkpoint is written on the hub. A cut at any point
 * leaves the batch in the outbox: sent again next time, stored once (same id, same rev).
 * Resolves to the number of events the hub did not have.
 */
export async function push(hub: HubClient, key: CryptoKey, batch = PUSH_BATCH): Promise<number> {
  const name = await pushCheckpointName();
  await queueAllIfNew(hub, name);
  let sent = 0;
  for (;;) {
    const ids = await db.outbox.limit(batch).primaryKeys();
    if (ids.length === 0) break;
    const rows = await db.events.bulkGet(ids);
    // A damaged row cannot be opened, so cannot be sealed for travel; it stays in the log.
    const events = intact(rows.filter((row) => row !== undefined));
    const missing = await sendEvents(hub, events, key);
    await db.outbox.bulkDelete(ids);
    sent += missing;
    const total = Number((await hub.getLocalDoc(name))?.last_seq ?? 0);
    await hub.putLocalDoc(name, { last_seq: (Number.isFinite(total) ? total : 0) + ids.length });
  }
  // Even with nothing to send, the hub keeps this tablet's checkpoint (queueAllIfNew).
  if (!(await hub.getLocalDoc(name))) await hub.putLocalDoc(name, { last_seq: 0 });
  return sent;
}
