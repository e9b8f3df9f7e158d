import { Dexie } from 'dexie';
import { intact } from './damage';
import { db, type StoredEvent } from './db';
import { getLocal } from './local';

// The log read a page at a time in its order (bedside time, then id: the order of its indexes),
// for an export that must never hold a 60-day ward's log whole (docs/fhir-export.md, CSV).

/** A window of the log by bedside time, in ms: [fromMs, toMs); open ends when absent. */
export interface LogWindow {
  fromMs?: number | undefined;
  toMs?: number | undefined;
}

type LogIndex = '[wardId+atMs]' | '[patientId+atMs]';

/** The window's part of one key's index: [from, to), from open after a page. */
const windowRange = (
  index: LogIndex,
  key: string,
  bounds: LogWindow,
  fromMs?: number,
  after = false,
) =>
  db.events
    .where(index)
    .between(
      [key, fromMs ?? bounds.fromMs ?? Dexie.minKey],
      [key, bounds.toMs ?? Dexie.maxKey],
      !after,
      bounds.toMs === undefined,
    );

/**
 * One key's entries, `pageSize` at a time. A page ends before its last millisecond, which the
 * next page starts with (read again), so no entry comes twice nor is skipped; a page whose
 * entries all share one millisecond is followed by the rest of that millisecond.
 */
async function* indexPages(
  index: LogIndex,
  key: string,
  bounds: LogWindow,
  pageSize: number,
): AsyncGenerator<StoredEvent[]> {
  let fromMs: number | undefined;
  let after = false;
  for (;;) {
    const rows: StoredEvent[] = await windowRange(index, key, bounds, fromMs, after)
      .limit(pageSize)
      .toArray();
    const last = rows.at(-1);
    if (!last || rows.length < pageSize) {
      if (rows.length > 0) yield intact(rows);
      return;
    }
    if (rows[0]?.atMs === last.atMs) {
      // One millisecond fills the page: all of it, then on after it.
      yield intact(await db.events.where(index).equals([key, last.atMs]).toArray());
      [fromMs, after] = [last.atMs, true];
    } else {
      yield intact(rows.filter((row) => row.atMs < last.atMs));
      [fromMs, after] = [last.atMs, false];
    }
  }
}

/** The ward's whole log (or the window's) in its order, as readWardLog reads it, by pages. */
export async function* wardLogPages(
  bounds: LogWindow = {},
  pageSize = 2000,
): AsyncGenerator<StoredEvent[]> {
  const wardId = await getLocal('wardId');
  if (wardId) yield* indexPages('[wardId+atMs]', wardId, bounds, pageSize);
}

const before = (a: StoredEvent, b: StoredEvent) =>
  a.atMs < b.atMs || (a.atMs === b.atMs && a.id < b.id);

/**
 * Only the chosen patients' entries of the ward, in the log's order: each patient's log paged
 * from their own index and merged, so one patient's export reads that patient, not the ward.
 */
export async function* chosenLogPages(
  patientIds: readonly string[],
  bounds: LogWindow = {},
  pageSize = 2000,
): AsyncGenerator<StoredEvent[]> {
  const wardId = await getLocal('wardId');
  if (!wardId) return;
  const share = Math.max(100, Math.ceil(pageSize / patientIds.length));
  const heads = patientIds.map((id) => ({
    pages: indexPages('[patientId+atMs]', id, bounds, share),
    page: [] as StoredEvent[],
    at: 0,
    done: false,
  }));
  type Head = (typeof heads)[number];
  const fill = async (head: Head) => {
    while (!head.done && head.at >= head.page.length) {
      const next = await head.pages.next();
      if (next.done) head.done = true;
      else [head.page, head.at] = [next.value.filter((e) => e.wardId === wardId), 0];
    }
  };
  for (const head of heads) await fill(head);
  let out: StoredEvent[] = [];
  for (;;) {
    let first: Head | undefined;
    for (const head of heads) {
      const event = head.page[head.at];
      const best = first?.page[first.at];
      if (event && (!best || before(event, best))) first = head;
    }
    const event = first?.page[first.at];
    if (!first || !event) break;
    out.push(event);
    first.at += 1;
    if (first.at >= first.page.length) await fill(first);
    if (out.length >= pageSize) {
      yield out;
      out = [];
    }
  }
  if (out.length > 0) yield out;
}

/** How many entries the pages will go through, counted on the indexes (nothing decrypted). */
export async function countLog(bounds: LogWindow, patientIds?: readonly string[]) {
  const wardId = await getLocal('wardId');
  if (!wardId) return 0;
  if (!patientIds) return windowRange('[wardId+atMs]', wardId, bounds).count();
  const counts = await Promise.all(
    patientIds.map((id) => windowRange('[patientId+atMs]', id, bounds).count()),
  );
  return counts.reduce((sum, n) => sum + n, 0);
}
