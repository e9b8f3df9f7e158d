import { Dexie } from 'dexie';
import { validateAdmission, type Admission } from '../domain/admission';
import { buildBoard, type Board } from '../domain/board';
import type { Bed } from '../domain/beds';
import {
  findPossibleDuplicates,
  type DuplicateTraits,
  type PossibleDuplicate,
} from '../domain/duplicates';
import { field } from '../domain/identity';
import { newId, type PatientId } from '../domain/ids';
import { HEADER_TYPES, type PatientState } from '../domain/patient';
import { generateTempId, TEMP_ID_RANDOM_RANGE } from '../domain/tempId';
import { ValidationError, type ValidationIssue } from '../domain/validation';
import { voidedIds } from '../domain/voids';
import { buildParsed, writeChecked } from './append';
import { readBeds } from './beds';
import { intact, intactOrNull } from './damage';
import { db, type StoredEvent } from './db';
import { ensureDeviceId, getLocal } from './local';
import { readPresentPatients } from './presence';
import { readReservedTempIds } from './printReads';
import { writeTransaction } from './projections';
import { wardNow } from './wardTime';

/** Saved, or not saved because the identity may be someone already known: the nurse decides. */
export type Checked<T> =
  { saved: true; value: T } | { saved: false; duplicates: PossibleDuplicate<PatientState>[] };

/** Every patient the ward has known, present or discharged, from the projection. */
export async function readWardPatients(): Promise<PatientState[]> {
  const wardId = await getLocal('wardId');
  if (!wardId) return [];
  return intact(await db.patients.where('wardId').equals(wardId).toArray());
}

export const readPatient = async (id: PatientId): Promise<PatientState | null> =>
  intactOrNull(await db.patients.get(id));

/** One card per bed, in bed order, with who is in it. */
export async function readBoard(): Promise<{ board: Board; beds: Bed[] }> {
  const [beds, patients] = await Promise.all([readBeds(), readPresentPatients()]);
  return { board: buildBoard(beds, patients), beds };
}

export interface HistoryEntry {
  event: StoredEvent;
  /** Struck through by a correction: shown, never hidden. */
  voided: boolean;
}

/** The newest entries of a patient's history, and whether earlier ones are left out. */
export interface HistoryWindow {
  entries: HistoryEntry[];
  earlier: boolean;
}

const HISTORY_TYPES = [...HEADER_TYPES, 'event.voided'] as const;

/** A patient's header events and corrections, newest first, from the index keys alone. */
async function historyKeys(id: PatientId, limit: number) {
  const lists = await Promise.all(
    HISTORY_TYPES.map(async (type) => {
      const range = () => {
        const newest = db.events
          .where('[patientId+type+atMs]')
          .between([id, type, Dexie.minKey], [id, type, Dexie.maxKey])
          .reverse();
        return Number.isFinite(limit) ? newest.limit(limit + 1) : newest;
      };
      // Keys only: nothing is decrypted to choose what the window holds.
      const [keys, ids] = await Promise.all([range().keys(), range().primaryKeys()]);
      return ids.map((eventId, i) => {
        const key = keys[i];
        return { id: eventId, atMs: Array.isArray(key) ? Number(key[2]) : NaN, type };
      });
    }),
  );
  // Newest first; at the same instant a correction before what it may strike.
  return lists
    .flat()
    .sort(
      (a, b) =>
        b.atMs - a.atMs ||
        Number(b.type === 'event.voided') - Number(a.type === 'event.voided') ||
        (a.id < b.id ? 1 : -1),
    );
}

/**
 * The patient's header events (admissions, moves, changes with their reasons), newest first:
 * the `limit` newest of them and of the patient's corrections, read by index range, so that
 * opening a long stay costs what is shown. A correction is recorded after what it strikes, so
 * each entry shown comes with every correction of it; the window takes the whole of its last
 * instant. `earlier`: older entries or corrections are left out ("show earlier").
 */
export async function readHistoryWindow(id: PatientId, limit: number): Promise<HistoryWindow> {
  const keys = await historyKeys(id, limit);
  const last = keys[Math.min(limit, keys.length) - 1];
  const kept = last ? keys.filter((key) => key.atMs >= last.atMs) : [];
  const events = intact(
    (await db.events.bulkGet(kept.map((key) => key.id))).filter((e) => e !== undefined),
  );
  const voided = voidedIds(events);
  const entries = events
    .filter((e) => (HEADER_TYPES as readonly string[]).includes(e.type))
    .map((event) => ({ event, voided: voided.has(event.id) }));
  return { entries, earlier: kept.length < keys.length };
}

/** The patient's whole history, newest first (readHistoryWindow without a limit). */
export const readPatientHistory = async (id: PatientId): Promise<HistoryEntry[]> =>
  (await readHistoryWindow(id, Infinity)).entries;

