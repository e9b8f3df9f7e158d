import { stripBidiControls } from '../domain/text';

/**
 * Free text on the sheets is printed in the system's monospace font and wrapped here, so
 * that the number of lines of every cell, and so every row height, is known before
 * rendering. Monospace fonts advance 0.55–0.602 em per character (Consolas, DejaVu Sans
 * Mono, Liberation Mono, Menlo, Courier); 0.62 em leaves a margin.
 */
export const MONO_ADVANCE_EM = 0.62;
export const MM_PER_PT = 25.4 / 72;

/** How many monospace characters fit on a line `widthMm` wide at `fontPt`. */
export function charsPerLine(widthMm: number, fontPt: number): number {
  return Math.max(1, Math.floor(widthMm / (fontPt * MM_PER_PT * MONO_ADVANCE_EM)));
}

// East Asian wide characters and emoji take two columns in a monospace font.
const WIDE =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{1f300}-\u{1faff}\u{20000}-\u{3fffd}]/u;
const MARK = /\p{M}/u;

/** Columns a character takes: 0 for a combining mark, 2 for a wide one, else 1. */
const columns = (char: string) => (MARK.test(char) ? 0 : WIDE.test(char) ? 2 : 1);

/** Columns a text takes on one line. */
export const textColumns = (text: string): number =>
  [...text].reduce((sum, char) => sum + columns(char), 0);

/** Cuts a word longer than a line into pieces of at most `max` columns. */
function hardBreak(word: string, max: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  let width = 0;
  for (const char of word) {
    const w = columns(char);
    if (width + w > max && piece) {
      pieces.push(piece);
      piece = '';
      width = 0;
    }
    piece += char;
    width += w;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/**
 * Wraps a text into lines of at most `max` columns: at spaces, long words cut, line breaks
 * kept, runs of spaces collapsed. An empty text gives no line.
 */
export function wrapText(text: string, max: number): string[] {
  if (!Number.isInteger(max) || max < 1) throw new RangeError('max < 1');
  const lines: string[] = [];
  for (const paragraph of stripBidiControls(text).normalize('NFC').split(/\r?\n/)) {
    let line = '';
    // No-break spaces ("24\u00a0h") hold their words together.
    for (const word of paragraph.split(/[^\S\u00a0\u202f]+/u).filter(Boolean)) {
      for (const piece of hardBreak(word, max)) {
        const joined = line ? `${line} ${piece}` : piece;
        if (textColumns(joined) <= max) {
          line = joined;
        } else {
          lines.push(line);
          line = piece;
        }
      }
    }
    if (line) lines.push(line);
  }
  return lines;
}

/**
 * At most `maxLines` lines; when text had to be left out the last line ends with an
 * ellipsis (for summaries whose full text is on another sheet).
 */
export function clampLines(lines: readonly string[], maxLines: number, max: number): string[] {
  if (lines.length <= maxLines) return [...lines];
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1] ?? '';
  const room = hardBreak(last, Math.max(1, max - 1))[0] ?? '';
  kept[maxLines - 1] = `${room}…`;
  return kept;
}
