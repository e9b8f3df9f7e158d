import type { WardEvent } from '../domain/events';
import type { WardId } from '../domain/ids';
import { instantOf, toIsoWithOffset } from '../domain/time';
import { WardFileError } from '../wardFile/errors';
import { readFrameItems, readHeader, writeWardFile, type OpenedHeader } from '../wardFile/file';
import { wardFileName } from '../wardFile/fileName';
import type { WardFileHeader } from '../wardFile/header';
import {
  CryptoError,
  findCryptoError,
  isDamaged,
  rewrapKeyRecord,
  unlockKeyRecord,
  verifyKeyRecord,
} from './crypto';
import { intact, unreadable as unreadableRow } from './damage';
import { db, type StoredEvent } from './db';
import { ensureDeviceId, getLocal, setLocal } from './local';
import { hasWard } from './lock';
import { emptyReport, mergeWires, patientCount, type MergeReport } from './merge';
import { clearWithoutWard, keepSealDone } from './noWard';
import { getDataKey, lockSession, openSession } from './session';
import { readWard } from './ward';
import { wardNow } from './wardTime';
import { toWire } from './wire';
import { readStoredEvents, storedToWire } from './wardFileRows';

export { WardFileError, type WardFileErrorCode } from '../wardFile/errors';
export type { WardFileHeader } from '../wardFile/header';

export type { MergeReport } from './merge';

export type Progress = (done: number, total: number) => void;

export interface MakeOptions {
  /** Only entries recorded (recordedAt) from this instant on; absent: the whole log. */
  sinceMs?: number;
  /** A copy that leaves the ward: the key re-wrapped under a passphrase chosen now. */
  backup?: { wardPassphrase: string; filePassphrase: string };
  onProgress?: Progress;
}

/** Events per frame: a frame is about 0.5 MB of JSON, so memory stays bounded. */
const FRAME_EVENTS = 1000;

function requireKey(): CryptoKey {
  const key = getDataKey();
  if (!key) throw new CryptoError('locked');
  return key;
}

/**
 * What a file carries beyond the entries this tablet reads: rows it cannot read travel as
 * stored (`damaged`, `newer`); `leftOut` could not travel (no longer the shape of an entry).
 */
export interface Unreadable {
  damaged: number;
  newer: number;
  leftOut: number;
}

const clearText = (row: unknown, field: string): string | null => {
  const value: unknown = typeof row === 'object' && row !== null ? Reflect.get(row, field) : null;
  return typeof value === 'string' ? value : null;
};

/** The ward's events as wire events, a frame's worth at a time, in id order. */
async function* wireChunks(
  key: CryptoKey,
  wardId: string,
  sinceMs: number | undefined,
  unreadable: Unreadable,
  onProgress?: Progress,
): AsyncGenerator<unknown[]> {
  const total = await db.events.count();
  let after: string | null = null;
  let done = 0;
  for (;;) {
    const page = after === null ? db.events.orderBy(':id') : db.events.where(':id').above(after);
    const rows: StoredEvent[] = await page.limit(FRAME_EVENTS).toArray();
    const lastRow = rows[rows.length - 1];
    if (!lastRow) return;
    after = lastRow.id;
    done += rows.length;
    // Clear fields only: a row this app cannot open keeps them (damage.ts, versions.ts).
    const chosen = rows.filter((row) => {
      const recordedAt = clearText(row, 'recordedAt');
      return (
        clearText(row, 'wardId') === wardId &&
        (sinceMs === undefined || (recordedAt !== null && instantOf(recordedAt) >= sinceMs))
      );
    });
    const readable = intact<WardEvent>(chosen);
    const others = chosen.filter((row) => unreadableRow(row));
    const stored = await readStoredEvents(others.map((row) => row.id));
    const asStored = stored.map(storedToWire);
    others.forEach((row, i) => {
      if (!asStored[i]) unreadable.leftOut += 1;
      else if (isDamaged(row)) unreadable.damaged += 1;
      else unreadable.newer += 1;
    });
    const wires = await Promise.all(readable.map((event) => toWire(event, key)));
    onProgress?.(done, total);
    yield [...wires, ...asStored.filter((wire) => wire !== null)];
  }
}

const wrongPassphrase = (error: unknown): never => {
  const code = findCryptoError(error)?.code;
  if (code === 'wrong-passphrase')
    throw new WardFileError('wrongPassphrase', undefined, { cause: error });
  if (code === 'corrupted-key-record')
    throw new WardFileError('damaged', undefined, { cause: error });
  throw error;
};

export interface MadeWardFile {
  blob: Blob;
  fileName: string;
  /** Entries in the file, the unreadable ones carried as stored included. */
  events: number;
  unreadable: Unreadable;
}

