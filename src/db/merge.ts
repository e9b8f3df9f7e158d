import type { WardEvent } from '../domain/events';
import { writeEvents, type BatchResult } from './append';
import { markSealed } from './crypto';
import { db, type QuarantineRow, type StoredEvent } from './db';
import { EVENT_CODEC } from './eventSeal';
import { quarantine } from './quarantine';
import { rememberNewer } from './keptNewer';
import { getDataKey } from './session';
import { openWireToStore } from './wire';

/** What a merge did, said to the nurse in words (features/wardFile, sync status). */
export interface MergeReport {
  added: number;
  alreadyPresent: number;
  newPatients: number;
  /** Entries refused and kept apart (db/quarantine.ts). */
  quarantined: number;
}

export const emptyReport = (): MergeReport => ({
  added: 0,
  alreadyPresent: 0,
  newPatients: 0,
  quarantined: 0,
});

/** Where a batch of entries came from: a ward file or a hub. */
export interface MergeSource {
  /** The quarantine row's key of the entry at `position` (the same entry twice: one row). */
  keyOf: (position: number, id: string | null) => string;
  source: QuarantineRow['source'];
  /** Ward time of the merge. */
  at: string;
  /** Pulled from the hub: written without queuing them for it again. */
  fromHub?: boolean;
}

export const patientCount = (wardId: string) => db.patients.where('wardId').equals(wardId).count();

/**
 * One batch of wire entries merged (ward file import and hub pull share it): each opened
 * (seal and schema), the good ones of this ward written by the union by id in one
 * transaction with the ciphertexts they came with, the refused ones quarantined, never
 * applied. Adds to `report`.
 */
export async function mergeWires(
  items: readonly unknown[],
  key: CryptoKey,
  wardId: string,
  from: MergeSource,
  report: MergeReport,
): Promise<BatchResult> {
  const opened = await Promise.all(items.map((item) => openWireToStore(item, key)));
  const good: WardEvent[] = [];
  const refused: QuarantineRow[] = [];
  // The wire's ciphertexts are the stored form (same seal): stored as they came, under the
  // key the tablet writes with (the session's; another key's rows are sealed again).
  const sealed = new Map<string, StoredEvent>();
  // Sound entries a newer Relève wrote: kept as they came, read once this app is updated.
  const newer: StoredEvent[] = [];
  const sameKey = key === getDataKey();
  opened.forEach(({ opened: result, stored }, position) => {
    if (result.ok && result.event.wardId === wardId) {
      good.push(result.event);
      if (stored && sameKey) sealed.set(stored.id, stored);
      return;
    }
    if (!result.ok && result.reason === 'newer' && stored?.wardId === wardId && sameKey) {
      newer.push(stored);
      return;
    }
    const why = result.ok
      ? {
          reason: 'otherWard' as const,
          detail: `wardId ${result.event.wardId}`,
          id: result.event.id,
        }
      : result;
    refused.push({
      key: from.keyOf(position, why.id),
      eventId: why.id,
      reason: why.reason,
      detail: why.detail,
      source: from.source,
      quarantinedAt: from.at,
      wire: items[position],
    });
  });
  markSealed(EVENT_CODEC, key, [...sealed.values(), ...newer]);
  const written = await writeEvents(good, { fromHub: from.fromHub, sealed });
  const kept = await keepNewer(newer);
  await quarantine(refused);
  report.added += written.added + kept.added;
  report.alreadyPresent += written.alreadyPresent + kept.alreadyPresent;
  report.quarantined += refused.length;
  return written;
}

/**
 * Rows a newer Relève wrote, stored as they came (already sealed): the read path keeps them
 * out of every screen and says an update is needed (db/versions.ts); once updated, their
 * patients are folded again (db/keptNewer.ts). Not queued for the hub: the push sends what
 * it can open. A row the log already holds is skipped.
 */
async function keepNewer(rows: readonly StoredEvent[]): Promise<BatchResult> {
  if (rows.length === 0) return { added: 0, alreadyPresent: 0 };
  return db.transaction('rw', db.events, db.local, async () => {
    const held = new Set<string>(
      await db.events
        .where('id')
        .anyOf(rows.map((row) => row.id))
        .primaryKeys(),
    );
    const fresh: StoredEvent[] = [];
    for (const row of rows) {
      if (held.has(row.id)) continue;
      held.add(row.id); // the same entry twice in the batch is kept once
      fresh.push(row);
    }
    await db.events.bulkAdd(fresh);
    await rememberNewer(fresh);
    return { added: fresh.length, alreadyPresent: rows.length - fresh.length };
  });
}
