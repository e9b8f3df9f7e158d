import { describe, expect, it } from 'vitest';
import { paginate, paginateWithBlanks, pagesOf, splitLines } from '../../../src/print/paginate';

const rows = (count: number, height: number) => Array.from({ length: count }, () => height);
const pageHeights = (heights: number[], pages: number[][]) =>
  pages.map((page) => page.reduce((sum, row) => sum + (heights[row] ?? Infinity), 0));

describe('paginate', () => {
  it('gives one empty page for no rows: a sheet always prints', () => {
    expect(paginate([], { capacityMm: 100 })).toEqual([[]]);
  });

  it('fills a page exactly, and starts a new one for one row more', () => {
    expect(paginate(rows(10, 10), { capacityMm: 100 })).toHaveLength(1);
    const over = paginate(rows(11, 10), { capacityMm: 100 });
    expect(over).toHaveLength(2);
    expect(over[1]).toEqual([10]);
  });

  it('keeps an exact fit despite float noise (10 rows of 2.2 mm on 22 mm)', () => {
    expect(paginate(rows(10, 2.2), { capacityMm: 22 })).toHaveLength(1);
  });

  it('counts pages for given row counts', () => {
    for (const [count, pages] of [
      [1, 1],
      [17, 1],
      [18, 2],
      [34, 2],
      [35, 3],
      [100, 6],
    ] as const) {
      expect(paginate(rows(count, 13), { capacityMm: 227 }), `${count} rows`).toHaveLength(pages);
    }
  });

  it('never splits a row and keeps the order: every page holds whole rows within capacity', () => {
    const heights = Array.from({ length: 200 }, (_, i) => 4 + ((i * 37) % 29));
    const pages = paginate(heights, { capacityMm: 120 });
    expect(pages.flat()).toEqual(heights.map((_, i) => i));
    for (const used of pageHeights(heights, pages)) expect(used).toBeLessThanOrEqual(120);
    // Greedy: the first row of each page would not have fitted on the page before.
    pages.slice(1).forEach((page, index) => {
      const before = pageHeights(heights, [pages[index] ?? []])[0] ?? 0;
      expect(before + (heights[page[0] ?? -1] ?? Infinity)).toBeGreaterThan(120);
    });
  });

  it('uses a smaller first page (a graph above the table)', () => {
    const pages = paginate(rows(12, 10), { capacityMm: 100, firstCapacityMm: 30 });
    expect(pages.map((page) => page.length)).toEqual([3, 9]);
  });

  it('leaves the first page empty when a row only fits a full page', () => {
    expect(paginate([50], { capacityMm: 100, firstCapacityMm: 30 })).toEqual([[], [0]]);
  });

  it('refuses a row taller than a page, or of no height', () => {
    expect(() => paginate([101], { capacityMm: 100 })).toThrow(RangeError);
    expect(() => paginate([0], { capacityMm: 100 })).toThrow(RangeError);
    expect(() => paginate([Number.NaN], { capacityMm: 100 })).toThrow(RangeError);
  });

  it('maps indices back to items', () => {
    expect(pagesOf(['a', 'b', 'c'], [[0, 1], [2]])).toEqual([['a', 'b'], ['c']]);
  });
});

describe('paginateWithBlanks', () => {
  it('fills what is left of the last page with blank rows', () => {
    const { pages, blanks } = paginateWithBlanks(rows(3, 10), { capacityMm: 100 }, 7, 4);
    expect(pages).toHaveLength(1);
    expect(blanks).toEqual([10]); // 70 mm left, 7 mm each
  });

  it('adds a page of blank rows when fewer than the minimum fit', () => {
    const { pages, blanks } = paginateWithBlanks(rows(9, 10), { capacityMm: 100 }, 7, 4);
    expect(pages).toEqual([[0, 1, 2, 3, 4, 5, 6, 7, 8], []]);
    expect(blanks).toEqual([1, 14]);
  });

  it('gives a whole page of blank rows when there is no data', () => {
    expect(paginateWithBlanks([], { capacityMm: 100 }, 10, 3).blanks).toEqual([10]);
  });
});

describe('splitLines', () => {
  it('cuts a block into chunks of whole lines', () => {
    expect(splitLines([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(splitLines([], 3)).toEqual([[]]);
    expect(() => splitLines([1], 0)).toThrow(RangeError);
  });
});
