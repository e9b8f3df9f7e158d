import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTimeZone } from '../ui/wardTime';
import { loadCatalog } from './catalogs';
import { fr } from './fr';
import { LOCALES, translator, type Translate } from './translate';
import { LANGUAGES, type Language, type Messages } from './types';

const STORAGE_KEY = 'releve.language';

export interface I18n {
  language: Language;
  setLanguage: (language: Language) => void;
  t: Translate;
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

interface Loaded {
  language: Language;
  messages: Messages;
}

/**
 * The chosen language, and the one shown: a catalogue that loads on demand replaces the
 * screen's words only once it is there (nothing is shown before the first one).
 */
function useCatalog() {
  const [language, setLanguage] = useState<Language>(initialLanguage);
  const [loaded, setLoaded] = useState<Loaded | null>(
    language === 'fr' ? { language, messages: fr } : null,
  );
  useEffect(() => {
    let current = true;
    loadCatalog(language).then(
      (messages) => current && setLoaded({ language, messages }),
      // Its chunk is missing (an interrupted update): stay in French rather than blank.
      () => current && setLoaded({ language: 'fr', messages: fr }),
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
    const { language, messages } = loaded;
    const locale = LOCALES[language];
    const base = { timeZone, hourCycle: 'h23' } as const;
    const dateTime = new Intl.DateTimeFormat(locale, {
      ...base,
      dateStyle: 'short',
      timeStyle: 'short',
    });
    const time = new Intl.DateTimeFormat(locale, { ...base, timeStyle: 'short' });
    return {
      language,
      setLanguage,
      t: translator(language, messages),
      formatDateTime: (iso) => dateTime.format(new Date(iso)),
      formatTime: (iso) => time.format(new Date(iso)),
      formatNumber: (n, options) => new Intl.NumberFormat(locale, options).format(n),
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
