import { WardFileError } from '../wardFile/errors';
import { readFrameItems, readHeader, type OpenedHeader } from '../wardFile/file';
import { findCryptoError, unlockKeyRecord, verifyKeyRecord, type KeyRecord } from './crypto';
import { getLocal } from './local';

/**
 * Why joining two wards is refused, besides the ward file's own reasons (WardFileError). In
 * every case nothing stored on the tablet has changed.
 */
export type JoinWardsErrorCode =
  /** The file is of this tablet's own ward: that is an ordinary import. */
  | 'sameWard'
  /** Nobody is charting: the join is recorded under someone's name. */
  | 'noAuthor'
  /** Moving to the joined ward: entries of this tablet are not in the file (`missing`). */
  | 'missingEntries'
  /** Moving to the joined ward: drafts of this tablet not yet saved (`missing` counts them). */
  | 'draftsPending';

export class JoinWardsError extends Error {
  readonly code: JoinWardsErrorCode;
  /** For 'missingEntries': how many of this tablet's entries the file lacks; 'draftsPending': drafts. */
  readonly missing: number;

  constructor(code: JoinWardsErrorCode, missing = 0) {
    super(code);
    this.code = code;
    this.missing = missing;
    this.name = 'JoinWardsError';
  }
}

/** A ward file of another ward, opened with that ward's passphrase (its key record). */
export interface OtherWardFile {
  opened: OpenedHeader;
  record: KeyRecord;
  key: CryptoKey;
  /** This tablet's ward. */
  ownWardId: string;
}

const fileError = (error: unknown): never => {
  const code = findCryptoError(error)?.code;
  if (code === 'wrong-passphrase')
    throw new WardFileError('wrongPassphrase', undefined, { cause: error });
  if (code === 'corrupted-key-record')
    throw new WardFileError('damaged', undefined, { cause: error });
  throw error;
};

/**
 * Reads the header, refuses a file of this tablet's own ward, opens the key the file carries
 * with `passphrase` and checks every frame (seals, counts) before anything is written.
 */
export async function openOtherWardFile(file: Blob, passphrase: string): Promise<OtherWardFile> {
  const ownWardId = await getLocal('wardId');
  if (!ownWardId) throw new WardFileError('noWard');
  const opened = await readHeader(file);
  if (opened.header.wardId === ownWardId) throw new JoinWardsError('sameWard');
  const record = await verifyKeyRecord(opened.header.keyRecord).catch(fileError);
  const key = await unlockKeyRecord(record, passphrase).catch(fileError);
  return { opened, record, key, ownWardId };
}

/** A wire item's clear fields, read without opening it (only to choose what to open). */
export const clearField = (item: unknown, field: 'id' | 'patientId' | 'type'): unknown =>
  typeof item === 'object' && item !== null ? Reflect.get(item, field) : undefined;

export const fileNameOf = (file: Blob) => (file instanceof File ? file.name : '');

/** Every frame of the file, authenticated, one at a time. */
export const framesOf = (file: Blob, other: OtherWardFile) =>
  readFrameItems(file, other.opened, other.key);
