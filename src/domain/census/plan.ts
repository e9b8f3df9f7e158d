import { validateAdmission, type Admission } from '../admission';
import { bedLabelKey, type Bed } from '../beds';
import { findPossibleDuplicates, type DuplicateReason } from '../duplicates';
import { payloadSchemas } from '../events';
import type { BedId, PatientId } from '../ids';
import type { PatientState } from '../patient';
import { issuesOf, ValidationError, type ValidationIssue } from '../validation';
import { headerChanges, identityDifferences } from './compare';
import { markDuplicateIpps } from './duplicateIpps';
import { nowIso } from '../time';
import type { CensusFile, CensusRecord, CensusSource } from './types';

/** The ward as an import sees it: every patient it has known, and its beds. */
export interface WardSnapshot {
  patients: readonly PatientState[];
  beds: readonly Bed[];
}

/**
 * What an import would do with one record:
 * - create: a new patient (or `patientId` given: a discharged one readmitted);
 * - update: the patient with this IPP, same identity, header fields or bed changed;
 * - unchanged: the patient with this IPP, nothing differs (importing twice changes nothing);
 * - conflict: the IPP's patient has other identity traits, or another patient may be this
 *   one: shown, never overwritten;
 * - invalid: the record's issues (reading, admission rules, bed).
 */
export type PlanKind = 'create' | 'update' | 'unchanged' | 'conflict' | 'invalid';

/** An event the import would write; the commit adds who, when and the new patients' ids. */
export type PlannedEvent =
  | { type: 'patient.admitted'; at: string; payload: Record<string, unknown> }
  | { type: 'patient.updated'; payload: Record<string, unknown> }
  | { type: 'patient.moved'; payload: { bedId: BedId } }
  | { type: 'med.prescribed'; payload: Record<string, unknown> };

export interface PlanEntry {
  kind: PlanKind;
  source: CensusSource;
  /** Identity as read (for the preview), valid or not. */
  identity: Record<string, unknown>;
  bedLabel?: string;
  /** The ward's patient it is about; null for a new patient. */
  patientId: PatientId | null;
  issues: ValidationIssue[];
  /** update: the header fields (and 'bed') that change. */
  changes: string[];
  /** conflict: the identity traits that differ, or why another patient may be this one. */
  conflict?: {
    traits: string[];
    duplicates: { patient: PatientState; reasons: DuplicateReason[] }[];
  };
  events: PlannedEvent[];
  /** The file gives no stay going on: admitted at the import, without a bed (CensusRecord). */
  noStay?: true;
  /** Active orders left out for want of a dosage, by drug: the preview names them. */
  skippedOrders?: string[];
}

export interface CensusPlan {
  format: CensusFile['format'];
  /** When it was planned (ISO, ward time): a record without a stay is admitted then. */
  at: string;
  entries: PlanEntry[];
  counts: Record<PlanKind, number>;
  skipped: Record<string, number>;
}

export interface PlanOptions {
  /** The reason written in each 'patient.updated' (the log keeps it), in the ward's language. */
  updateReason?: string;
  /** A FHIR record without a stay going on: the reason and physician written, as not given. */
  noStay?: { reason: string; physician: string };
  /**
   * When a record without a stay is admitted: the preview's time (CensusPlan.at), so that
   * the commit, which plans again, writes what the preview showed. Default: `now`.
   */
  noStayAt?: string;
}

const NO_STAY = {
  reason: 'Motif non précisé dans le recensement',
  physician: 'Médecin non précisé dans le recensement',
};

/**
 * A record whose file gives no stay going on: admitted at the import, without a bed, its
 * reason and physician said as not given. What the file does say is kept.
 */
function withStay(record: CensusRecord, context: PlanContext): CensusRecord {
  if (!record.noStay) return record;
  const admission = {
    admittedAt: context.noStayAt,
    reason: context.noStay.reason,
    physician: context.noStay.physician,
    ...record.admission,
  };
  return { ...record, admission };
}

interface PlanContext {
  now: Date;
  timeZone: string;
  reason: string;
  noStay: { reason: string; physician: string };
  noStayAt: string;
}

const KINDS: readonly PlanKind[] = ['create', 'update', 'unchanged', 'conflict', 'invalid'];

function validated(record: CensusRecord, now: Date, timeZone: string) {
  const issues = [...record.issues];
  let admission: Admission | undefined;
  try {
    admission = validateAdmission(
      { ...record.admission, identity: record.identity },
      now,
      timeZone,
    );
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    // An import has no temporary identifiers: the IPP alone is asked.
    const own = error.issues.map((i) =>
      i.code === 'missingIdentifier' ? { path: 'identity.ipp', code: 'required' as const } : i,
    );
    issues.push(...own.filter((i) => !issues.some((j) => j.path === i.path)));
  }
  // A census patient is matched by the IPP: without one, it could not be matched again.
  if (admission && !admission.identity.ipp) issues.push({ path: 'identity.ipp', code: 'required' });
  record.prescriptions.forEach((p, index) =>
    issues.push(...issuesOf(payloadSchemas['med.prescribed'], p, `prescriptions.${index}`)),
  );
  return issues.length > 0 ? { issues } : { admission: admission as Admission, issues };
}

