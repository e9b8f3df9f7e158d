import { charsPerLine, MM_PER_PT, wrapText } from './text';
import type { Orientation } from './types';

/**
 * Page geometry in millimetres. The page boxes are sized from these numbers (inline), so
 * what paginate counts and what the printer draws are the same. `@page` margins are 0:
 * the page element carries its own padding, identical on screen and on paper.
 */
export const PAGE_MM = {
  portrait: { width: 210, height: 297 },
  landscape: { width: 297, height: 210 },
} as const;

/** Inner margins of a page: printers cannot print the outer 4–5 mm. */
export const PADDING_MM = { top: 8, bottom: 7.5, side: 10 } as const;

/** The page box is this much shorter than the paper: a box of exactly 297 mm can round up
 * by a fraction of a pixel and push an empty page out after every page. */
export const PAGE_TRIM_MM = 0.5;

export const pageBox = (orientation: Orientation) => ({
  width: PAGE_MM[orientation].width,
  height: PAGE_MM[orientation].height - PAGE_TRIM_MM,
});

/** The QR code, quiet zone included: about 0.55 mm a module for a version 7–8 code. */
export const QR_MM = 28;

/**
 * Header: ward and title lines, then on patient sheets the identity band and the clinical
 * strip (allergies, isolation, level of care); the QR beside. A blank admission sheet has a
 * band to fill by hand and no strip (its body asks for the allergies).
 */
export const HEAD_MM = { ward: 30, patient: 52, blank: 41 } as const;
/** The clinical strip under the band: allergies on the left, isolation and level beside. */
export const CLINICAL_MM = { height: 11, side: 60, gap: 2, fontPt: 8.5, lines: 2 } as const;
/** Footer: printed at, data up to, device, page N / M. */
export const FOOT_MM = 9;

/** Safety margin kept free at the bottom of a body: table borders add fractions of a mm. */
export const BODY_SLACK_MM = 2;

export interface Frame {
  orientation: Orientation;
  /** Whether the page carries a patient's identity band. */
  band: boolean;
  /** The band is the blank admission sheet's, to fill by hand, without the clinical strip. */
  blank?: boolean;
}

export const contentWidth = (orientation: Orientation) =>
  PAGE_MM[orientation].width - 2 * PADDING_MM.side;

/** Width of the header's text column (the QR code takes the rest). */
export const headTextWidth = (orientation: Orientation) => contentWidth(orientation) - QR_MM - 3;

export const headHeight = (frame: Frame) =>
  frame.band ? (frame.blank ? HEAD_MM.blank : HEAD_MM.patient) : HEAD_MM.ward;

/** Height of the body box between header and footer. */
export const bodyHeight = (frame: Frame) =>
  pageBox(frame.orientation).height -
  PADDING_MM.top -
  PADDING_MM.bottom -
  headHeight(frame) -
  FOOT_MM;

/** Height rows may fill in the body: the box less the safety margin. */
export const bodyCapacity = (frame: Frame) => bodyHeight(frame) - BODY_SLACK_MM;

/** Monospace text of the tables: size and line pitch (mm), used by every sheet. */
export const TEXT = { fontPt: 8.5, lineMm: 3.7, cellPadMm: 0.8, borderMm: 0.25 } as const;

/** Characters of monospace text that fit in a table cell `widthMm` wide (1 mm side padding). */
export const cellChars = (widthMm: number, fontPt: number = TEXT.fontPt) =>
  charsPerLine(widthMm - 2, fontPt);

/** Height of a table row holding `lines` lines of text. */
export const rowHeight = (lines: number, minLines = 1) =>
  Math.max(lines, minLines) * TEXT.lineMm + 2 * TEXT.cellPadMm + TEXT.borderMm;

/**
 * A table's header row: print.css sets every `th` 7 mm high, and a cell's height wins over
 * its row's, so a header row counted shorter (the MAR and care plan counted 6) pushed their
 * last rows 1 mm past the page.
 */
export const TABLE_HEAD_MM = 7;

/** `th` in print.css: 8 pt, line height 1.15. */
const HEADING = { fontPt: 8, lineHeight: 1.15 } as const;

/**
 * A header row's height from its headings and column widths (mm), never under `minMm`. The
 * headings are set in the proportional font, counted with the wider monospace advance, so
 * the count is never short: "Date, heure, initiales" wraps in the notes' 26 mm column, and a
 * fixed 7.5 mm row counted 3.6 px short pushed the last row past the page.
 */
export const tableHeadHeight = (
  headings: readonly string[],
  widthsMm: readonly number[],
  minMm = TABLE_HEAD_MM,
) => {
  const lines = Math.max(
    ...headings.map(
      (heading, index) => wrapText(heading, cellChars(widthsMm[index] ?? 0, HEADING.fontPt)).length,
    ),
  );
  const textMm = lines * HEADING.fontPt * MM_PER_PT * HEADING.lineHeight;
  return Math.max(minMm, textMm + 2 * TEXT.cellPadMm + TEXT.borderMm);
};

/** The legend under a table (`.sheet-legend` in print.css): 8 pt, 1.3 line height, 1.5 mm above. */
export const LEGEND = { fontPt: 8, lineHeight: 1.3, marginMm: 1.5 } as const;

/**
 * Height the legend takes under a table, from its text: it is set in the proportional
 * system font, counted here with the monospace advance, which is wider, so the count is
 * never short. A fixed allowance (9 mm, two lines) let the MAR legend's third line, added
 * with the overdue marks, push the page's last rows out of it.
 */
export const legendHeight = (text: string, orientation: Orientation) =>
  LEGEND.marginMm +
  wrapText(text, charsPerLine(contentWidth(orientation), LEGEND.fontPt)).length *
    LEGEND.fontPt *
    MM_PER_PT *
    LEGEND.lineHeight;
