import type { Catalogue } from './translate';
import type { Language, Messages } from './types';

/** A language's words, and the French ones that fill what they lack. */
export interface Catalogues {
  /** The language shown: French when the English chunk could not be loaded. */
  language: Language;
  messages: Messages;
  fallback: Catalogue;
}

const loaded = new Map<Language, Catalogues>();

/** The catalogues of a language if they have loaded already (a provider mounted again). */
export const loadedCatalogs = (language: Language): Catalogues | undefined => loaded.get(language);

/**
 * The whole catalogue of a language, on demand (precached by the service worker, so it loads
 * offline too). Only the French words of the lock screen ship with the app's first chunk
 * (`fr/first.ts`); the rest of French loads as soon as the app starts, English when chosen.
 * Rejects only if the French chunk cannot be loaded; without English, French is shown.
 */
export async function loadCatalogs(language: Language): Promise<Catalogues> {
  const [{ fr }, english] = await Promise.all([
    import('./fr'),
    language === 'en' ? import('./en').catch(() => null) : null,
  ]);
  const catalogues: Catalogues = english
    ? { language: 'en', messages: english.en, fallback: fr }
    : { language: 'fr', messages: fr, fallback: fr };
  if (catalogues.language === language) loaded.set(language, catalogues);
  return catalogues;
}
