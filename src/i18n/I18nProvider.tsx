import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { LOCALES, translator, type Translate } from './translate';
import { LANGUAGES, type Language } from './types';
import { useTimeZone } from '../ui/wardTime';

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

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguage] = useState<Language>(initialLanguage);
  // Shown times are on the ward's clock (its zone setting, `ui/wardTime.tsx`).
  const timeZone = useTimeZone();

  useEffect(() => {
    globalThis.localStorage?.setItem(STORAGE_KEY, language);
    document.documentElement.lang = language;
  }, [language, timeZone]);

  const value = useMemo<I18n>(() => {
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
      t: translator(language),
      formatDateTime: (iso) => dateTime.format(new Date(iso)),
      formatTime: (iso) => time.format(new Date(iso)),
      formatNumber: (n, options) => new Intl.NumberFormat(locale, options).format(n),
    };
  }, [language, timeZone]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
