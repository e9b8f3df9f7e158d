/**
 * Deterministic pagination: every row has a height in millimetres known before rendering,
 * so the number of pages (page N of M) is known before anything is drawn and no row is
 * ever split across two pages. Rows are atomic: a caller with a row taller than a page
 * splits it first (see splitLines).
 */

/** Rounding slack: 1e-6 mm keeps 10 rows of 2.2 mm on a 22 mm page despite float noise. */
const EPSILON = 1e-6;

export interface PageCapacity {
  /** Height available for rows on every page, in mm. */
  capacityMm: number;
  /** Height available on the first page when it differs (a graph above the table). */
  firstCapacityMm?: number;
}

const capacityOf = (index: number, spec: PageCapacity) =>
  index === 0 ? (spec.firstCapacityMm ?? spec.capacityMm) : spec.capacityMm;

/**
 * Groups rows into pages in order, as many as fit on each. Returns the row indices of each
 * page; no rows give one empty page, because a sheet always prints at least one page.
 * Throws a RangeError for a row that fits on no page.
 */
export function paginate(heights: readonly number[], spec: PageCapacity): number[][] {
  const pages: number[][] = [[]];
  let used = 0;
  heights.forEach((height, row) => {
    if (!(height > 0) || height > spec.capacityMm + EPSILON) {
      throw new RangeError(`row ${row} is ${height} mm: it must be > 0 and fit on a page`);
    }
    const current = pages.length - 1;
    // An empty first page stays empty when the row only fits a full page (graph above).
    if (used + height > capacityOf(current, spec) + EPSILON) {
      pages.push([row]);
      used = height;
      return;
    }
    pages[current]?.push(row);
    used += height;
  });
  return pages;
}

/** The items of each page, from paginate's indices. */
export const pagesOf = <T>(items: readonly T[], pages: readonly number[][]): T[][] =>
  pages.map((page) => page.flatMap((index) => (index in items ? [items[index] as T] : [])));

export interface BlankFill {
  /** Row indices of each page, as paginate gives them (pages may have been added). */
  pages: number[][];
  /** Blank rows to draw at the end of each page. */
  blanks: number[];
}

/**
 * Paginates the rows, then fills the space left on the last page with blank rows of
 * `blankMm` to continue by hand. When fewer than `minBlanks` fit, a page of blank rows
 * follows, so there is always room to write.
 */
export function paginateWithBlanks(
  heights: readonly number[],
  spec: PageCapacity,
  blankMm: number,
  minBlanks: number,
): BlankFill {
  if (!(blankMm > 0) || blankMm > spec.capacityMm) throw new RangeError('blank row does not fit');
  const pages = paginate(heights, spec);
  const blanks = pages.map(() => 0);
  const last = pages.length - 1;
  const used = (pages[last] ?? []).reduce((sum, row) => sum + (heights[row] ?? 0), 0);
  const fit = Math.floor((capacityOf(last, spec) - used + EPSILON) / blankMm);
  blanks[last] = fit;
  if (fit < minBlanks) {
    pages.push([]);
    blanks.push(Math.floor((spec.capacityMm + EPSILON) / blankMm));
  }
  return { pages, blanks };
}

/**
 * Splits a block of lines too tall for a page into chunks that fit, each `chunkLines` at
 * most: a 70-line note becomes rows of whole lines (the continuation is marked by the sheet).
 */
export function splitLines<T>(lines: readonly T[], chunkLines: number): T[][] {
  if (!Number.isInteger(chunkLines) || chunkLines < 1) throw new RangeError('chunkLines < 1');
  if (lines.length === 0) return [[]];
  const chunks: T[][] = [];
  for (let i = 0; i < lines.length; i += chunkLines) chunks.push(lines.slice(i, i + chunkLines));
  return chunks;
}
