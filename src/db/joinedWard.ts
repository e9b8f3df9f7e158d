import { WardFileError } from '../wardFile/errors';
import { getDataKey, lockSession } from './session';
import { db } from './db';
import { clearField, framesOf, JoinWardsError, openOtherWardFile } from './joinWardsFile';
import { TABLET_KEPT } from './noWard';
import { joinWard } from './tablets';
import type { MergeReport } from './merge';
import { openWire } from './wire';

/** Per tablet, not per ward: kept when the tablet moves to the joined ward. */
const KEPT_LOCAL = [...TABLET_KEPT, 'eventSeal'];

/**
 * Ids a ward file covers: its entries, and the entries of other wards its joins did not take
 * (their 'ward.joined' lists them): those are covered by the joined ward's own.
 */
async function coveredIds(file: Blob, other: Awaited<ReturnType<typeof openOtherWardFile>>) {
  const ids = new Set<string>();
  for await (const { items } of framesOf(file, other)) {
    for (const item of items) {
      const id = clearField(item, 'id');
      if (typeof id === 'string') ids.add(id);
      if (clearField(item, 'type') !== 'ward.joined') continue;
      const opened = await openWire(item, other.key);
      if (opened.ok && opened.event.type === 'ward.joined')
        opened.event.payload.skipped.forEach((skipped) => ids.add(skipped));
    }
  }
  return ids;
}

/**
 * The tablet of ward B, once B was joined into ward A, moves to A: A's ward file (made after
 * the join) and A's passphrase. Only if every entry this tablet holds is in the file (or was
 * left out by the join on purpose), so that nothing typed here is lost; otherwise
 * 'missingEntries' with the count, and nothing changes. Then this tablet's ward is emptied
 * (its device id and its own settings stay) and it joins A like a new tablet.
 */
export async function moveToJoinedWard(file: Blob, passphrase: string): Promise<MergeReport> {
  if (!getDataKey()) throw new WardFileError('noWard');
  const other = await openOtherWardFile(file, passphrase);
  const covered = await coveredIds(file, other);
  const held = await db.events.toCollection().primaryKeys();
  const missing = held.filter((id) => !covered.has(id)).length;
  if (missing > 0) throw new JoinWardsError('missingEntries', missing);
  // A draft is what a nurse typed and did not save yet: sealed under this ward's key, it
  // cannot follow the tablet, so it is saved or discarded first, never dropped here.
  const drafts = await db.drafts.count();
  if (drafts > 0) throw new JoinWardsError('draftsPending', drafts);
  // Locked first: the "about to lock" listeners (drafts) write under this ward's key, before
  // the wipe. The screens go; once joined, the app asks who is charting, as after an unlock.
  await lockSession();
  await db.transaction(
    'rw',
    [db.events, db.patients, db.lastVitals, db.drafts, db.quarantine, db.outbox, db.local],
    async () => {
      await Promise.all(
        [db.events, db.patients, db.lastVitals, db.drafts, db.quarantine, db.outbox].map((t) =>
          t.clear(),
        ),
      );
      await db.local.where('key').noneOf(KEPT_LOCAL).delete();
    },
  );
  return joinWard(file, passphrase);
}
