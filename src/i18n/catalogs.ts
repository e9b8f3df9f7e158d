import { fr } from './fr';
import type { Language, Messages } from './types';

/**
 * The catalogue of a language. French is the app's own language and ships with it; English
 * loads on demand (precached by the service worker, so it loads offline too).
 */
export const loadCatalog = (language: Language): Promise<Messages> =>
  language === 'fr' ? Promise.resolve(fr) : import('./en').then((module) => module.en);
