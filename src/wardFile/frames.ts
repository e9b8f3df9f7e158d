import { WardFileError } from './errors';

/**
 * The sealed parts of a ward file (docs/ward-file.md). The header is authenticated by a seal
 * (AES-GCM of nothing, the header as additional data); each frame is a chunk of wire events
 * as JSON, gzip-compressed, then AES-GCM with additional data = file id + frame index +
 * flags, so that a frame moved, dropped, taken from another file or cut short is detected.
 */
export const IV_BYTES = 12;
const TAG_BYTES = 16;
export const SEAL_BYTES = IV_BYTES + TAG_BYTES;
/** flags (uint8, bit 0 = last frame) + sealed length (uint32, big-endian). */
export const FRAME_PREFIX_BYTES = 5;
// A frame holds about a thousand events (well under 1 MB); past this, it is not one we wrote.
export const MAX_FRAME_BYTES = 64 * 1024 * 1024;
const LAST = 1;

const HEADER_SEAL_TAG = new TextEncoder().encode('releve/ward-file/header/v1');
const FRAME_TAG = new TextEncoder().encode('releve/ward-file/frame/v1');

const concat = (...parts: Uint8Array[]): Uint8Array<ArrayBuffer> => {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
};

const randomIv = () => crypto.getRandomValues(new Uint8Array(IV_BYTES));

async function through(
  bytes: Uint8Array<ArrayBuffer>,
  stream: CompressionStream | DecompressionStream,
): Promise<Uint8Array<ArrayBuffer>> {
  const piped = new Blob([bytes]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(piped).arrayBuffer());
}

/** The seal written after the header: 12-byte IV + 16-byte tag. */
export async function sealHeader(
  key: CryptoKey,
  headerBytes: Uint8Array<ArrayBuffer>,
): Promise<Uint8Array<ArrayBuffer>> {
  const iv = randomIv();
  const additionalData = concat(HEADER_SEAL_TAG, headerBytes);
  const tag = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData },
    key,
    new Uint8Array(0),
  );
  return concat(iv, new Uint8Array(tag));
}

/** Throws 'damaged' when the header was altered or the key is not the one that sealed it. */
export async function checkHeaderSeal(
  key: CryptoKey,
  headerBytes: Uint8Array<ArrayBuffer>,
  seal: Uint8Array<ArrayBuffer>,
): Promise<void> {
  try {
    await crypto.subtle.decrypt(
      {
        name: 'AES-GCM',
        iv: seal.slice(0, IV_BYTES),
        additionalData: concat(HEADER_SEAL_TAG, headerBytes),
      },
      key,
      seal.slice(IV_BYTES),
    );
  } catch (error) {
    throw new WardFileError('damaged', 'Header seal does not match', { cause: error });
  }
}

function frameAad(fileId: Uint8Array, index: number, flags: number): Uint8Array<ArrayBuffer> {
  const position = new Uint8Array(5);
  new DataView(position.buffer).setUint32(0, index);
  position[4] = flags;
  return concat(FRAME_TAG, fileId, position);
}

/** One frame as written: flags, length, IV, AES-GCM of gzip(JSON of `items`). */
export async function sealFrame(
  key: CryptoKey,
  fileId: Uint8Array,
  index: number,
  last: boolean,
  items: readonly unknown[],
): Promise<Uint8Array<ArrayBuffer>> {
  const flags = last ? LAST : 0;
  const json = new TextEncoder().encode(JSON.stringify(items));
  const packed = await through(json, new CompressionStream('gzip'));
  const iv = randomIv();
  const additionalData = frameAad(fileId, index, flags);
  const ct = new Uint8Array(
    await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData }, key, packed),
  );
  const prefix = new Uint8Array(FRAME_PREFIX_BYTES);
  prefix[0] = flags;
  new DataView(prefix.buffer).setUint32(1, iv.length + ct.length);
  return concat(prefix, iv, ct);
}

/** A frame as read from the file, before it is opened. */
export interface SealedFrame {
  index: number;
  last: boolean;
  body: Uint8Array<ArrayBuffer>;
}

/** The frame's items; throws 'damaged' when it fails its check or does not hold a list. */
export async function openFrame(
  key: CryptoKey,
  fileId: Uint8Array,
  frame: SealedFrame,
): Promise<unknown[]> {
  const { index, last, body } = frame;
  let packed: Uint8Array<ArrayBuffer>;
  try {
    const clear = await crypto.subtle.decrypt(
      {
        name: 'AES-GCM',
        iv: body.slice(0, IV_BYTES),
        additionalData: frameAad(fileId, index, last ? LAST : 0),
      },
      key,
      body.slice(IV_BYTES),
    );
    packed = new Uint8Array(clear);
  } catch (error) {
    throw new WardFileError('damaged', `Frame ${index} fails its check`, { cause: error });
  }
  // Authenticated, so only a faulty writer could get here; still said, never thrown raw.
  try {
    const json = new TextDecoder().decode(await through(packed, new DecompressionStream('gzip')));
    const items: unknown = JSON.parse(json);
    if (Array.isArray(items)) return items;
  } catch (error) {
    throw new WardFileError('damaged', `Frame ${index} is not readable`, { cause: error });
  }
  throw new WardFileError('damaged', `Frame ${index} is not a list`);
}

const bytesOf = async (file: Blob, start: number, end: number) =>
  new Uint8Array(await file.slice(start, end).arrayBuffer());

/**
 * The frames of a file from `offset` on, one at a time (memory stays bounded): a file that
 * ends before its last frame is 'truncated'; bytes after it, 'damaged'.
 */
export async function* readFrames(file: Blob, offset: number): AsyncGenerator<SealedFrame> {
  let at = offset;
  for (let index = 0; ; index++) {
    if (at + FRAME_PREFIX_BYTES > file.size) throw new WardFileError('truncated');
    const prefix = await bytesOf(file, at, at + FRAME_PREFIX_BYTES);
    const flags = prefix[0] ?? 0;
    const length = new DataView(prefix.buffer).getUint32(1);
    if (flags > LAST || length < SEAL_BYTES || length > MAX_FRAME_BYTES) {
      throw new WardFileError('damaged', `Frame ${index}: bad prefix`);
    }
    const start = at + FRAME_PREFIX_BYTES;
    if (start + length > file.size) throw new WardFileError('truncated');
    const last = flags === LAST;
    yield { index, last, body: await bytesOf(file, start, start + length) };
    at = start + length;
    if (last) {
      if (at !== file.size) throw new WardFileError('damaged', 'Bytes after the last frame');
      return;
    }
  }
}
