import { Dexie } from 'dexie';
import { isType, type WardEvent } from '../domain/events';
import type { EventId, PatientId } from '../domain/ids';
import { isHeaderEvent, type PatientState } from '../domain/patient';
import { isDamaged } from './crypto';
import { db, type LastVitalsRow } from './db';
import { notePresence } from './presence';

/** A chain of corrections longer than this is folded again rather than followed. */
export const MAX_CHAIN = 16;

/**
 * The projection rows a batch of events touches, read ahead (one bulkGet per table and per
 * link of correction chains) and written once at the end (flush), inside the write's
 * transaction: a day of a ward file is folded into its patients' rows in memory, not by a read
 * and a write per event. The fold itself reads these synchronously: inside a Dexie transaction
 * only Dexie's own promises may be awaited (another await loses the transaction's zone). What
 * a read found is kept as found: a damaged row is never written over (evidence).
 */
export class BatchRows {
  private readonly patients = new Map<PatientId, unknown>();
  private readonly vitals = new Map<PatientId, unknown>();
  private readonly targets = new Map<EventId, WardEvent | undefined>();
  private readonly patientWrites = new Map<PatientId, PatientState | null>();
  private readonly vitalsWrites = new Map<PatientId, LastVitalsRow | null>();

  constructor(private readonly batch: readonly WardEvent[]) {
    // An event of the batch is stored once the bulkAdd ran: as a target, it is read from here.
    for (const event of batch) this.targets.set(event.id, event);
  }

  /** Reads what the fold of the batch will ask for: header patients, vitals rows, targets. */
  async preload(): Promise<void> {
    let links = this.batch.flatMap((event) => (isVoid(event) ? [event.payload.eventId] : []));
    for (let depth = 0; depth < MAX_CHAIN && links.length > 0; depth += 1) {
      await this.readTargets(links);
      links = links.flatMap((id) => {
        const target = this.targets.get(id);
        return target && isVoid(target) ? [target.payload.eventId] : [];
      });
    }
    const header = new Set<PatientId>();
    const vitals = new Set<PatientId>();
    for (const event of [...this.batch, ...this.targets.values()]) {
      if (!event || event.patientId === null) continue;
      if (isHeaderEvent(event)) header.add(event.patientId);
      else if (isType(event, 'vitals.recorded')) vitals.add(event.patientId);
    }
    await this.ensure([...header], [...vitals]);
  }

  /** Reads the rows of these patients not read yet (before a refold writes them). */
  async ensure(patients: readonly PatientId[], vitals: readonly PatientId[]): Promise<void> {
    const newPatients = patients.filter((id) => !this.patients.has(id));
    const newVitals = vitals.filter((id) => !this.vitals.has(id));
    const [patientRows, vitalsRows] = await Dexie.Promise.all([
      newPatients.length > 0 ? db.patients.bulkGet(newPatients) : [],
      // lastVitals is in the write's scope only with vitals or corrections in the batch.
      newVitals.length > 0 ? db.lastVitals.bulkGet(newVitals) : [],
    ]);
    newPatients.forEach((id, i) => this.patients.set(id, patientRows[i]));
    newVitals.forEach((id, i) => this.vitals.set(id, vitalsRows[i]));
  }

  private async readTargets(ids: readonly EventId[]): Promise<void> {
    const missing = [...new Set(ids)].filter((id) => !this.targets.has(id));
    const rows = await db.events.bulkGet(missing);
    missing.forEach((id, i) => this.targets.set(id, rows[i]));
  }

  /** The patient's row as this batch left it (or as stored): a state, a damaged row, none. */
  patient = (id: PatientId): unknown => this.read(this.patients, id);

  /** The patient's lastVitals row as this batch left it (or as stored). */
  lastVitals = (id: PatientId): unknown => this.read(this.vitals, id);

  /** The event a correction points to: stored, or of this batch (undefined: not arrived). */
  target = (id: EventId): WardEvent | undefined => this.read(this.targets, id);

  private read<K, V>(map: ReadonlyMap<K, V>, key: K): V {
    // A row the fold asks for was read ahead: a miss is a bug of preload, never "absent".
    if (!map.has(key)) throw new Error(`BatchRows: ${String(key)} was not read ahead`);
    return map.get(key) as V;
  }

  /** The patient's row to write (null: delete), unless the stored one is damaged. */
  setPatient(id: PatientId, state: PatientState | null): void {
    if (isDamaged(this.patient(id))) return;
    this.patients.set(id, state ?? undefined);
    this.patientWrites.set(id, state);
  }

  /** The patient's lastVitals row to write (null: delete), unless the stored one is damaged. */
  setLastVitals(id: PatientId, row: LastVitalsRow | null): void {
    if (isDamaged(this.lastVitals(id))) return;
    this.vitals.set(id, row ?? undefined);
    this.vitalsWrites.set(id, row);
  }

  /** Writes every changed row, once, and the list of patients present (db/presence.ts). */
  async flush(): Promise<void> {
    const patients = [...this.patientWrites];
    const put = patients.flatMap(([, state]) => (state ? [state] : []));
    const gone = patients.flatMap(([id, state]) => (state ? [] : [id]));
    const vitals = [...this.vitalsWrites];
    const rows = vitals.flatMap(([, row]) => (row ? [row] : []));
    const none = vitals.flatMap(([id, row]) => (row ? [] : [id]));
    await Dexie.Promise.all([
      put.length > 0 ? db.patients.bulkPut(put) : null,
      gone.length > 0 ? db.patients.bulkDelete(gone) : null,
      rows.length > 0 ? db.lastVitals.bulkPut(rows) : null,
      none.length > 0 ? db.lastVitals.bulkDelete(none) : null,
    ]);
    if (patients.length > 0) await notePresence(patients.map(([id, state]) => ({ id, state })));
  }
}

const isVoid = (event: WardEvent): event is WardEvent<'event.voided'> =>
  event.type === 'event.voided';
