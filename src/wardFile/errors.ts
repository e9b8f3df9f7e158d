/**
 * Why a ward file is refused, as a code the interface translates. In every case nothing
 * stored on the tablet has changed.
 */
export type WardFileErrorCode =
  /** The file holds no byte. */
  | 'empty'
  /** Not a ward file at all (another file, random bytes): the magic is missing. */
  | 'notWardFile'
  /** A ward file cut short (copy interrupted, USB key pulled out). */
  | 'truncated'
  /** A ward file of a format version this app does not know (made by a newer app). */
  | 'unknownVersion'
  /** A ward file of another ward. */
  | 'otherWard'
  /** The passphrase does not open the key the file carries. */
  | 'wrongPassphrase'
  /** A ward file whose check fails: altered, damaged, or sealed with another key. */
  | 'damaged'
  /** Larger than any ward file can be (see docs/ward-file.md). */
  | 'tooLarge'
  /** Importing needs a ward on this tablet (join one instead). */
  | 'noWard'
  /** Joining needs a tablet with no ward: a tablet holds one ward. */
  | 'alreadyWard';

export class WardFileError extends Error {
  readonly code: WardFileErrorCode;

  constructor(code: WardFileErrorCode, message?: string, options?: { cause?: unknown }) {
    super(message ?? code, options);
    this.code = code;
    this.name = 'WardFileError';
  }
}

export const isWardFileError = (error: unknown): error is WardFileError =>
  error instanceof WardFileError;
