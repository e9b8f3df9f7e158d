import type { PatientId } from '../domain/ids';
import type { PatientState } from '../domain/patient';
import { isDamaged } from './crypto';
import { intact } from './damage';
import { db } from './db';

// The ids of the patients on the ward now, kept in `local` beside the patients projection and
// in the same transactions (issue 11, point 6): the board and the bed checks then decrypt the
// 30 patients present, not the hundreds discharged over a long outage. Ids are random, so
// the list says nothing of anyone; whether a patient is present is not a secret of its own.

const KEY = 'presentPatients';

const isIdList = (value: unknown): value is PatientId[] =>
  Array.isArray(value) && value.every((id) => typeof id === 'string');

async function storedIds(): Promise<Set<PatientId> | undefined> {
  const value: unknown = (await db.local.get(KEY))?.value;
  return isIdList(value) ? new Set(value) : undefined;
}

/**
 * The list as it stands, built from the whole projection the first time (a tablet from before
 * the list). A damaged row counts as present: it may be, and the reader shows it as damaged.
 */
async function currentIds(): Promise<Set<PatientId>> {
  const stored = await storedIds();
  if (stored) return stored;
  const rows = await db.patients.toArray();
  const present = rows.filter((row) => isDamaged(row) || row.status === 'admitted');
  return new Set(present.map((row) => row.id));
}

/** After patients' rows were written or deleted (state null), inside that write's transaction. */
export async function notePresence(
  changes: readonly { id: PatientId; state: PatientState | null }[],
): Promise<void> {
  if (changes.length === 0) return;
  const ids = await currentIds();
  for (const { id, state } of changes) {
    if (state?.status === 'admitted') ids.add(id);
    else ids.delete(id);
  }
  await db.local.put({ key: KEY, value: [...ids] });
}

/** After the whole projection was folded again (rebuildProjections), in its transaction. */
export async function resetPresence(states: readonly PatientState[]): Promise<void> {
  const present = states.filter((state) => state.status === 'admitted').map((state) => state.id);
  await db.local.put({ key: KEY, value: present });
}

/** The patients on the ward now, readable ones only; decrypts only them once the list exists. */
export async function readPresentPatients(): Promise<PatientState[]> {
  const ids = await storedIds();
  const rows = ids
    ? (await db.patients.bulkGet([...ids])).filter((row) => row !== undefined)
    : await db.patients.toArray();
  return intact(rows).filter((patient) => patient.status === 'admitted');
}
