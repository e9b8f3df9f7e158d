import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTimeZone } from '../ui/wardTime';
import { loadCatalogs, loadedCatalogs } from './catalogs';
import { frFirst } from './fr/first';
import { LOCALES, translator, type Catalogue, type Translate } from './translate';
import { LANGUAGES, type Language } from './types';

const STORAGE_KEY = 'releve.language';

export interface I18n {
  language: Language;
  setLanguage: (language: Language) => void;
  t: Translate;
  /**
   * 'first' while only the lock screen's French words are there (`fr/first.ts`), 'whole' once
   * the language's catalogue has loaded, 'failed' if its chunk could not be loaded.
   */
  words: Words;
  /** Date and time on the ward's clock, 24 h: "29/11/2026 19:05". */
  formatDateTime: (iso: string) => string;
  formatTime: (iso: string) => string;
  formatNumber: (value: number, options?: Intl.NumberFormatOptions) => string;
}

const I18nContext = createContext<I18n | null>(null);

function initialLanguage(): Language {
  const saved = globalThis.localStorage?.getItem(STORAGE_KEY);
  return LANGUAGES.find((l) => l === saved) ?? 'fr';
}

export type Words = 'first' | 'whole' | 'failed';

interface Loaded {
  language: Language;
  messages: Catalogue;
  fallback: Catalogue;
  words: Words;
}

const FIRST: Loaded = { language: 'fr', messages: frFirst, fallback: frFirst, words: 'first' };

/**
 * The chosen language, and the one shown: a catalogue that loads on demand replaces the
 * screen's words only once it is there. In French the lock screen's words are there at once;
 * in English nothing is shown before its catalogue.
 */
function useCatalog() {
  const [language, setLanguage] = useState<Language>(initialLanguage);
  const [loaded, setLoaded] = useState<Loaded | null>(() => {
    const catalogues = loadedCatalogs(language);
    if (catalogues) return { ...catalogues, words: 'whole' };
    return language === 'fr' ? FIRST : null;
  });
  useEffect(() => {
    let current = true;
    loadCatalogs(language).then(
      (catalogues) => current && setLoaded({ ...catalogues, words: 'whole' }),
      // Its chunk is missing (an interrupted update): say so rather than show keys (App.tsx).
      () => current && setLoaded({ ...FIRST, words: 'failed' }),
    );
    return () => void (current = false);
  }, [language]);
  return { loaded, setLanguage };
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const { loaded, setLanguage } = useCatalog();
  const language = loaded?.language;
  // Shown times are on the ward's clock (its zone setting, `ui/wardTime.tsx`).
  const timeZone = useTimeZone();

  useEffect(() => {
    if (!language) return;
    globalThis.localStorage?.setItem(STORAGE_KEY, language);
    document.documentElement.lang = language;
  }, [language]);

  const value = useMemo<I18n | null>(() => {
    if (!loaded) return null;
    const { language, messages, fallback, words } = loaded;
    const locale = LOCALES[language];
    const base = { timeZone, hourCycle: 'h23' } as const;
    const dateTime = new Intl.DateTimeFormat(locale, {
      ...base,
      dateStyle: 'short',
      timeStyle: 'short',
    });
    const time = new Intl.DateTimeFormat(locale, { ...base, timeStyle: 'short' });
    // One formatter per set of options: building one costs far more than formatting (the MAR
    // formats every dose, the dose form at each render).
    const numbers = new Map<string, Intl.NumberFormat>();
    const numberFormat = (options?: Intl.NumberFormatOptions) => {
      const key = JSON.stringify(options ?? {});
      let format = numbers.get(key);
      if (!format) numbers.set(key, (format = new Intl.NumberFormat(locale, options)));
      return format;
    };
    return {
      language,
      setLanguage,
      t: translator(language, messages, fallback),
      words,
      formatDateTime: (iso) => dateTime.format(new Date(iso)),
      formatTime: (iso) => time.format(new Date(iso)),
      formatNumber: (n, options) => numberFormat(options).format(n),
    };
  }, [loaded, setLanguage, timeZone]);

  if (!value) return null;
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
