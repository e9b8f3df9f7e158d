import { Dexie, type EntityTable, type Transaction } from 'dexie';
import type { EventType, WardEvent } from '../domain/events';
import type { EventId, PatientId, WardId } from '../domain/ids';
import type { PatientState } from '../domain/patient';
import { createEncryptionMiddleware } from './crypto';
import { reportDamaged } from './damage';
import { derivedEventProblem, EVENT_BINDING, EVENT_FIELDS, EventSealState } from './eventSeal';
import { currentMode, DATABASE_NAMES } from './mode';
import { getDataKey } from './session';
import { addWardType } from './upgrades';
import { readEvent, readLastVitalsRow } from './versions';

/**
 * An event as stored: `atMs` orders it in the indexes, whatever offset `at` was written with;
 * `wardType`, on ward-level events only (patientId null), is their type again, for
 * `[wardType+atMs]` (version 4).
 */
export type StoredEvent = WardEvent & { atMs: number; wardType?: EventType };

/** Device-level values that are not part of the ward log (device id, key record...). */
export interface LocalRow {
  key: string;
  value: unknown;
}

/**
 * Encrypted at rest: everything that identifies a patient or carries clinical content.
 * Clear: ids (random), the ward, event types and times — what the indexes need.
 */
const EVENT_SECRETS = EVENT_FIELDS satisfies readonly (keyof StoredEvent)[];
/** Clear in the patients table: the random id and the ward, which the index needs. */
type PatientSecret = Exclude<keyof PatientState, 'id' | 'wardId'>;
const PATIENT_SECRETS = [
  'identity',
  'bed',
  'status',
  'admittedAt',
  'dischargedAt',
  'header',
  'discharge',
  'last',
] as const satisfies readonly PatientSecret[];
// A new field of PatientState that is not listed above fails the typecheck here.
type Unlisted = Exclude<PatientSecret, (typeof PATIENT_SECRETS)[number]>;
const everyPatientFieldListed: [Unlisted] extends [never] ? true : Unlisted = true;
void everyPatientFieldListed;

/**
 * The last complete vitals set (the seven NEWS2 parameters) of a patient that stands: the
 * board and the "to do" list read one row per patient instead of the log (db/lastVitals.ts).
 */
export interface LastVitalsRow {
  patientId: PatientId;
  wardId: WardId;
  event: WardEvent<'vitals.recorded'>;
}
const LAST_VITALS_SECRETS = ['event'] as const satisfies readonly (keyof LastVitalsRow)[];
type UnlistedVitals = Exclude<
  keyof LastVitalsRow,
  'patientId' | 'wardId' | (typeof LAST_VITALS_SECRETS)[number]
>;
const everyVitalsFieldListed: [UnlistedVitals] extends [never] ? true : UnlistedVitals = true;
void everyVitalsFieldListed;

/**
 * A half-typed form, kept across lock, reload and update (db/drafts.ts). The key says whose
 * draft it is and of which form (random staff and target ids, the form's name); what was
 * typed, when and by whom are encrypted.
 */
export interface DraftRow {
  id: string;
  draft: { values: unknown; savedAt: string; by: { name: string; initials: string } };
}
const DRAFT_SECRETS = ['draft'] as const satisfies readonly (keyof DraftRow)[];
type UnlistedDraft = Exclude<keyof DraftRow, 'id' | (typeof DRAFT_SECRETS)[number]>;
const everyDraftFieldListed: [UnlistedDraft] extends [never] ? true : UnlistedDraft = true;
void everyDraftFieldListed;

/**
 * An entry a ward file brought that was refused (failed its seal or its schema, or is of
 * another ward): kept as it came, with where it came from, never applied. In clear: its
 * payload and author are still sealed with the ward key as the file carried them.
 */
export interface QuarantineRow {
  /** file id : frame : position, so that importing the same file twice adds no row. */
  key: string;
  eventId: string | null;
  reason: 'shape' | 'tampered' | 'schema' | 'newer' | 'otherWard';
  detail: string;
  source: { fileName: string; deviceId: string; createdAt: string; kind: string };
  /** Ward time of the import. */
  quarantinedAt: string;
  /** The entry as the file held it. */
  wire: unknown;
}

