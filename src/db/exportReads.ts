import { Dexie } from 'dexie';
import type { WardEvent } from '../domain/events';
import { intact } from './damage';
import { db } from './db';
import { getLocal } from './local';
import { readWardTimeZone } from './wardTime';

/** The whole log of this tablet's ward, decrypted and upgraded, for a recovery export. */
export async function readWardLog(): Promise<{ events: WardEvent[]; timeZone: string }> {
  const wardId = await getLocal('wardId');
  if (!wardId) return { events: [], timeZone: await readWardTimeZone() };
  const rows = await db.events
    .where('[wardId+atMs]')
    .between([wardId, Dexie.minKey], [wardId, Dexie.maxKey])
    .toArray();
  return { events: intact(rows), timeZone: await readWardTimeZone() };
}
