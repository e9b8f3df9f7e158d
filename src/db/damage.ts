import { DAMAGED, isDamaged, type DamagedRow } from './crypto';
import { dbNow } from './clock';
import { isNewer } from './versions';

/** A stored record that failed its integrity check, as the interface lists it. */
export interface DamagedRecord {
  /** `table:key`, unique. */
  id: string;
  table: string;
  key: string;
  /** The patient it belongs to, when its clear fields say (events, projections). */
  patientId: string | null;
  /** An event's type and bedside time, which are stored in clear. */
  eventType: string | null;
  at: string | null;
  fields: string[];
  /** When this device first read it damaged (epoch ms). */
  detectedAt: number;
}

type Listener = () => void;

let records: readonly DamagedRecord[] = [];
const listeners = new Set<Listener>();
const dbMs = () => dbNow().getTime();
let now = dbMs;

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

function describe(row: DamagedRow, detectedAt: number): DamagedRecord {
  const report = row[DAMAGED];
  const key = typeof report.primaryKey === 'string' ? report.primaryKey : String(report.primaryKey);
  const patientId = report.table === 'patients' ? key : text(row.patientId);
  return {
    id: `${report.table}:${key}`,
    table: report.table,
    key,
    patientId,
    eventType: report.table === 'events' ? text(row.type) : null,
    at: report.table === 'events' ? text(row.at) : null,
    fields: report.fields,
    detectedAt,
  };
}

/**
 * Called by the encryption middleware for every damaged record it reads (db.ts). In memory:
 * the record is read, so found again, after every unlock; what is kept is the first time
 * this session saw it. Listeners are told after the read, never inside it.
 */
export function reportDamaged(row: DamagedRow): void {
  const record = describe(row, now());
  if (records.some((known) => known.id === record.id)) return;
  records = [...records, record];
  queueMicrotask(() => listeners.forEach((listener) => listener()));
}

export const damagedRecords = (): readonly DamagedRecord[] => records;

export function subscribeDamaged(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Forgets records found damaged: a rebuilt projection row is whole again. */
export function forgetDamaged(ids: readonly string[]): void {
  records = records.filter((record) => !ids.includes(record.id));
  queueMicrotask(() => listeners.forEach((listener) => listener()));
}

/** For tests: an injected clock (the db's when none) and an empty list. */
export function resetDamaged(clock: () => number = dbMs): void {
  records = [];
  now = clock;
}

/** Damaged, or written by a newer version of Relève: reported, and never folded nor shown. */
export const unreadable = (row: unknown): boolean => isDamaged(row) || isNewer(row);

/** The rows that are whole and of a version this app reads; the others were reported. */
export const intact = <T>(rows: readonly T[]): T[] => rows.filter((row) => !unreadable(row));

/** The row, or null when missing, damaged or newer (then reported by the middleware). */
export const intactOrNull = <T>(row: T | undefined): T | null =>
  row === undefined || unreadable(row) ? null : row;
