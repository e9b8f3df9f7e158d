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

const overflows = (box: Element) =>
  box.scrollHeight > box.clientHeight + SLACK_PX || box.scrollWidth > box.clientWidth + SLACK_PX;

/** The pages in `root` (or `root` itself) with a box whose content does not fit it. */
export function overflowingPages(root: ParentNode): OverflowingPage[] {
  const pages =
    root instanceof HTMLElement && root.matches('.sheet-page')
      ? [root]
      : [...root.querySelectorAll<HTMLElement>('.sheet-page')];
  return pages
    .filter((page) => [...page.querySelectorAll(BOXES)].some(overflows))
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
