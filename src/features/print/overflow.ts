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

export function overflowingPages(root: ParentNode): OverflowingPage[] {
  const pages = new Map<Element, OverflowingPage>();
  for (const box of root.querySelectorAll(BOXES)) {
    const over =
      box.scrollHeight > box.clientHeight + SLACK_PX ||
      box.scrollWidth > box.clientWidth + SLACK_PX;
    const page = box.closest('.sheet-page');
    if (!over || !page || pages.has(page)) continue;
    const names = ['.identity-birth-name', '.identity-first-name'].map(
      (selector) => page.querySelector(selector)?.textContent ?? '',
    );
    pages.set(page, {
      page: page.getAttribute('aria-label') ?? '',
      patient: names.join(' ').trim() || null,
    });
  }
  return [...pages.values()];
}
