/**
 * Boxes of a printed page whose content does not fit once drawn: a header, a body, the
 * identity band or one of its traits, the allergy strip, a label. The sheets are counted
 * before drawing; this catches what the counting missed (a font wider than assumed), so
 * that a page cut short is never printed.
 */
const BOXES = [
  '.sheet-head',
  '.sheet-body',
  '.identity-band',
  '.identity-traits dd',
  '.print-clinical',
  '.print-allergies',
  '.print-care',
  '.label',
].join(', ');

/** One pixel of rounding is not an overflow. */
const SLACK_PX = 1;

export interface OverflowingPage {
  /** The page's accessible name: sheet title and page N / M. */
  page: string;
  /** The patient's birth name and first name, when the page is a patient's. */
  patient: string | null;
}

/**
 * Reads `page` at the size it prints. On a narrow screen the preview is zoomed out
 * (print.css), and zoom rounds each row up to whole screen pixels: up to 1.6 px a row, so a
 * notes page that fits on paper measured 2 px over and blocked the whole pack.
 */
function atPrintSize<T>(page: HTMLElement, read: () => T): T {
  const zoom = page.style.zoom;
  page.style.zoom = '1';
  try {
    return read();
  } finally {
    page.style.zoom = zoom;
  }
}

const overflows = (box: Element) =>
  box.scrollHeight > box.clientHeight + SLACK_PX || box.scrollWidth > box.clientWidth + SLACK_PX;

/** The pages in `root` (or `root` itself) with a box whose content does not fit it. */
export function overflowingPages(root: ParentNode): OverflowingPage[] {
  const pages =
    root instanceof HTMLElement && root.matches('.sheet-page')
      ? [root]
      : [...root.querySelectorAll<HTMLElement>('.sheet-page')];
  return pages
    .filter((page) => atPrintSize(page, () => [...page.querySelectorAll(BOXES)].some(overflows)))
    .map((page) => {
      const names = ['.identity-birth-name', '.identity-first-name'].map(
        (selector) => page.querySelector(selector)?.textContent ?? '',
      );
      return {
        page: page.getAttribute('aria-label') ?? '',
        patient: names.join(' ').trim() || null,
      };
    });
}
