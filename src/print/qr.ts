import { encode } from 'uqr';
import type { PageKind } from './types';

/**
 * What the QR code of a printed page holds, so that what is written on it by hand can be
 * keyed back against the right patient, sheet, time window and page. Compact JSON with
 * one-letter keys; times in UTC to the minute ("2026-11-29T07:00Z"): 20 to 30 bytes
 * shorter than with offsets, which keeps the code at version 7–8 (45–49 modules).
 */
export interface QrPayload {
  /** Patient id; null for a ward sheet or a blank admission sheet. */
  p: string | null;
  /** Sheet type. */
  s: PageKind;
  /** Time window of the sheet, from (included) and to. */
  f: string;
  t: string;
  /** Page number and page count of this sheet. */
  n: number;
  m: number;
  /** Blank admission sheet: the temporary identifier allocated to it. */
  i?: string;
}

/** An instant as UTC to the minute: "2026-11-29T07:00Z". */
export const qrInstant = (iso: string): string => `${new Date(iso).toISOString().slice(0, 16)}Z`;

/** The text put in the code: keys in a fixed order so that equal pages give equal codes. */
export function qrText(payload: QrPayload): string {
  const { p, s, f, t, n, m, i } = payload;
  return JSON.stringify(
    i === undefined
      ? { p, s, f: qrInstant(f), t: qrInstant(t), n, m }
      : { p, s, i, f: qrInstant(f), t: qrInstant(t), n, m },
  );
}

/** The module matrix of a text: true is dark. ECC M survives a fold or a coffee stain (15%). */
export function qrMatrix(text: string): boolean[][] {
  return encode(text, { ecc: 'M', border: 0 }).data;
}

/**
 * The dark modules as one SVG path of horizontal runs (each run a rectangle one module
 * high): one element per code instead of ~1,000 rects, so a 200-page pack stays light.
 */
export function matrixPath(matrix: readonly (readonly boolean[])[], offset = 0): string {
  const parts: string[] = [];
  matrix.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x += 1;
        continue;
      }
      const start = x;
      while (x < row.length && row[x]) x += 1;
      parts.push(`M${start + offset} ${y + offset}h${x - start}v1h${start - x}z`);
    }
  });
  return parts.join('');
}
