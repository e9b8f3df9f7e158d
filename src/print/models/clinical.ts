import type { Allergy, AllergySeverity } from '../../domain/admission';
import type { Identity } from '../../domain/identity';
import type { PrintFormat } from '../format';
import { textColumns } from '../text';
import type { PrintClinical } from '../types';

/** Severe first: when the list is cut, what is cut is the least dangerous. */
const RANK: Record<AllergySeverity, number> = { severe: 0, unknown: 1, moderate: 2, mild: 3 };

export const byDanger = (items: readonly Allergy[]): Allergy[] =>
  [...items].sort((a, b) => RANK[a.severity] - RANK[b.severity]);

/** "Pénicilline (SÉVÈRE, Œdème de Quincke)" */
export function allergyText(item: Allergy, fmt: PrintFormat): string {
  const details = [fmt.t(`print.severities.${item.severity}`), item.reaction].filter(Boolean);
  return `${item.substance} (${details.join(', ')})`;
}

/** The text cut to `cols` columns, "…" marking the cut. */
export function cutText(text: string, cols: number): string {
  if (textColumns(text) <= cols) return text;
  let kept = '';
  for (const char of text) {
    if (textColumns(kept + char) > cols - 1) break;
    kept += char;
  }
  return `${kept}…`;
}

export interface FittedList<T> {
  shown: T[];
  /** How many were left out: printed as "… and N more". */
  more: number;
}

/**
 * The first items, most dangerous first, whose texts (joined by `sepCols` columns) fit in
 * `maxCols` with room for the "… and N more" mark. At least one is always shown: a
 * substance cut short still says more than nothing.
 */
export function fitList<T>(
  items: readonly T[],
  textOf: (item: T) => string,
  maxCols: number,
  markCols: number,
  sepCols = 3,
): FittedList<T> {
  const widths = items.map((item) => textColumns(textOf(item)));
  const total = widths.reduce((sum, w, i) => sum + w + (i > 0 ? sepCols : 0), 0);
  if (total <= maxCols) return { shown: [...items], more: 0 };
  const shown: T[] = [];
  let used = 0;
  for (const [index, item] of items.entries()) {
    const width = (widths[index] ?? 0) + (shown.length > 0 ? sepCols : 0);
    if (shown.length > 0 && used + width > maxCols - markCols) break;
    shown.push(item);
    used += width;
  }
  return { shown, more: items.length - shown.length };
}

/**
 * The allergy line of a label, `chars` columns at most: "ALLERGIE : Pénicilline, Latex",
 * substances only, most dangerous first, "… +2" when some are left out.
 */
export function labelAllergyLine(clinical: PrintClinical, chars: number, fmt: PrintFormat) {
  const { allergies } = clinical;
  if (allergies === null) return fmt.t('printHeader.unrecorded').toLocaleUpperCase('fr');
  if (allergies.status === 'noneKnown') return fmt.t('printHeader.noneKnown');
  const items = byDanger(allergies.items);
  const head = fmt.t(items.length > 1 ? 'printHeader.allergyMany' : 'printHeader.allergyOne');
  const mark = (count: number) => fmt.t('printHeader.labelMore', { count });
  const room = chars - textColumns(head) - 1;
  const { shown, more } = fitList(items, (item) => item.substance, room, textColumns(mark(9)), 2);
  const list = shown.map((item) => item.substance).join(', ');
  return `${head} ${list}${more > 0 ? ` ${mark(more)}` : ''}`;
}

/** The names line with all first names: "DURAND (MARTIN) Jeanne Marie Louise". */
export function fullNameText(identity: Identity): string {
  const upper = (name: string) => name.toLocaleUpperCase('fr');
  const used = identity.usedName ? ` (${upper(identity.usedName)})` : '';
  return `${upper(identity.birthName)}${used} ${identity.firstNames ?? identity.firstName}`;
}

/**
 * How tight the printed band must be set for these names: the band has a fixed height, so
 * long names are set smaller rather than cut (the columns are the band's names line).
 */
export type BandFit = 'normal' | 'compact' | 'tight';
export function bandFit(identity: Identity): BandFit {
  const used = identity.usedName ? identity.usedName.length + 16 : 0;
  const names = identity.birthName.length + used + identity.firstName.length;
  const traits = (identity.firstNames?.length ?? 0) + (identity.usedFirstName?.length ?? 0);
  if (names <= 48 && traits <= 40) return 'normal';
  if (names <= 110 && traits <= 70) return 'compact';
  return 'tight';
}