/** Patients who may be the same person, except those the nurse already said are not. */
export async function duplicatesOf(
  traits: DuplicateTraits,
  self: PatientId | null,
  confirmed: readonly PatientId[],
): Promise<{ shown: PossibleDuplicate<PatientState>[]; all: PossibleDuplicate<PatientState>[] }> {
  const others = (await readWardPatients()).filter((p) => p.id !== self);
  const all = findPossibleDuplicates(traits, others);
  return { all, shown: all.filter((match) => !confirmed.includes(match.patient.id)) };
}

/** A bed of the ward that a patient may be put in now (other than `self`), or why not. */
export async function freeBed(
  bedId: string | undefined,
  self: PatientId | null,
  path: string,
): Promise<{ bed: Bed | null; issues: ValidationIssue[] }> {
  if (!bedId) return { bed: null, issues: [] };
  const bed = (await readBeds()).find((b) => b.bedId === bedId);
  if (!bed) return { bed: null, issues: [{ path, code: 'unknownBed' }] };
  if (bed.unavailable) return { bed, issues: [{ path, code: 'bedUnavailable' }] };
  const inBed = (await readPresentPatients()).some((p) => p.bed === bedId && p.id !== self);
  return { bed, issues: inBed ? [{ path, code: 'bedOccupied' }] : [] };
}

/** Why a patient cannot be put in a bed now (other than `self`), as issues at `path`. */
export const bedIssues = async (bedId: string | undefined, self: PatientId | null, path: string) =>
  (await freeBed(bedId, self, path)).issues;

/**
 * The rule "an IPP or a temporary identifier" is checked by the schema only once every trait
 * is valid; the form says it at once, with the other problems.
 */
function missingIdentifier(input: unknown, issues: ValidationIssue[]): ValidationIssue[] {
  const identity = field(input, 'identity');
  const given = (key: string) => `${(field(identity, key) as string | undefined) ?? ''}`.trim();
  const told = issues.some((i) => i.path === 'identity.ipp' || i.path === 'identity.tempId');
  return !told && !given('ipp') && !given('tempId')
    ? [{ path: 'identity.ipp', code: 'missingIdentifier' }]
    : [];
}

/** The admission as its event carries it: the bed is the ward's, by id, not a typed label. */
function withoutTypedBed({ bed, ...admission }: Admission) {
  void bed;
  return admission;
}

/** What the admission form sends: raw values, validated here (bedId is a bed of the ward). */
export type AdmissionInput = Record<string, unknown> & { bedId?: string | undefined };

/**
 * Admits a new patient, or readmits a discharged one (`patientId` given). A possible
 * duplicate stops the write and is returned, unless the nurse confirmed those patients.
 */
export function admitPatient(
  input: AdmissionInput,
  options: { patientId?: PatientId; confirmed?: readonly PatientId[] } = {},
): Promise<Checked<PatientId>> {
  return writeTransaction(['patient.admitted'], async () => {
    const self = options.patientId ?? null;
    const issues: ValidationIssue[] = [];
    let admission: ReturnType<typeof validateAdmission> | undefined;
    try {
      const { now, timeZone } = await wardNow();
      admission = validateAdmission(input, now, timeZone);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      issues.push(...error.issues);
    }
    issues.push(...missingIdentifier(input, issues));
    const place = await freeBed(input.bedId, self, 'bedId');
    issues.push(...place.issues);
    if (self) {
      const current = await readPatient(self);
      if (current?.status === 'admitted') issues.push({ path: '', code: 'alreadyAdmitted' });
    }
    if (!admission || issues.length > 0) throw new ValidationError(issues);
    const { shown, all } = await duplicatesOf(admission.identity, self, options.confirmed ?? []);
    if (shown.length > 0) return { saved: false, duplicates: shown };
    const patientId = self ?? newId<PatientId>();
    // Parsed once, by validateAdmission: the event is built from its value.
    const built = await buildParsed({
      type: 'patient.admitted',
      patientId,
      at: admission.admittedAt,
      payload: {
        ...withoutTypedBed(admission),
        bedId: place.bed?.bedId,
        distinctFrom: all.length > 0 ? all.map((match) => match.patient.id) : undefined,
      },
    });
    await writeChecked(built);
    return { saved: true, value: patientId };
  });
}

/**
 * A new temporary identifier for this tablet, drawn again while it is already known here
 * (the device part keeps tablets apart; see tempId.ts for the odds).
 */
export async function drawTempId(): Promise<string> {
  const deviceId = await ensureDeviceId();
  const known = new Set(
    intact(await db.patients.toArray())
      .map((p) => p.identity.tempId)
      .filter(Boolean),
  );
  // Identifiers printed on blank admission sheets belong to patients still on paper.
  for (const id of await readReservedTempIds()) known.add(id);
  for (let i = 0; i < 1000; i++) {
    // 2^32 is a multiple of 2^20: the remainder is uniform.
    const random = (crypto.getRandomValues(new Uint32Array(1))[0] ?? 0) % TEMP_ID_RANDOM_RANGE;
    const id = generateTempId(deviceId, random);
    if (!known.has(id)) return id;
  }
  throw new Error('No free temporary identifier left on this tablet');
}
