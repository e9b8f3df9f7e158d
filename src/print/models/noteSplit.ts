import { rowHeight, TEXT } from '../geometry';
import { splitLines } from '../paginate';

/** Rounding slack, as in paginate.ts: the two must agree on what fits. */
const EPSILON = 1e-6;
/** A note is cut at the foot of a page only when that leaves this many lines there… */
const MIN_LINES_BEFORE_CUT = 3;
/** …and this many for the next page; a shorter note is read best whole. */
const MIN_LINES_AFTER_CUT = 3;

/** The when and target cells of a notes row, one string a line. */
export interface NoteCells {
  when: string[];
  target: string[];
}

export interface NoteChunk extends NoteCells {
  text: string[];
  heightMm: number;
}

const chunkOf = (cells: NoteCells, text: string[]): NoteChunk => ({
  ...cells,
  text,
  heightMm: rowHeight(Math.max(cells.when.length, cells.target.length, text.length)),
});

/**
 * Cuts the notes of a sheet into rows that fill the pages in order, as paginate will lay
 * them out. A note that does not fit the rest of the page starts there all the same when at
 * least three of its lines fit and three are left for the next page (a long note used to jump
 * to the next page and leave a blank half-page); its continuation rows fill the next pages,
 * marked by `next` cells. A short note that does not fit goes whole to the next page.
 */
export function noteCutter(capacityMm: number, maxLines: number) {
  let used = 0;
  const place = (height: number) => {
    used = used + height > capacityMm + EPSILON ? height : used + height;
  };
  return (first: NoteCells, next: NoteCells, text: readonly string[]): NoteChunk[] => {
    const whole = chunkOf(first, [...text]);
    const head = Math.max(first.when.length, first.target.length, MIN_LINES_BEFORE_CUT);
    const fit = Math.floor((capacityMm - used - rowHeight(0) + EPSILON) / TEXT.lineMm);
    const chunks: NoteChunk[] = [];
    if (used + whole.heightMm <= capacityMm + EPSILON) {
      chunks.push(whole);
    } else if (fit >= head && text.length - fit >= MIN_LINES_AFTER_CUT) {
      chunks.push(chunkOf(first, text.slice(0, fit)));
      const rest = splitLines(text.slice(fit), maxLines);
      chunks.push(...rest.map((lines) => chunkOf(next, lines)));
    } else {
      const [start = [], ...rest] = splitLines(text, maxLines);
      chunks.push(chunkOf(first, start), ...rest.map((lines) => chunkOf(next, lines)));
    }
    for (const chunk of chunks) place(chunk.heightMm);
    return chunks;
  };
}
