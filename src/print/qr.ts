import { encode } from 'uqr';
import type { PageKind } from './types';

/**
 * What the QR code of a printed page holds, so that what is written on it by hand can be
 * keyed back against the right patient, sheet, time window and page. Compact JSON with
 * one-letter keys; times in UTC to the minute ("20261129T0700Z"): 30 to 40 bytes shorter
 * than with offsets. With the patient's IPP or temporary identifier a page's code is 110 to
 * 145 bytes: version 8 (49 modules) at error correction M.
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
  /**
   * The identifier printed in the band, readable without the tablet's database: the
   * patient's IPP, else the temporary identifier; on a blank admission sheet the temporary
   * identifier allocated to it.
   */
  i?: string;
}

/**
 * An instant as UTC to the minute in ISO 8601 basic format: "20261129T0700Z". Six bytes
 * fewer a page than "2026-11-29T07:00Z": room for the IPP or temporary identifier.
 */
export const qrInstant = (iso: string): string =>
  `${new Date(iso).toISOString().slice(0, 16).replace(/[-:]/g, '')}Z`;

/** The text put in the code: keys in a fixed order so that equal pages give equal codes. */
export function qrText(payload: QrPayload): string {
  const { p, s, f, t, n, m, i } = payload;
  return JSON.stringify(
    i === undefined
      ? { p, s, f: qrInstant(f), t: qrInstant(t), n, m }
      : { p, s, i, f: qrInstant(f), t: qrInstant(t), n, m },
  );
}

/**
 * Error correction M (15 % of the code may be lost) and version 8 (49 modules): in the QR_MM
 * box (28 mm with a 2-module quiet zone) a module is 0.53 mm, three dots of a 150 dpi scan.
 * Q (25 %) would need version 10 for the same payload, 57 modules of 0.46 mm: against a blur,
 * which spreads every edge alike, the larger module is what counts; against a stain or a
 * pen stroke M still recovers a sixth of the code. A page scanned at 150 dpi and blurred over
 * 3 × 3 dots decodes (print-sheets.spec.ts); the payload stays under M's 152 bytes (qr.test).
 */
export const QR_ECC = 'M';

/** The module matrix of a text: true is dark. */
export function qrMatrix(text: string): boolean[][] {
  return encode(text, { ecc: QR_ECC, border: 0 }).data;
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

/** Quiet zone around a printed code, in modules; the page's white margin adds to it. */
const QUIET = 2;

/** What a code is drawn from: its dark modules as one SVG path, and its side in modules. */
export interface QrDrawing {
  path: string;
  size: number;
}

export function qrDrawing(text: string): QrDrawing {
  const matrix = qrMatrix(text);
  return { path: matrixPath(matrix, QUIET), size: matrix.length + 2 * QUIET };
}
