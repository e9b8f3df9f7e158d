import { stripBidiControls } from '../domain/text';

/**
 * Free text on the sheets is printed in the system's monospace font and wrapped here, so
 * that the number of lines of every cell, and so every row height, is known before
 * rendering. Monospace fonts advance 0.55–0.602 em per character (Consolas, DejaVu Sans
 * Mono, Liberation Mono, Menlo, Courier); 0.62 em leaves a margin.
 */
export const MONO_ADVANCE_EM = 0.62;
export const MM_PER_PT = 25.4 / 72;

/**
 * "18\u00a0UI": a number and its unit joined by a no-break space, so that no line of a sheet
 * ends on "18" with "UI" on the next (wrapText and the browser break at ordinary spaces
 * only). Every dose or amount printed goes through here.
 */
export const withUnit = (value: string, unit: string): string => `${value}\u00a0${unit}`;

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

/** Cuts a text into pieces of at most `max` columns, anywhere (no hyphen added). */
function cut(word: string, max: number): string[] {
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
 * Breaks a word longer than a line into pieces of at most `max` columns. A reader must see
 * that the word goes on ("Goutte-" / "lettes", never "Gouttele" / "ttes"): a piece ends
 * after a hyphen of the word when there is one, else with a hyphen added.
 */
export function hyphenate(word: string, max: number): string[] {
  if (textColumns(word) <= max || max < 3) return cut(word, max);
  const pieces: string[] = [];
  let rest = word;
  while (textColumns(rest) > max) {
    const head = cut(rest, max)[0] ?? '';
    const own = head.lastIndexOf('-');
    // The word's own hyphen, unless breaking there leaves most of the line empty.
    if (own >= 2 && own + 1 >= head.length / 2) {
      pieces.push(head.slice(0, own + 1));
      rest = rest.slice(own + 1);
      continue;
    }
    // Never a tail of one or two letters on the next line ("Isoleme-" / "nt").
    const room = Math.min(max - 1, Math.max(2, textColumns(rest) - 3));
    const body = cut(rest, room)[0] ?? '';
    pieces.push(`${body}-`);
    rest = rest.slice(body.length);
  }
  if (rest) pieces.push(rest);
  return pieces;
}

/**
 * Wraps a text into lines of at most `max` columns: at spaces, long words cut, line breaks
 * kept, runs of spaces collapsed; long words hyphenated. An empty text gives no line.
 */
export function wrapText(text: string, max: number): string[] {
  if (!Number.isInteger(max) || max < 1) throw new RangeError('max < 1');
  const lines: string[] = [];
  for (const paragraph of stripBidiControls(text).normalize('NFC').split(/\r?\n/)) {
    let line = '';
    // No-break spaces ("24\u00a0h") hold their words together.
    for (const word of paragraph.split(/[^\S\u00a0\u202f]+/u).filter(Boolean)) {
      for (const piece of hyphenate(word, max)) {
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
  const room = cut(last, Math.max(1, max - 1))[0] ?? '';
  kept[maxLines - 1] = `${room}…`;
  return kept;
}
