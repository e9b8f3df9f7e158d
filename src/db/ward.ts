import { Dexie } from 'dexie';
import { payloadSchemas, type EventType, type WardEvent } from '../domain/events';
import { newId, type StaffId, type WardId } from '../domain/ids';
import { staffMemberSchema, type Author, type StaffMember } from '../domain/staff';
import { issuesOf, ValidationError } from '../domain/validation';
import type { PatientState } from '../domain/patient';
import { foldWard, type WardState } from '../domain/ward';
import { buildEvent, appendEvent, writeEvents } from './append';
import { db, type StoredEvent } from './db';
import { getLocal, setLocal } from './local';

export interface WardDraft {
  name: string;
  establishment: string;
}
export type StaffDraft = Omit<StaffMember, 'staffId'>;

/**
 * First run: the ward and the first person charting are created together; she is
 * the author of both events. Nothing is kept unless everything is valid.
 */
export async function createWard(ward: WardDraft, first: StaffDraft): Promise<WardId> {
  // Both parts are checked before anything is written, so every mistake shows at once.
  const issues = [
    ...issuesOf(payloadSchemas['ward.configured'], ward, 'ward'),
    ...issuesOf(staffMemberSchema, { ...first, staffId: newId<StaffId>() }, 'staff'),
  ];
  if (issues.length > 0) throw new ValidationError(issues);
  const author: Author = staffMemberSchema.parse({ ...first, staffId: newId<StaffId>() });
  const wardId = newId<WardId>();
  return db.transaction('rw', db.local, db.events, db.patients, async () => {
    if (await getLocal('wardId')) throw new Error('This device already has a ward');
    await setLocal('wardId', wardId);
    const events = [
      await buildEvent({ type: 'ward.configured', payload: ward }, author),
      await buildEvent({ type: 'staff.added', payload: author }, author),
    ];
    await writeEvents(events);
    await setLocal('author', author);
    return wardId;
  });
}

export async function addStaff(person: StaffDraft): Promise<StaffMember> {
  const event = await appendEvent({
    type: 'staff.added',
    payload: { ...person, staffId: newId<StaffId>() },
  });
  return event.payload;
}

/** Who is charting on this device from now on: the author of what follows. */
export async function chooseAuthor(staffId: StaffId): Promise<void> {
  const ward = await readWard();
  const person = ward?.staff.find((s) => s.staffId === staffId);
  if (!person) throw new Error('Unknown staff member');
  await setLocal('author', person);
}

/** Events of some types, oldest first. Plain index reads (no cursor filters) keep this fast. */
async function eventsOfTypes(types: readonly EventType[]): Promise<StoredEvent[]> {
  const lists = await Promise.all(
    types.map((type) =>
      db.events.where('[type+atMs]').between([type, Dexie.minKey], [type, Dexie.maxKey]).toArray(),
    ),
  );
  return lists.flat();
}

/** The ward of this device with its staff list, or null before the first run. */
export async function readWard(): Promise<WardState | null> {
  const wardId = await getLocal('wardId');
  if (!wardId) return null;
  const events = await eventsOfTypes(['ward.configured', 'staff.added', 'event.voided']);
  return foldWard(events.filter((e) => e.wardId === wardId && e.patientId === null));
}

/** The ward's own notes (main courante), newest first. */
export async function readWardNotes(limit = 50): Promise<WardEvent<'note.written'>[]> {
  const wardId = await getLocal('wardId');
  if (!wardId) return [];
  const notes = await eventsOfTypes(['note.written']);
  return notes
    .filter((e): e is StoredEvent & WardEvent<'note.written'> => e.type === 'note.written')
    .filter((e) => e.wardId === wardId && e.patientId === null)
    .reverse()
    .slice(0, limit);
}

/** Patients currently on the ward, from the projection, in bed order. */
export async function readPatientsOnWard(): Promise<PatientState[]> {
  const wardId = await getLocal('wardId');
  if (!wardId) return [];
  const patients = await db.patients.where('wardId').equals(wardId).toArray();
  return patients
    .filter((p) => p.status === 'admitted')
    .sort((a, b) => (a.bed ?? '\uffff').localeCompare(b.bed ?? '\uffff', 'fr', { numeric: true }));
}