/** The ward log (all, or since a date) as one ward file (docs/ward-file.md). */
export async function makeWardFile(options: MakeOptions = {}): Promise<MadeWardFile> {
  const key = requireKey();
  const wardId = await getLocal('wardId');
  const record = await getLocal('keyRecord');
  if (!wardId || !record) throw new WardFileError('noWard');
  let keyRecord: unknown = record;
  if (options.backup) {
    const { wardPassphrase, filePassphrase } = options.backup;
    // Same iteration count as the ward's own record (the app's is the OWASP figure).
    keyRecord = await rewrapKeyRecord(record, wardPassphrase, filePassphrase, {
      iterations: record.iterations,
    }).catch(wrongPassphrase);
  }
  const kind = options.backup ? 'backup' : 'ward';
  const { iso: createdAt, timeZone } = await wardNow();
  const since =
    options.sinceMs === undefined ? null : toIsoWithOffset(new Date(options.sinceMs), timeZone);
  const unreadable: Unreadable = { damaged: 0, newer: 0, leftOut: 0 };
  const { blob, events } = await writeWardFile(
    key,
    { kind, wardId, createdAt, deviceId: await ensureDeviceId(), since, keyRecord },
    wireChunks(key, wardId, options.sinceMs, unreadable, options.onProgress),
  );
  await setLocal('wardFileMadeAt', createdAt);
  const ward = await readWard();
  const fileName = wardFileName(ward?.name ?? '', createdAt, kind);
  return { blob, fileName, events, unreadable };
}

/** The clear header, no key needed (what the file says it is; checked at import). */
export async function readWardFileHeader(file: Blob): Promise<WardFileHeader> {
  return (await readHeader(file)).header;
}

const fileNameOf = (file: Blob) => (file instanceof File ? file.name : '');

/** Every frame checked (header seal, each frame, counts) before anything is written. */
async function checkWhole(file: Blob, opened: OpenedHeader, key: CryptoKey): Promise<void> {
  for await (const frame of readFrameItems(file, opened, key)) void frame;
}

/**
 * The merge: each entry opened (seal and schema), the good ones written by the union by id
 * (one transaction per frame), the refused ones quarantined. Called once the whole file
 * has passed its check, so a damaged file changes nothing.
 */
async function merge(
  file: Blob,
  opened: OpenedHeader,
  key: CryptoKey,
  wardId: string,
  onProgress?: Progress,
): Promise<MergeReport> {
  const { header } = opened;
  const before = await patientCount(wardId);
  const { iso: quarantinedAt } = await wardNow();
  const source = {
    fileName: fileNameOf(file),
    deviceId: header.deviceId,
    createdAt: header.createdAt,
    kind: header.kind,
  };
  const report = emptyReport();
  let done = 0;
  for await (const { index, items } of readFrameItems(file, opened, key)) {
    const keyOf = (position: number) => `${header.fileId}:${index}:${position}`;
    await mergeWires(items, key, wardId, { keyOf, source, at: quarantinedAt }, report);
    done += items.length;
    onProgress?.(done, header.events);
  }
  report.newPatients = (await patientCount(wardId)) - before;
  return report;
}

/** Merges a file of this tablet's ward into its log (unlocked tablet). */
export async function importWardFile(
  file: Blob,
  options: { onProgress?: Progress } = {},
): Promise<MergeReport> {
  const opened = await readHeader(file);
  const wardId = await getLocal('wardId');
  if (!wardId) throw new WardFileError('noWard');
  if (opened.header.wardId !== wardId) throw new WardFileError('otherWard');
  const key = requireKey();
  await checkWhole(file, opened, key);
  return merge(file, opened, key, wardId, options.onProgress);
}

/**
 * A tablet with no ward takes the ward of a file: the key record it carries is opened with
 * `passphrase`, the whole file is checked, then the ward is kept, the session opens (nobody
 * charting yet), the log is merged, and the key record is kept last.
 */
export async function joinWardFile(
  file: Blob,
  passphrase: string,
  options: { onProgress?: Progress } = {},
): Promise<MergeReport> {
  if (await hasWard()) throw new WardFileError('alreadyWard');
  const opened = await readHeader(file);
  const record = await verifyKeyRecord(opened.header.keyRecord).catch(wrongPassphrase);
  const key = await unlockKeyRecord(record, passphrase).catch(wrongPassphrase);
  await checkWhole(file, opened, key);
  // What an earlier join left when it was cut short (tab closed) is not this ward's start.
  await clearWithoutWard();
  const wardId = opened.header.wardId as WardId;
  await db.transaction('rw', db.local, async () => {
    if (await hasWard()) throw new WardFileError('alreadyWard');
    await setLocal('wardId', wardId);
    // The merge then leaves the outbox alone: this tablet's first push queues the whole log.
    await setLocal('queueWholeLog', true);
  });
  await ensureDeviceId();
  openSession(key);
  // The key record last: until the log is merged the tablet has no ward, so the join screen
  // stays with its progress instead of an empty board. All or nothing: a join that fails
  // half-way (file taken away, tablet full) leaves the tablet as it was, with no ward.
  try {
    const report = await merge(file, opened, key, wardId, options.onProgress);
    await db.transaction('rw', db.local, async () => {
      await setLocal('keyRecord', record);
      await keepSealDone(); // every event here came through the file, sealed as it travelled
    });
    return report;
  } catch (error) {
    await undoJoin();
    throw error;
  }
}

/** Back to "no ward": the session closed, and what the merge wrote cleared. */
async function undoJoin(): Promise<void> {
  await lockSession({ broadcast: false });
  try {
    await clearWithoutWard();
  } catch (error) {
    // Cleared again before the next ward is created or joined (clearWithoutWard).
    console.error(error);
  }
}