/** Beds taken as the plan goes: by the ward's admitted patients, then by earlier records. */
class BedBook {
  private readonly taken = new Map<BedId, PatientId | 'file'>();
  constructor(private readonly ward: WardSnapshot) {
    for (const p of ward.patients)
      if (p.status === 'admitted' && p.bed) this.taken.set(p.bed, p.id);
  }
  /** The bed of a label for this patient (null: none asked), or why it cannot be had. */
  claim(label: string | undefined, self: PatientId | null): BedId | null | ValidationIssue {
    if (!label) return null;
    const bed = this.ward.beds.find((b) => bedLabelKey(b.label) === bedLabelKey(label));
    if (!bed) return { path: 'bed', code: 'unknownBed' };
    if (bed.unavailable) return { path: 'bed', code: 'bedUnavailable' };
    const holder = this.taken.get(bed.bedId);
    if (holder !== undefined && holder !== self) return { path: 'bed', code: 'bedOccupied' };
    this.taken.set(bed.bedId, 'file');
    return bed.bedId;
  }
}

const isIssue = (value: unknown): value is ValidationIssue =>
  typeof value === 'object' && value !== null && 'code' in value;

function admissionPayload(admission: Admission, bedId: BedId | null): Record<string, unknown> {
  // The bed goes by its id in the log (a rename needs no rewrite), not by the file's label.
  const payload: Record<string, unknown> = { ...admission };
  delete payload.bed;
  return bedId ? { ...payload, bedId } : payload;
}

function planRecord(
  read: CensusRecord,
  ward: WardSnapshot,
  beds: BedBook,
  context: PlanContext,
): PlanEntry {
  const record = withStay(read, context);
  const bedLabel = typeof record.admission.bed === 'string' ? record.admission.bed : undefined;
  const entry = (kind: PlanKind, rest: Partial<PlanEntry> = {}): PlanEntry => ({
    kind,
    source: record.source,
    identity: record.identity,
    ...(bedLabel ? { bedLabel } : {}),
    patientId: null,
    issues: [],
    changes: [],
    events: [],
    ...(record.noStay ? { noStay: true as const } : {}),
    ...(record.skippedOrders ? { skippedOrders: record.skippedOrders } : {}),
    ...rest,
  });
  const checked = validated(record, context.now, context.timeZone);
  if (!checked.admission) return entry('invalid', { issues: checked.issues });
  const admission = checked.admission;
  const sameIpp = ward.patients.filter((p) => p.identity.ipp === admission.identity.ipp);
  const current = sameIpp.find((p) => p.status === 'admitted') ?? sameIpp[0];
  if (current) {
    const traits = identityDifferences(admission.identity, current.identity);
    const patientId = current.id;
    if (traits.length > 0 || sameIpp.filter((p) => p.status === 'admitted').length > 1) {
      return entry('conflict', { patientId, conflict: { traits, duplicates: [] } });
    }
    if (current.status === 'admitted') {
      // Without a stay in the file, its reason and physician are not news for the ward.
      const said = record.noStay
        ? { ...admission, reason: undefined, physician: undefined }
        : admission;
      return planUpdate(said, current, beds, entry, context);
    }
  } else {
    const others = ward.patients.filter((p) => p.identity.ipp !== admission.identity.ipp);
    const duplicates = findPossibleDuplicates(admission.identity, others);
    if (duplicates.length > 0) return entry('conflict', { conflict: { traits: [], duplicates } });
  }
  const patientId = current?.id ?? null;
  const bedId = beds.claim(admission.bed, patientId);
  if (isIssue(bedId)) return entry('invalid', { patientId, issues: [bedId] });
  const admitted: PlannedEvent = {
    type: 'patient.admitted',
    at: admission.admittedAt,
    payload: admissionPayload(admission, bedId),
  };
  const prescribed = record.prescriptions.map((payload): PlannedEvent => ({
    type: 'med.prescribed',
    payload,
  }));
  return entry('create', { patientId, events: [admitted, ...prescribed] });
}

function planUpdate(
  admission: Omit<Admission, 'reason' | 'physician'> & Partial<Admission>,
  patient: PatientState,
  beds: BedBook,
  entry: (kind: PlanKind, rest?: Partial<PlanEntry>) => PlanEntry,
  context: { reason: string },
): PlanEntry {
  const patientId = patient.id;
  const clinical = headerChanges(admission, patient);
  const changes: string[] = Object.keys(clinical);
  const events: PlannedEvent[] = [];
  if (changes.length > 0) {
    events.push({ type: 'patient.updated', payload: { clinical, reason: context.reason } });
  }
  const bedId = beds.claim(admission.bed, patientId);
  if (isIssue(bedId)) return entry('invalid', { patientId, issues: [bedId] });
  if (bedId && bedId !== patient.bed) {
    changes.push('bed');
    events.push({ type: 'patient.moved', payload: { bedId } });
  }
  return entry(events.length > 0 ? 'update' : 'unchanged', { patientId, changes, events });
}

/**
 * What importing `file` into the ward would do, record by record, and the events it would
 * write, each checked by the rules of the admission form (validateAdmission on `now` in the
 * ward's `timeZone`). Pure: nothing is written; the commit (db/census.ts) plans again at
 * write time and writes only if nothing changed meanwhile.
 */
export function planCensus(
  file: CensusFile,
  ward: WardSnapshot,
  now: Date,
  timeZone: string,
  options: PlanOptions = {},
): CensusPlan {
  const at = nowIso({ now: () => now }, timeZone);
  const context: PlanContext = {
    now,
    timeZone,
    reason: options.updateReason ?? 'Recensement importé',
    noStay: options.noStay ?? NO_STAY,
    noStayAt: options.noStayAt ?? at,
  };
  const beds = new BedBook(ward);
  const entries = markDuplicateIpps(file.records).map((record) =>
    planRecord(record, ward, beds, context),
  );
  const counts = Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<PlanKind, number>;
  for (const e of entries) counts[e.kind] += 1;
  return { format: file.format, at, entries, counts, skipped: file.skipped };
}
