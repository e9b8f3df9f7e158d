import { Dexie, type EntityTable } from 'dexie';
import type { WardEvent } from '../domain/events';
import type { EventId, PatientId } from '../domain/ids';
import type { PatientState } from '../domain/patient';

/** An event as stored: `atMs` orders it in the indexes, whatever offset `at` was written with. */
export type StoredEvent = WardEvent & { atMs: number };

/** Device-level values that are not part of the ward log (device id, who is charting...). */
export interface LocalRow {
  key: string;
  value: unknown;
}

export class ReleveDb extends Dexie {
  events!: EntityTable<StoredEvent, 'id', StoredEvent & { id: EventId }>;
  patients!: EntityTable<PatientState, 'id', PatientState & { id: PatientId }>;
  local!: EntityTable<LocalRow, 'key'>;

  constructor(name = 'releve') {
    super(name);
    // Schema versions are append only: a new version is added, never edited.
    this.version(1).stores({
      events: 'id, [wardId+atMs], [patientId+atMs], [type+atMs]',
      patients: 'id, wardId',
      local: 'key',
    });
  }
}

/** The one database of the app. */
export const db = new ReleveDb();
