import type { EventId, PatientId } from './ids';
import { RECONCILE_KINDS, type ReconcileKind } from './reconcileSchema';
import { instantOf } from './time';
import { voidedAmong, type Strike } from './voids';

export { RECONCILE_KINDS, type ReconcileKind };

/** The kind of worklist line an event type belongs to; null for what is never re-entered. */
const KIND_OF_TYPE: Readonly<Record<string, ReconcileKind | null>> = {
  'patient.admitted': 'stay',
  'patient.updated': 'stay',
  'patient.moved': 'stay',
  'patient.discharged': 'stay',
  'patient.identifierLinked': 'stay',
  'vitals.recorded': 'vitals',
  'med.prescribed': 'prescriptions',
  'med.stopped': 'prescriptions',
  // A nurse checking an imported order against the paper: nothing to enter back.
  'med.importChecked': null,
  'med.administered': 'doses',
  'care.planned': 'care',
  'care.done': 'care',
  'care.stopped': 'care',
  'note.written': 'notes',
  'note.targeted': 'notes',
  'escalation.informed': 'notes',
  'result.phoned': 'results',
  // The ticks themselves, and corrections (counted with what they strike, below).
  'record.reentered': null,
  'event.voided': null,
};

/** A type this app does not list (a newer app's) still counts, as "other". */
export const kindOfType = (type: string): ReconcileKind | null =>
  Object.hasOwn(KIND_OF_TYPE, type) ? (KIND_OF_TYPE[type] ?? null) : 'other';

/**
 * When an entry was made, from its id: a UUID v7 carries its creation time (ms) in its first
 * 48 bits, written on the same clock as `recordedAt` as the event was built. Lets the worklist
 * count a 60-day log from its index keys, without decrypting one entry.
 */
export const enteredMsOf = (id: string): number =>
  Number.parseInt(id.slice(0, 8) + id.slice(9, 13), 16);

/** A patient's event as its index keys give it (clear fields). */
export interface LogKey {
  id: EventId;
  patientId: PatientId;
  type: string;
  atMs: number;
}

/** A standing or voided tick, as read (decrypted) from the log. */
export interface Tick {
  id: EventId;
  patientId: PatientId;
  kind: ReconcileKind;
  through: string;
  recordedAt: string;
  by: { name: string; initials: string };
}

export interface ReconcileSources {
  /** Every patient event of the ward, ticks and corrections included. */
  entries: readonly LogKey[];
  /** Every correction: its id and the event it strikes. */
  strikes: readonly Strike[];
  ticks: readonly Tick[];
  /** Events brought by a census or FHIR import: already in the hospital's systems. */
  imported: ReadonlySet<EventId>;
}

export interface WorkLine {
  patientId: PatientId;
  kind: ReconcileKind;
  /** Entries that stand, corrections included. */
  total: number;
  /** Entries made after the tick that stands (all of them when none). */
  left: number;
  /** Bedside times of the first and last entry. */
  firstAtMs: number;
  lastAtMs: number;
  /** Entry time of the last entry: what a tick now covers. */
  lastEnteredMs: number;
  /** The standing tick that covers the most, if any. */
  tick: Tick | null;
  done: boolean;
}

export interface Progress {
  done: number;
  total: number;
}

export interface Worklist {
  lines: WorkLine[];
  ward: Progress;
  byPatient: ReadonlyMap<PatientId, Progress>;
}

const lineKey = (patientId: PatientId, kind: ReconcileKind) => `${patientId}|${kind}`;

interface Counted {
  key: string;
  patientId: PatientId;
  kind: ReconcileKind;
  atMs: number;
  enteredMs: number;
}

/**
 * The entries that count: standing (not voided) and not imported; a correction counts with the
 * kind of the entry its chain strikes (a void of a tick, or of nothing known, does not count).
 */
