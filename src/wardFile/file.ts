import { WardFileError } from './errors';
import {
  decodeHeader,
  encodeHeader,
  PREFIX_BYTES,
  readPrefix,
  type WardFileHeader,
} from './header';
import {
  checkHeaderSeal,
  openFrame,
  readFrames,
  SEAL_BYTES,
  sealFrame,
  sealHeader,
} from './frames';

/** Past this a file is not a ward file (60 days of a 30-bed ward is far below: docs/ward-file.md). */
export const MAX_FILE_BYTES = 1024 * 1024 * 1024;

export type HeaderFields = Omit<WardFileHeader, 'format' | 'events' | 'frames' | 'fileId'>;

const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));

/**
 * A whole ward file from chunks of wire events (each chunk one frame). The header, which
 * counts them, is written last in time but first in the file; frames are bound to it by the
 * random file id, and it is bound to the key by its seal.
 */
export async function writeWardFile(
  key: CryptoKey,
  fields: HeaderFields,
  chunks: AsyncIterable<readonly unknown[]>,
): Promise<{ blob: Blob; events: number }> {
  const fileIdBytes = crypto.getRandomValues(new Uint8Array(16));
  const frames: Uint8Array<ArrayBuffer>[] = [];
  let events = 0;
  let pending: readonly unknown[] | null = null;
  for await (const chunk of chunks) {
    if (chunk.length === 0) continue;
    if (pending) frames.push(await sealFrame(key, fileIdBytes, frames.length, false, pending));
    pending = chunk;
    events += chunk.length;
  }
  // An empty log is one empty last frame: the file still says where it ends.
  frames.push(await sealFrame(key, fileIdBytes, frames.length, true, pending ?? []));
  const header = encodeHeader({
    ...fields,
    events,
    frames: frames.length,
    fileId: toBase64(fileIdBytes),
  });
  const seal = await sealHeader(key, header);
  return { blob: new Blob([header, seal, ...frames]), events };
}

/** A file's clear header and where its sealed part starts. Reads only the first bytes. */
export interface OpenedHeader {
  header: WardFileHeader;
  headerBytes: Uint8Array<ArrayBuffer>;
  seal: Uint8Array<ArrayBuffer>;
  framesStart: number;
}

export async function readHeader(file: Blob): Promise<OpenedHeader> {
  if (file.size > MAX_FILE_BYTES) throw new WardFileError('tooLarge');
  const start = new Uint8Array(await file.slice(0, PREFIX_BYTES).arrayBuffer());
  const { headerEnd } = readPrefix(start, file.size);
  if (headerEnd + SEAL_BYTES > file.size) throw new WardFileError('truncated');
  const headerBytes = new Uint8Array(await file.slice(0, headerEnd).arrayBuffer());
  const header = decodeHeader(headerBytes);
  const seal = new Uint8Array(await file.slice(headerEnd, headerEnd + SEAL_BYTES).arrayBuffer());
  return { header, headerBytes, seal, framesStart: headerEnd + SEAL_BYTES };
}

/**
 * The wire events of a file, one frame at a time, after the header's seal: every frame is
 * authenticated before its items are handed out, and the counts must match the header's.
 */
export async function* readFrameItems(
  file: Blob,
  opened: OpenedHeader,
  key: CryptoKey,
): AsyncGenerator<{ index: number; items: unknown[] }> {
  const { header } = opened;
  await checkHeaderSeal(key, opened.headerBytes, opened.seal);
  const fileId = fromBase64(header.fileId);
  let events = 0;
  let frames = 0;
  for await (const frame of readFrames(file, opened.framesStart)) {
    const items = await openFrame(key, fileId, frame);
    events += items.length;
    frames += 1;
    yield { index: frame.index, items };
  }
  if (events !== header.events || frames !== header.frames) {
    throw new WardFileError('damaged', 'Counts differ from the header');
  }
}
