import { CensusFileError } from './types';

/** Above this a file is refused before it is read (a census of a ward is a few kB). */
export const MAX_CENSUS_BYTES = 20 * 1024 * 1024;

/** Refuses a file by its size alone, before reading it. */
export function checkCensusSize(bytes: number): void {
  if (bytes > MAX_CENSUS_BYTES) throw new CensusFileError('tooBig', String(bytes));
  if (bytes === 0) throw new CensusFileError('empty');
}

/** Control characters other than tab and line breaks: text files have none, binary lots. */
const isControl = (code: number) =>
  (code < 32 && code !== 9 && code !== 10 && code !== 13) || code === 127;

/** True when the text is not text at all (a picture, a zip, random bytes decoded as text). */
export function looksBinary(text: string): boolean {
  let odd = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0) return true;
    if (isControl(code) || code === 0xfffd) odd += 1;
  }
  return odd > Math.max(1, text.length / 100);
}

/**
 * The text of a census file: UTF-8 (byte-order mark dropped), else Windows-1252, the encoding
 * a French spreadsheet saves "CSV" in; 'empty' or 'notText' when there is nothing to read.
 */
export function decodeCensus(bytes: Uint8Array): string {
  checkCensusSize(bytes.byteLength);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes);
  }
  text = text.replace(/^\uFEFF/, '');
  if (text.trim() === '') throw new CensusFileError('empty');
  if (looksBinary(text)) throw new CensusFileError('notText');
  return text;
}
