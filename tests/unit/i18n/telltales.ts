/**
 * Words that give French away in an English text: short function words and ward words that
 * English never uses. Shared by the catalogue test and the English walk of the screens.
 */
export const FRENCH_TELLTALES = [
  'le',
  'la',
  'les',
  'des',
  'du',
  'une',
  'et',
  'ou',
  'pour',
  'avec',
  'sans',
  'aucun',
  'aucune',
  'est',
  'sur',
  'dans',
  'motif',
  'saisi',
  'saisie',
  'lit',
  'soins',
  'oui',
  'non',
  'jour',
  'jours',
  'heure',
  'tablette',
  'patiente',
  'réglages',
  'service',
  'enregistrer',
  'modifier',
  'annuler',
] as const;

const pattern = new RegExp(`(?<![\\p{L}-])(${FRENCH_TELLTALES.join('|')})(?![\\p{L}-])`, 'iu');

/** The first French telltale word in a text, or null. */
export const frenchWordIn = (text: string): string | null => pattern.exec(text)?.[1] ?? null;

/** Letters and signs only French writes (accents, ligatures, « »). */
export const FRENCH_ONLY_CHARS = /[éèêëàâçùûôîïœæ«»]/i;
