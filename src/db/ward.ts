import type { WardEvent } from '../domain/events';
import { newId, type StaffId } from '../domain/ids';
import { staffMemberSchema, type StaffMember } from '../domain/staff';
import { parseOrThrow } from '../domain/validation';
import { foldWard, type WardState } from '../domain/ward';
import type { WardSettingsChange } from '../domain/wardSettings';
import { appendEvent, buildParsed, writeChecked } from './append';
import type { StoredEvent } from './db';
import { latestWardEvents, wardEventsOfTypes } from './eventReads';
import { getLocal } from './local';
import { setAuthor } from './session';

export type StaffDraft = Omit<StaffMember, 'staffId'>;

/**
 * Who is charting on this device from now on: the author of what follows, a person of the
 * ward's staff list as the screen read it (not read again: the tap goes straight to the board).
 */
export const chooseAuthor = (person: StaffMember): void => setAuthor(person);

export async function addStaff(person: StaffDraft): Promise<StaffMember> {
  const event = await appendEvent({
    type: 'staff.added',
    payload: { ...person, staffId: newId<StaffId>() },
  });
  return event.payload;
}

/**
 * A person not yet listed adds herself on "Qui saisit ?": nobody is charting yet, and she is
 * the one at the tablet, so she is the author of her own 'staff.added' and charts from now on.
 */
export async function addSelf(person: StaffDraft): Promise<StaffMember> {
  // Parsed once: the parsed person is both the payload and its author.
  const self = parseOrThrow(staffMemberSchema, { ...person, staffId: newId<StaffId>() }, 'payload');
  const event = await writeChecked(await buildParsed({ type: 'staff.added', payload: self }, self));
  setAuthor(event.payload);
  return event.payload;
}

/** The ward of this device with its staff list, or null before the first run. */
export async function readWard(): Promise<WardState | null> {
  if (!(await getLocal('wardId'))) return null;
  // The ward's own events and corrections only: the patients' corrections are not read.
  const events = await wardEventsOfTypes([
    'ward.configured',
    'staff.added',
    'ward.settingsChanged',
    'event.voided',
  ]);
  return foldWard(events);
}

/**
 * Changes the ward's shared settings: one 'ward.settingsChanged' with only the fields that
 * differ from what the log says now; nothing is written when none does (returns false).
 */
export async function changeWardSettings(change: WardSettingsChange): Promise<boolean> {
  const ward = await readWard();
  const changed = Object.fromEntries(
    Object.entries(change).filter(
      ([key, value]) =>
        value !== undefined && ward?.settings[key as keyof WardSettingsChange] !== value,
    ),
  ) satisfies WardSettingsChange;
  if (Object.keys(changed).length === 0) return false;
  await appendEvent({ type: 'ward.settingsChanged', payload: changed });
  return true;
}

/** The ward's own notes (main courante), newest first: only the `limit` newest are read. */
export async function readWardNotes(limit = 50): Promise<WardEvent<'note.written'>[]> {
  const notes = await latestWardEvents('note.written', limit);
  return notes.filter(
    (e): e is StoredEvent & WardEvent<'note.written'> => e.type === 'note.written',
  );
}
