// Shared fixtures for the crypto tests: a small database shaped like the app's, and a way to
// look at what IndexedDB really holds, bypassing the middleware.
import { Dexie, type EntityTable } from 'dexie';
import { createEncryptionMiddleware } from '../../../src/db/crypto';

export interface TestEvent {
  id: string;
  wardId: string;
  patientId: string | null;
  type: string;
  atMs: number;
  author?: { staffId: string; name: string; role: string };
  payload?: unknown;
}

export interface TestPatient {
  id: string;
  wardId: string;
  bed: string;
  identity?: { birthName: string; firstName: string; birthDate: string; ipp: string };
}

export const SCHEMA = {
  events: 'id, [wardId+atMs], [patientId+atMs], type',
  patients: 'id, wardId',
  local: 'key',
};
export const ENCRYPTED = { events: ['payload', 'author'], patients: ['identity'] };

export class TestDb extends Dexie {
  events!: EntityTable<TestEvent, 'id'>;
  patients!: EntityTable<TestPatient, 'id'>;
  local!: EntityTable<{ key: string; value: unknown }, 'key'>;

  /** Without `getKey`, a plain database: the control that shows what clear text looks like. */
  constructor(name: string, getKey?: () => CryptoKey | null) {
    super(name);
    this.version(1).stores(SCHEMA);
    if (getKey) this.use(createEncryptionMiddleware({ fields: ENCRYPTED, getKey }));
  }
}

let counter = 0;
export const freshName = () => `crypto-test-${++counter}`;

export const newDataKey = (): Promise<CryptoKey> =>
  crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);

/** A key holder like the app's: null while locked. */
export function keyHolder(key: CryptoKey | null = null) {
  const holder = { key, getKey: () => holder.key };
  return holder;
}

export const WARD = 'ward-7';
export const PATIENT_A = 'pat-a';
export const PATIENT_B = 'pat-b';
const T0 = Date.UTC(2026, 0, 5, 8, 0);

/** Strings that must never be found in clear in IndexedDB. */
export const SECRETS = [
  'DUPONTEL',
  'Gertrude',
  '1937-04-12',
  'IPP-884213',
  'LEFEBVRIER',
  'douleur thoracique',
  'heartRate',
  '38.7',
  'Inès Carpentier',
];

export const patients = (): TestPatient[] => [
  {
    id: PATIENT_A,
    wardId: WARD,
    bed: '12A',
    identity: {
      birthName: 'DUPONTEL',
      firstName: 'Gertrude',
      birthDate: '1937-04-12',
      ipp: 'IPP-884213',
    },
  },
  {
    id: PATIENT_B,
    wardId: WARD,
    bed: '14',
    identity: { birthName: 'LEFEBVRIER', firstName: 'Paul', birthDate: '1950-01-30', ipp: 'IPP-1' },
  },
];

const author = { staffId: 'staff-1', name: 'Inès Carpentier', role: 'IDE' };

export const events = (): TestEvent[] => [
  {
    id: 'ev-1',
    wardId: WARD,
    patientId: PATIENT_A,
    type: 'patient.admitted',
    atMs: T0,
    author,
    payload: { bed: '12A' },
  },
  {
    id: 'ev-2',
    wardId: WARD,
    patientId: PATIENT_A,
    type: 'vitals.recorded',
    atMs: T0 + 60_000,
    author,
    payload: { heartRate: 131, temperature: 38.7 },
  },
  {
    id: 'ev-3',
    wardId: WARD,
    patientId: PATIENT_A,
    type: 'note.written',
    atMs: T0 + 120_000,
    author,
    payload: { text: 'douleur thoracique, ECG fait' },
  },
  {
    id: 'ev-4',
    wardId: WARD,
    patientId: PATIENT_B,
    type: 'note.written',
    atMs: T0 + 180_000,
    author,
    payload: { text: 'dort bien' },
  },
  {
    id: 'ev-5',
    wardId: 'ward-9',
    patientId: null,
    type: 'ward.configured',
    atMs: T0 + 240_000,
    author,
    payload: { name: 'Cardio' },
  },
];

/** One fixture event by id, as a fresh copy. */
export function fixtureEvent(id: string): TestEvent {
  const found = events().find((e) => e.id === id);
  if (!found) throw new Error(`no fixture event ${id}`);
  return found;
}

/** Opens `name` with no middleware and no declared schema: what a thief would read. */
export async function withRawDb<T>(name: string, read: (raw: Dexie) => Promise<T>): Promise<T> {
  const raw = new Dexie(name);
  await raw.open();
  try {
    return await read(raw);
  } finally {
    raw.close();
  }
}

export const rawRows = (name: string, table: string) =>
  withRawDb(name, (raw) => raw.table<Record<string, unknown>>(table).toArray());

/** Everything a store holds as text, binary decoded as UTF-8 so that clear bytes show too. */
export async function rawText(name: string, ...tables: string[]): Promise<string> {
  const decoder = new TextDecoder();
  const rows = await Promise.all(tables.map((table) => rawRows(name, table)));
  return JSON.stringify(rows, (_key, value: unknown) => {
    if (value instanceof ArrayBuffer) return decoder.decode(value);
    if (ArrayBuffer.isView(value)) return decoder.decode(value);
    return value;
  });
}

/** Rewrites one raw row (no middleware) with `change` applied. */
export const editRawRow = (
  name: string,
  table: string,
  id: string,
  change: (row: Record<string, unknown>) => void,
) =>
  withRawDb(name, async (raw) => {
    const rows = raw.table<Record<string, unknown>>(table);
    const row = await rows.get(id);
    if (!row) throw new Error(`no raw row ${id}`);
    change(row);
    await rows.put(row);
  });

/** A copy of an encrypted field's ciphertext with one byte flipped. */
export function flipByte(field: unknown, at = 0): { iv: ArrayBuffer; ct: ArrayBuffer } {
  const { iv, ct } = field as { iv: ArrayBuffer; ct: ArrayBuffer };
  const bytes = new Uint8Array(ct.slice(0));
  bytes[at] = (bytes[at] ?? 0) ^ 0x01;
  return { iv, ct: bytes.buffer };
}
