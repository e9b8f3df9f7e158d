import { z } from 'zod';
import { WardFileError } from './errors';

/**
 * The clear start of a ward file (docs/ward-file.md): magic, format version, then the header
 * as UTF-8 JSON. Everything here can be read without a key; none of it names a patient.
 */
export const MAGIC = new TextEncoder().encode('RELEVEWF'); // 8 bytes
export const FORMAT_VERSION = 1;
/** magic (8) + format version (uint16) + header length (uint32), big-endian. */
export const PREFIX_BYTES = MAGIC.length + 2 + 4;
// A header is a few hundred bytes; more is not a header this app wrote.
const MAX_HEADER_BYTES = 64 * 1024;

export type WardFileKind = 'ward' | 'backup';

export interface WardFileHeader {
  format: number;
  /** 'ward': the key record is the ward's own; 'backup': re-wrapped under a file passphrase. */
  kind: WardFileKind;
  wardId: string;
  /** Ward time the file was made (ISO 8601 with the ward's offset). */
  createdAt: string;
  /** The tablet that made it. */
  deviceId: string;
  /** Entries recorded from this instant on (ISO), or null for the whole log. */
  since: string | null;
  /** Entries in the file, and frames that carry them. */
  events: number;
  frames: number;
  /** 16 random bytes (base64) naming this file in every frame's additional data. */
  fileId: string;
  /** The ward data key, wrapped (db/crypto/keyRecord.ts), checked when it is opened. */
  keyRecord: unknown;
}

const headerSchema = z.strictObject({
  kind: z.enum(['ward', 'backup']),
  wardId: z.string().min(1),
  createdAt: z.string(),
  deviceId: z.string(),
  since: z.string().nullable(),
  events: z.number().int().nonnegative(),
  frames: z.number().int().positive(),
  fileId: z.base64().length(24),
  keyRecord: z.unknown(),
});

/** The header's bytes, prefix included: what the header seal authenticates. */
export function encodeHeader(header: Omit<WardFileHeader, 'format'>): Uint8Array<ArrayBuffer> {
  const json = new TextEncoder().encode(JSON.stringify(header));
  const bytes = new Uint8Array(PREFIX_BYTES + json.length);
  bytes.set(MAGIC, 0);
  const view = new DataView(bytes.buffer);
  view.setUint16(MAGIC.length, FORMAT_VERSION);
  view.setUint32(MAGIC.length + 2, json.length);
  bytes.set(json, PREFIX_BYTES);
  return bytes;
}

const startsWithMagic = (bytes: Uint8Array) => MAGIC.every((byte, i) => bytes[i] === byte);

/**
 * Reads the prefix: how long the header is. `start` holds the file's first bytes (at least
 * PREFIX_BYTES when the file has them); `size` is the file's.
 */
export function readPrefix(start: Uint8Array, size: number): { headerEnd: number } {
  if (size === 0) throw new WardFileError('empty');
  const magicPart = start.subarray(0, Math.min(MAGIC.length, start.length));
  if (!startsWithMagic(magicPart)) throw new WardFileError('notWardFile');
  if (start.length < PREFIX_BYTES) throw new WardFileError('truncated');
  const view = new DataView(start.buffer, start.byteOffset, start.byteLength);
  const version = view.getUint16(MAGIC.length);
  if (version !== FORMAT_VERSION) {
    throw new WardFileError('unknownVersion', `Ward file format ${version}`);
  }
  const length = view.getUint32(MAGIC.length + 2);
  if (length > MAX_HEADER_BYTES) throw new WardFileError('damaged', 'Header too long');
  const headerEnd = PREFIX_BYTES + length;
  if (headerEnd > size) throw new WardFileError('truncated');
  return { headerEnd };
}

/** The header from the file's first `headerEnd` bytes (prefix checked by readPrefix). */
export function decodeHeader(bytes: Uint8Array): WardFileHeader {
  let json: unknown;
  try {
    json = JSON.parse(
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(PREFIX_BYTES)),
    );
  } catch (error) {
    throw new WardFileError('damaged', 'Header is not JSON', { cause: error });
  }
  const parsed = headerSchema.safeParse(json);
  if (!parsed.success) throw new WardFileError('damaged', `Header: ${parsed.error.message}`);
  return { format: FORMAT_VERSION, ...parsed.data };
}
