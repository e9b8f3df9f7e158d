import type { Allergies, Allergy } from './admission';
import { DRUG_CLASSES, type DrugClassId } from './drugClasses';

/**
 * Whether a drug being transcribed matches one of the patient's recorded allergies:
 *
 * - 'substance': the allergy's words appear, whole and in order, in the drug's name, or the
 *   drug's in the allergy's ("Amoxicilline" against "amoxicilline – urticaire"); accents,
 *   case, punctuation and a plural s are ignored;
 * - 'class': both belong to one class of `drugClasses.ts` ("Pénicilline" and "Augmentin");
 * - 'cross': they belong to classes that may cross-react (penicillins and cephalosporins).
 *
 * A match is a warning, not a ban: the nurse checks with the prescriber and records why she
 * transcribes anyway. A free-text allergy we cannot read ("antibiotique") matches nothing:
 * the allergies are always shown on the form for that reason.
 */
export type AllergyMatchKind = 'substance' | 'class' | 'cross';

export interface AllergyMatch {
  allergy: Allergy;
  kind: AllergyMatchKind;
  /** The class that matched (the drug's, for a cross-reactivity); absent for 'substance'. */
  drugClass?: DrugClassId;
}

/** Lower case, no accents, letters and digits only, a final plural s dropped. */
export function foldWords(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .map((word) => (word.length > 3 && word.endsWith('s') ? word.slice(0, -1) : word));
}

/** Whether `needle`'s words appear, whole and consecutive, among `hay`'s. */
function containsWords(hay: readonly string[], needle: readonly string[]): boolean {
  if (needle.length === 0 || needle.length > hay.length) return false;
  for (let i = 0; i + needle.length <= hay.length; i++) {
    if (needle.every((word, j) => hay[i + j] === word)) return true;
  }
  return false;
}

const classesOf = (words: readonly string[], withNames: boolean): Set<DrugClassId> =>
  new Set(
    DRUG_CLASSES.filter((drugClass) =>
      [...drugClass.members, ...(withNames ? drugClass.names : [])].some((term) =>
        containsWords(words, foldWords(term)),
      ),
    ).map((drugClass) => drugClass.id),
  );

/** The recorded allergies the drug's name matches, each once, strongest match first. */
export function matchAllergies(drug: string, allergies: Allergies | undefined): AllergyMatch[] {
  if (!allergies || allergies.status !== 'known') return [];
  const drugWords = foldWords(drug);
  if (drugWords.length === 0) return [];
  const drugClasses = classesOf(drugWords, false);
  const matches: AllergyMatch[] = [];
  for (const allergy of allergies.items) {
    const words = foldWords(allergy.substance);
    if (containsWords(drugWords, words) || containsWords(words, drugWords)) {
      matches.push({ allergy, kind: 'substance' });
      continue;
    }
    const allergyClasses = classesOf(words, true);
    const shared = [...drugClasses].find((id) => allergyClasses.has(id));
    if (shared) {
      matches.push({ allergy, kind: 'class', drugClass: shared });
      continue;
    }
    const cross = DRUG_CLASSES.find(
      (c) =>
        drugClasses.has(c.id) && (c.crossReactsWith ?? []).some((id) => allergyClasses.has(id)),
    );
    if (cross) matches.push({ allergy, kind: 'cross', drugClass: cross.id });
  }
  return matches;
}

/**
 * The check of a transcription: every matched allergy must have been shown in the warning
 * the override answers (an allergy recorded meanwhile in another tab makes a new warning),
 * and the override needs a reason. Paths are the payload's.
 */
export function allergyIssues(
  matches: readonly AllergyMatch[],
  override: { shown: readonly string[]; reason: string } | undefined,
): { path: string; code: 'allergyMatch' | 'required' }[] {
  if (matches.length === 0) return [];
  const shown = new Set((override?.shown ?? []).map((s) => foldWords(s).join(' ')));
  const unseen = matches.some((m) => !shown.has(foldWords(m.allergy.substance).join(' ')));
  if (!override || unseen) return [{ path: 'allergyOverride', code: 'allergyMatch' }];
  return override.reason.trim() ? [] : [{ path: 'allergyOverride.reason', code: 'required' }];
}
