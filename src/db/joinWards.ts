import { foldBeds } from '../domain/beds';
import type { WardEvent } from '../domain/events';
import type { WardId } from '../domain/ids';
import { foldWard } from '../domain/ward';
import { canonical, joinedEntry, sameBeds } from '../domain/wardJoin';
import { appendEvent, writeEvents } from './append';
import { readBeds } from './beds';
import { readWardConflicts } from './conflicts';
import { intact } from './damage';
import { db, type QuarantineRow } from './db';
import { wardEventsOfTypes } from './eventReads';
import {
  clearField,
  fileNameOf,
  framesOf,
  JoinWardsError,
  openOtherWardFile,
  type OtherWardFile,
} from './joinWardsFile';
import { quarantine } from './quarantine';
import { getSession } from './session';
import { wardNow } from './wardTime';
import { openWire } from './wire';

export { JoinWardsError, type JoinWardsErrorCode } from './joinWardsFile';

/** What joining another ward did, said to the nurse in words (features/joinWards). */
export interface JoinReport {
  otherWardName: string | null;
  /** The other ward's entries now in this ward's log, and those it already held. */
  added: number;
  alreadyPresent: number;
  /** Its own configuration and the beds this ward already has: not taken. */
  skipped: number;
  /** Refused and kept apart (db/quarantine.ts), never applied. */
  quarantined: number;
  /** The other ward's patients (each taken with all its entries). */
  patients: number;
  /** After the join: beds holding two patients, and pairs that may be one person. */
  sharedBeds: number;
  possibleDuplicates: number;
}

export type JoinProgress = (done: number, total: number) => void;

/** The fields an entry is made of (no stored index field, no version: both are derived). */
const contentOf = (event: WardEvent) => {
  const { id, wardId, patientId, type, at, recordedAt, author, deviceId, payload } = event;
  return canonical({ id, wardId, patientId, type, at, recordedAt, author, deviceId, payload });
};

/** Pass 1: every frame checked; the other ward's own events (name, beds) kept aside. */
async function checkAndReadWard(file: Blob, other: OtherWardFile, onProgress?: JoinProgress) {
  const wardLevel: WardEvent[] = [];
  const total = other.opened.header.events * 2;
  let done = 0;
  for await (const { items } of framesOf(file, other)) {
    const own = items.filter((item) => clearField(item, 'patientId') === null);
    for (const result of await Promise.all(own.map((item) => openWire(item, other.key)))) {
      if (result.ok && result.event.wardId === other.opened.header.wardId)
        wardLevel.push(result.event);
    }
    done += items.length;
    onProgress?.(done, total);
  }
  return wardLevel;
}

/**
 * An unlocked tablet of ward A takes in the log of ward B, begun separately, from B's ward
 * file and B's passphrase (docs/ward-file.md, "Joining two wards"). Each of B's entries keeps
 * its id, patient, type, times, author, tablet and payload, takes A's ward id and is sealed
 * under A's key by the ordinary write; B's name and settings are not taken, nor B's beds
 * that A has under the same label (B's patients in them are put in A's bed). Refused
 * entries, and an id A holds with another content, are quarantined. Nothing is written until
 * the whole file has passed its check; joining the same file again adds nothing.
 */
export async function joinOtherWard(
  file: Blob,
  otherPassphrase: string,
  options: { onProgress?: JoinProgress } = {},
): Promise<JoinReport> {
  if (!getSession().author) throw new JoinWardsError('noAuthor');
  const other = await openOtherWardFile(file, otherPassphrase);
  const { header } = other.opened;
  const wardId = other.ownWardId as WardId;
  const wardLevel = await checkAndReadWard(file, other, options.onProgress);
  const beds = sameBeds(foldBeds(wardLevel), await readBeds());
  const otherWardName = foldWard(wardLevel)?.name ?? null;
  const { iso: at } = await wardNow();
  const source = {
    fileName: fileNameOf(file),
    deviceId: header.deviceId,
    createdAt: header.createdAt,
    kind: 'otherWard',
  };
  const report: JoinReport = {
    otherWardName,
    added: 0,
    alreadyPresent: 0,
    skipped: 0,
    quarantined: 0,
    patients: 0,
    sharedBeds: 0,
    possibleDuplicates: 0,
  };
  const skipped: string[] = [];
  const patients = new Set<string>();
  let done = header.events;
  for await (const { index, items } of framesOf(file, other)) {
    const refused: QuarantineRow[] = [];
    const refuse = (position: number, why: Pick<QuarantineRow, 'eventId' | 'reason' | 'detail'>) =>
      refused.push({
        key: `${header.fileId}:${index}:${position}`,
        ...why,
        source,
        quarantinedAt: at,
        wire: items[position],
      });
    const taken: { event: WardEvent; position: number }[] = [];
    const results = await Promise.all(items.map((item) => openWire(item, other.key)));
    results.forEach((result, position) => {
      if (!result.ok) {
        const { id: eventId, reason, detail } = result;
        return refuse(position, { eventId, reason, detail });
      }
      const { event } = result;
      if (event.wardId !== header.wardId) {
        const detail = `wardId ${event.wardId}`;
        return refuse(position, { eventId: event.id, reason: 'otherWard', detail });
      }
      const joined = joinedEntry(event, wardId, beds);
      if (joined) taken.push({ event: joined, position });
      else skipped.push(event.id);
    });
    // An id this ward already holds must hold the same entry: otherwise it is kept apart.
    const stored = await db.events.bulkGet(taken.map(({ event }) => event.id));
    const good: WardEvent[] = [];
    taken.forEach(({ event, position }, i) => {
      const row = stored[i];
      const same = !row || (intact<WardEvent>([row])[0] && contentOf(row) === contentOf(event));
      if (same) {
        good.push(event);
        if (event.patientId) patients.add(event.patientId);
      } else {
        const detail = 'id already in this ward with another content';
        refuse(position, { eventId: event.id, reason: 'tampered', detail });
      }
    });
    const written = await writeEvents(good);
    report.added += written.added;
    report.alreadyPresent += written.alreadyPresent;
    await quarantine(refused);
    report.quarantined += refused.length;
    done += items.length;
    options.onProgress?.(done, header.events * 2);
  }
  report.skipped = skipped.length;
  report.patients = patients.size;
  await recordJoin(report, other, skipped);
  const { conflicts } = await readWardConflicts();
  report.sharedBeds = conflicts.filter((c) => c.kind === 'bed').length;
  report.possibleDuplicates = conflicts.filter((c) => c.kind === 'duplicate').length;
  return report;
}

/** 'ward.joined' once per file joined: the log says when, by whom, and what was not taken. */
async function recordJoin(report: JoinReport, other: OtherWardFile, skipped: string[]) {
  const { header } = other.opened;
  const joins = intact<WardEvent>(await wardEventsOfTypes(['ward.joined']));
  if (joins.some((e) => e.type === 'ward.joined' && e.payload.fileId === header.fileId)) return;
  await appendEvent({
    type: 'ward.joined',
    payload: {
      otherWardId: header.wardId,
      otherWardName: report.otherWardName ?? '',
      fileId: header.fileId,
      fileCreatedAt: header.createdAt,
      added: report.added,
      patients: report.patients,
      skipped,
    },
  });
}