/** An event still to send to the hub: its id only (the event is read from the log). */
export interface OutboxRow {
  id: EventId;
}

/**
 * Every Dexie version ever released, oldest first. Append only: a change of schema is a new
 * version at the end, never an edit of a released one, whose tablets would never see it.
 * tests/unit/db/migrations.test.ts holds a snapshot of this list and a frozen database of
 * each version, upgraded to the current one.
 */
export interface DexieVersion {
  version: number;
  /** Only the tables this version adds or changes (Dexie keeps the others). */
  stores: Record<string, string>;
  /** Moves existing rows to the new shape; it runs locked, so it cannot read encrypted fields. */
  upgrade?: (transaction: Transaction) => Promise<void>;
}

export const DEXIE_VERSIONS: readonly DexieVersion[] = [
  {
    version: 1,
    stores: {
      events: 'id, [wardId+atMs], [patientId+atMs], [type+atMs]',
      patients: 'id, wardId',
      local: 'key',
    },
  },
  // Bedside charting. No upgrade function: before it, no tablet had a vitals event, so an
  // empty table is the projection of every existing log (and an upgrade runs locked).
  { version: 2, stores: { lastVitals: 'patientId' } },
  // Drafts of open forms (issue 9): a new, empty table, so no upgrade function.
  { version: 3, stores: { drafts: 'id' } },
  // Reads that do not grow with history (issue 11): a patient's events by type, and the
  // ward's own events by type without the patients' (db/eventReads.ts).
  {
    version: 4,
    stores: {
      events:
        'id, [wardId+atMs], [patientId+atMs], [type+atMs], [patientId+type+atMs], [wardType+atMs]',
    },
    upgrade: addWardType,
  },
  // Ward file import (issue 14): entries a file brought that failed their check or their
  // schema, kept apart and never applied (db/quarantine.ts). A new, empty table.
  { version: 5, stores: { quarantine: 'key' } },
  // Sync with a hub (issue 15): ids of events this tablet holds that the hub may not have
  // yet (src/sync/push.ts). A new, empty table: a tablet turning the hub on queues its log.
  { version: 6, stores: { outbox: 'id' } },
];

export class ReleveDb extends Dexie {
  events!: EntityTable<StoredEvent, 'id', StoredEvent & { id: EventId }>;
  patients!: EntityTable<PatientState, 'id', PatientState & { id: PatientId }>;
  local!: EntityTable<LocalRow, 'key'>;
  lastVitals!: EntityTable<LastVitalsRow, 'patientId'>;
  drafts!: EntityTable<DraftRow, 'id'>;
  /** Which stored events may still hold the seal of before issue 14 (db/reseal.ts). */
  readonly eventSeal = new EventSealState();
  quarantine!: EntityTable<QuarantineRow, 'key'>;
  outbox!: EntityTable<OutboxRow, 'id'>;

  constructor(name = DATABASE_NAMES.ward, getKey: () => CryptoKey | null = getDataKey) {
    super(name);
    for (const { version, stores, upgrade } of DEXIE_VERSIONS) {
      const declared = this.version(version).stores(stores);
      if (upgrade) declared.upgrade(upgrade);
    }
    // At every open, before any other query: a read must know which seal an event may hold.
    this.on('ready', (vip) => this.eventSeal.load(vip), true);
    this.use(
      createEncryptionMiddleware({
        fields: {
          events: EVENT_SECRETS,
          patients: PATIENT_SECRETS,
          lastVitals: LAST_VITALS_SECRETS,
          drafts: DRAFT_SECRETS,
        },
        getKey,
        // One damaged record is isolated and listed, never a blank app (issue 9).
        onDamaged: reportDamaged,
        // Events reach the app at the current version of their type, or not at all (issue 11).
        onRead: { events: readEvent, lastVitals: readLastVitalsRow },
        // Events: clear fields bound to the ciphertexts (issue 14), derived ones checked.
        sealing: {
          events: {
            binding: EVENT_BINDING,
            derived: derivedEventProblem,
            legacy: this.eventSeal.legacy,
          },
        },
      }),
    );
  }
}

/** The one database of the app: the real ward's, or the training ward's (db/mode.ts). */
export const db = new ReleveDb(DATABASE_NAMES[currentMode()]);
