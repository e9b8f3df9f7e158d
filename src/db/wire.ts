import { z } from 'zod';
import { validateEvent, type WardEvent } from '../domain/events';
import { upgradeEvent, type Versioned } from '../domain/eventVersions';
import { ValidationError } from '../domain/validation';
import { decryptRecord, encryptRecord } from './crypto/recordCodec';
import { EVENT_CODEC } from './eventSeal';
import { fromBase64, toBase64 } from './crypto/encoding';
import { findCryptoError, type EncryptedField } from './crypto';
import type { StoredEvent } from './db';
import { instantOf } from '../domain/time';

/**
 * An event as it travels between the ward's tablets (ward file, later the hub): the clear
 * fields the indexes need, and `payload` and `author` encrypted with the ward key exactly as
 * the events table stores them, bytes in base64 so that the whole is JSON.
 */
export interface WireCipher {
  iv: string;
  ct: string;
}
export interface WireEvent {
  id: string;
  wardId: string;
  patientId: string | null;
  type: string;
  at: string;
  recordedAt: string;
  deviceId: string;
  v?: number;
  payload: WireCipher;
  author: WireCipher;
}

/**
 * The events table's encrypted fields and binding: a wire event is a stored row, its clear
 * fields bound to its ciphertexts. Never the older seal: no file nor hub predates the binding.
 */
const WIRE_CODEC = EVENT_CODEC;

const cipher = z.strictObject({ iv: z.base64(), ct: z.base64() });
const wireSchema = z.strictObject({
  id: z.string(),
  wardId: z.string(),
  patientId: z.string().nullable(),
  type: z.string(),
  at: z.string(),
  recordedAt: z.string(),
  deviceId: z.string(),
  v: z.number().optional(),
  payload: cipher,
  author: cipher,
});

const toCipher = (field: unknown): WireCipher => {
  const { iv, ct } = field as EncryptedField;
  return { iv: toBase64(iv), ct: toBase64(ct) };
};
const fromCipher = ({ iv, ct }: WireCipher) => ({
  iv: (fromBase64(iv) ?? new Uint8Array(0)).buffer,
  ct: (fromBase64(ct) ?? new Uint8Array(0)).buffer,
});

/** The clear fields of an event, those a wire event carries as they are. */
export type WireFields = Omit<WireEvent, 'payload' | 'author'>;

/** A sealed event as it travels: its clear fields, and its ciphertexts in base64. */
export function wireOf(fields: WireFields, payload: unknown, author: unknown): WireEvent {
  const { id, wardId, patientId, type, at, recordedAt, deviceId, v } = fields;
  return {
    id,
    wardId,
    patientId,
    type,
    at,
    recordedAt,
    deviceId,
    ...(v === undefined ? {} : { v }),
    payload: toCipher(payload),
    author: toCipher(author),
  };
}

/** An event sealed for travel with the ward key (fresh IVs). */
export async function toWire(event: WardEvent, key: CryptoKey): Promise<WireEvent> {
  const sealed = await encryptRecord(WIRE_CODEC, key, event);
  return wireOf(event, sealed.payload, sealed.author);
}

/**
 * Why a wire event is not opened: not the shape of one (`shape`), fails its integrity check
 * (`tampered`: altered, moved, or another key), its content fails the event schema
 * (`schema`), or it is sound but a newer Relève wrote it (`newer`: a version or a type this
 * app does not know; its row comes with it, to be kept as it is, db/merge.ts).
 */
export type WireRefusal = 'shape' | 'tampered' | 'schema' | 'newer';
export type Opened =
  | { ok: true; event: WardEvent }
  | { ok: false; reason: WireRefusal; id: string | null; detail: string };

const idOf = (input: unknown): string | null =>
  typeof input === 'object' && input !== null && 'id' in input && typeof input.id === 'string'
    ? input.id
    : null;

/** Checks and opens one wire event; never throws for bad input. */
export async function openWire(input: unknown, key: CryptoKey): Promise<Opened> {
  return (await openWireToStore(input, key)).opened;
}

/**
 * openWire, and the event's row as the events table stores it when the wire's ciphertexts
 * are exactly those of the validated event (same version, same payload and author): a
 * merge stores them as they came (db/merge.ts) instead of encrypting the event again.
 * Otherwise (an event upgraded on the way in, a payload the schema normalised) no row: the
 * event is sealed again from what was validated.
 */
export async function openWireToStore(
  input: unknown,
  key: CryptoKey,
): Promise<{ opened: Opened; stored: StoredEvent | null }> {
  const id = idOf(input);
  const parsed = wireSchema.safeParse(input);
  if (!parsed.success) {
    return {
      opened: { ok: false, reason: 'shape', id, detail: parsed.error.message },
      stored: null,
    };
  }
  const row = {
    ...parsed.data,
    payload: fromCipher(parsed.data.payload),
    author: fromCipher(parsed.data.author),
  };
  let clear: Record<string, unknown>;
  try {
    clear = (await decryptRecord(WIRE_CODEC, key, row)) as Record<string, unknown>;
  } catch (error) {
    const crypto = findCryptoError(error);
    if (crypto?.code !== 'tampered-data') throw error;
    return { opened: { ok: false, reason: 'tampered', id, detail: crypto.message }, stored: null };
  }
  const versioned: Versioned = { type: row.type, payload: clear.payload };
  if (row.v !== undefined) versioned.v = row.v;
  const version = upgradeEvent(versioned);
  if (!version.readable && version.reason !== 'invalidVersion') {
    const detail = `${row.type} v${version.v}: ${version.reason}`;
    return { opened: { ok: false, reason: 'newer', id, detail }, stored: asStored(row) };
  }
  let event: WardEvent;
  try {
    event = validateEvent(clear);
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    const detail = error.issues.map((issue) => `${issue.path}: ${issue.code}`).join('; ');
    return { opened: { ok: false, reason: 'schema', id, detail }, stored: null };
  }
  const same =
    event.v === row.v &&
    JSON.stringify(event.payload) === JSON.stringify(clear.payload) &&
    JSON.stringify(event.author) === JSON.stringify(clear.author);
  return { opened: { ok: true, event }, stored: same ? asStored(row) : null };
}

/** A checked wire row as the events table stores it, with the fields its indexes need. */
function asStored(row: Record<string, unknown> & { at: string; patientId: string | null }) {
  const stored = {
    ...row,
    atMs: instantOf(row.at),
    ...(row.patientId === null ? { wardType: row.type } : {}),
  };
  // Typed as the clear row it stands for: the events table is typed with its clear shape.
  return stored as StoredEvent;
}
