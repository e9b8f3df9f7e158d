import { Dexie } from 'dexie';
import type { EventType } from '../domain/events';
import { intact } from './damage';
import { db, type StoredEvent } from './db';
import { getLocal } from './local';
import { getDataKey, onLock } from './session';

// The board looks for slots charted twice in the last hours on the whole ward (conflicts.ts):
// thousands of doses and care entries, the same ones at every visit. Profiled at 10k events
// (issue 12), reading those rows again took most of the board's time, though the encryption
// middleware hands back the records it already opened (crypto/readCache.ts): each row still
// came out of IndexedDB and was compared byte for byte. An event never changes once stored,
// so the entries of the window already read are kept here, by id, and only the ids come from
// the index at each visit: what is new is read, what left the window is dropped. A row
// altered in storage meanwhile is still caught by every screen that shows it.

const SLOT_TYPES: readonly EventType[] = ['med.administered', 'care.done', 'event.voided'];

/** The window's entries read under each data key; forgotten at lock. */
let kept = new WeakMap<CryptoKey, Map<string, StoredEvent>>();
onLock(() => {
  kept = new WeakMap();
});

const range = (type: EventType, fromMs: number) =>
  db.events.where('[type+atMs]').between([type, fromMs], [type, Dexie.maxKey]);

/** Doses, care entries and corrections of this ward since `fromMs`, each read once. */
export async function recentSlotEntries(fromMs: number): Promise<StoredEvent[]> {
  const wardId = await getLocal('wardId');
  const key = getDataKey();
  const ids = (
    await Promise.all(SLOT_TYPES.map((type) => range(type, fromMs).primaryKeys()))
  ).flat();
  const known = (key && kept.get(key)) || new Map<string, StoredEvent>();
  const missing = ids.filter((id) => !known.has(id));
  // The first visit reads the ranges whole (one request per type, not one per row).
  const read =
    missing.length > ids.length / 2
      ? (await Promise.all(SLOT_TYPES.map((type) => range(type, fromMs).toArray()))).flat()
      : (await db.events.bulkGet(missing)).filter((row) => row !== undefined);
  const fresh = new Map(intact(read).map((event) => [event.id, event]));
  const window = new Map<string, StoredEvent>();
  for (const id of ids) {
    const event = known.get(id) ?? fresh.get(id);
    if (event) window.set(id, event); // a damaged row is left out, and read again next time
  }
  if (key) kept.set(key, window);
  return [...window.values()].filter((event) => event.wardId === wardId);
}