function countedEntries(sources: ReconcileSources, voided: ReadonlySet<EventId>): Counted[] {
  const targetOf = new Map(sources.strikes.map((strike) => [strike.id, strike.target]));
  const typeOf = new Map(sources.entries.map((entry) => [entry.id, entry.type]));
  const rootType = (id: EventId): string | undefined => {
    const seen = new Set<EventId>();
    let current = id;
    for (let next = targetOf.get(current); next && !seen.has(next); next = targetOf.get(current)) {
      seen.add(current);
      current = next;
    }
    return current === id ? undefined : typeOf.get(current);
  };
  const counted: Counted[] = [];
  for (const entry of sources.entries) {
    if (voided.has(entry.id) || sources.imported.has(entry.id)) continue;
    const type = entry.type === 'event.voided' ? rootType(entry.id) : entry.type;
    const kind = type === undefined ? null : kindOfType(type);
    if (kind === null) continue;
    counted.push({
      key: lineKey(entry.patientId, kind),
      patientId: entry.patientId,
      kind,
      atMs: entry.atMs,
      enteredMs: enteredMsOf(entry.id),
    });
  }
  return counted;
}

/**
 * What is left to re-enter in the hospital record, per patient and kind. A line is done when
 * every entry counted in it (see countedEntries) was made no later than the `through` of a
 * tick that stands; an entry made later, or a correction made later, shows it as left again.
 * A voided tick counts for nothing.
 */
export function reconcile(sources: ReconcileSources): Worklist {
  const voided = voidedAmong(sources.strikes);
  const counted = countedEntries(sources, voided);
  const lines = new Map<string, WorkLine>();
  for (const { key, patientId, kind, atMs, enteredMs } of counted) {
    const line = lines.get(key) ?? {
      patientId,
      kind,
      total: 0,
      left: 0,
      firstAtMs: atMs,
      lastAtMs: atMs,
      lastEnteredMs: enteredMs,
      tick: null,
      done: false,
    };
    line.total += 1;
    line.firstAtMs = Math.min(line.firstAtMs, atMs);
    line.lastAtMs = Math.max(line.lastAtMs, atMs);
    line.lastEnteredMs = Math.max(line.lastEnteredMs, enteredMs);
    lines.set(key, line);
  }
  for (const tick of sources.ticks) {
    if (voided.has(tick.id)) continue;
    const line = lines.get(lineKey(tick.patientId, tick.kind));
    if (line && (!line.tick || instantOf(tick.through) > instantOf(line.tick.through))) {
      line.tick = tick;
    }
  }
  for (const { key, enteredMs } of counted) {
    const line = lines.get(key);
    if (line && (!line.tick || enteredMs > instantOf(line.tick.through))) line.left += 1;
  }
  return summarise([...lines.values()]);
}

function summarise(lines: WorkLine[]): Worklist {
  const byPatient = new Map<PatientId, Progress>();
  let done = 0;
  for (const line of lines) {
    line.done = line.left === 0;
    const progress = byPatient.get(line.patientId) ?? { done: 0, total: 0 };
    progress.total += 1;
    if (line.done) {
      progress.done += 1;
      done += 1;
    }
    byPatient.set(line.patientId, progress);
  }
  lines.sort((a, b) => RECONCILE_KINDS.indexOf(a.kind) - RECONCILE_KINDS.indexOf(b.kind));
  return { lines, ward: { done, total: lines.length }, byPatient };
}

export type StatusFilter = 'all' | 'left' | 'done';

export interface LineFilter {
  status: StatusFilter;
  patientId: PatientId | null;
  kind: ReconcileKind | null;
}

/** The lines the filters keep, in the order given. */
export const filterLines = (lines: readonly WorkLine[], filter: LineFilter): WorkLine[] =>
  lines.filter(
    (line) =>
      (filter.status === 'all' || (filter.status === 'done') === line.done) &&
      (filter.patientId === null || line.patientId === filter.patientId) &&
      (filter.kind === null || line.kind === filter.kind),
  );
