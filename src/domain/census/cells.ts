import type { Allergies, Allergy, IsolationPrecaution, LevelOfCare } from '../admission';
import { foldWords } from '../allergyCheck';
import { DEFAULT_TIME_ZONE, dayFirstToIso, typedToIso } from '../time';
import type { ValidationCode } from '../validation';

// Cells of a census CSV as a French spreadsheet writes them, to the admission's input values.
// A cell that cannot be read gives a code; an empty cell gives undefined (not given).

export type Cell<T> = { value: T | undefined } | { code: ValidationCode };

const words = (text: string) => foldWords(text).join(' ');

/** 29/11/1950, 29.11.1950 or 1950-11-29 as YYYY-MM-DD (the schema checks the day exists). */
export function birthDateCell(text: string): Cell<string> {
  if (!text) return { value: undefined };
  const iso = dayFirstToIso(text);
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) ? { value: iso } : { code: 'invalidDate' };
}

const OFFSET_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * "28/11/2026 08:00" (also 08h00, with seconds, or ISO "2026-11-28 08:00") read on the ward's
 * clock; an ISO time with its offset is kept as it is.
 */
export function admittedAtCell(text: string, timeZone = DEFAULT_TIME_ZONE): Cell<string> {
  if (!text) return { value: undefined };
  if (OFFSET_DATETIME.test(text) && !Number.isNaN(Date.parse(text))) return { value: text };
  const match = /^(\S+)[\sT]+(\d{1,2}\s*[:hH.]?\s*\d{2})(?::\d{2})?$/.exec(text.trim());
  const iso = match ? typedToIso(match[1] ?? '', match[2] ?? '', timeZone) : undefined;
  return iso ? { value: iso } : { code: 'invalidDate' };
}

const SEXES: Record<string, 'F' | 'M' | 'I'> = {
  f: 'F',
  feminin: 'F',
  femme: 'F',
  m: 'M',
  h: 'M',
  masculin: 'M',
  homme: 'M',
  i: 'I',
  indetermine: 'I',
};

export function sexCell(text: string): Cell<'F' | 'M' | 'I'> {
  if (!text) return { value: undefined };
  const sex = SEXES[words(text)];
  return sex ? { value: sex } : { code: 'invalid' };
}

/** "61,5" or "61.5"; a unit typed after the number ("61,5 kg") is allowed. */
export function numberCell(text: string): Cell<number> {
  if (!text) return { value: undefined };
  const match = /^(\d+(?:[.,]\d+)?)\s*(?:kg|cm)?$/i.exec(text.trim());
  return match ? { value: Number((match[1] ?? '').replace(',', '.')) } : { code: 'invalid' };
}

const ISOLATIONS: Record<string, IsolationPrecaution> = {
  aucun: 'none',
  aucune: 'none',
  non: 'none',
  none: 'none',
  contact: 'contact',
  gouttelette: 'droplet',
  droplet: 'droplet',
  air: 'airborne',
  aerien: 'airborne',
  airborne: 'airborne',
  protecteur: 'protective',
  protective: 'protective',
};

/** "aucun", "contact", "contact + gouttelettes" (also "," "|" "/" between them). */
export function isolationCell(text: string): Cell<IsolationPrecaution[]> {
  if (!text) return { value: undefined };
  const parts = text
    .split(/[+,|/]/)
    .map(words)
    .filter(Boolean);
  const list = parts.map((part) => ISOLATIONS[part]);
  return list.every((p) => p !== undefined) ? { value: list } : { code: 'invalid' };
}

/** The ward's words for the level of care, or its code; the most specific is tried first. */
export function levelOfCareCell(text: string): Cell<LevelOfCare> {
  if (!text) return { value: undefined };
  const said = ` ${words(text)} `;
  const has = (...needles: string[]) => needles.some((n) => said.includes(` ${n} `));
  if (has('confort', 'comfort', 'palliatif')) return { value: 'comfort' };
  if (has('transfert', 'pas de rea', 'pas de reanimation', 'noicu')) return { value: 'noIcu' };
  if (has('rcp', 'massage', 'nocpr')) return { value: 'noCpr' };
  if (has('complet', 'full')) return { value: 'full' };
  return { code: 'invalid' };
}

const NONE_KNOWN = new Set(['aucune', 'aucune connue', 'aucune allergie connue', 'aac', 'neant']);
const SEVERITIES: Record<string, Allergy['severity']> = {
  legere: 'mild',
  moderee: 'moderate',
  severe: 'severe',
  inconnue: 'unknown',
};

/**
 * Empty: not recorded (never "none known"). "aucune" (or AAC, néant): no known allergy.
 * Otherwise a list separated by "|": `substance`, then `: reaction` if known, then the
 * severity in brackets if known: "Pénicilline : urticaire (sévère) | Latex".
 */
export function allergiesCell(text: string): Cell<Allergies> {
  if (!text) return { value: undefined };
  if (NONE_KNOWN.has(words(text))) return { value: { status: 'noneKnown' } };
  const items = text.split('|').map((item): Allergy | undefined => {
    let rest = item.trim();
    let severity: Allergy['severity'] = 'unknown';
    const bracket = /\(([^()]*)\)\s*$/.exec(rest);
    const known = bracket ? SEVERITIES[words(bracket[1] ?? '')] : undefined;
    if (bracket && known) {
      severity = known;
      rest = rest.slice(0, bracket.index).trim();
    }
    const [substance = '', ...reaction] = rest.split(':');
    if (!substance.trim()) return undefined;
    const said = reaction.join(':').trim();
    return { substance: substance.trim(), severity, ...(said ? { reaction: said } : {}) };
  });
  const known = items.filter((item): item is Allergy => item !== undefined);
  return known.length === items.length
    ? { value: { status: 'known', items: known } }
    : { code: 'invalid' };
}
