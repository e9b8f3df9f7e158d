import { DEFAULT_TIME_ZONE } from '../domain/time';
import { useI18n } from '../i18n/I18nProvider';
import { LOCALES, type Translate } from '../i18n/translate';
import type { Language } from '../i18n/types';
import { useTimeZone } from '../ui/wardTime';

/** What the sheet builders need to turn data into printed words, on the ward's clock. */
export interface PrintFormat {
  t: Translate;
  /** The ward's time zone (its settings): every printed time, day and window is on it. */
  timeZone: string;
  /** "29/11/2026 14:05" */
  dateTime: (iso: string) => string;
  /** "29/11 14:05": dates within a sheet's window need no year. */
  shortDateTime: (iso: string) => string;
  /** "14:05" */
  time: (iso: string) => string;
  /** "sam. 29/11" */
  day: (iso: string) => string;
  /** "14": the hour alone, two digits. */
  hour: (iso: string) => string;
  number: (value: number) => string;
}

/** Formatters for one language; Intl objects are made once (they are slow to make). */
export function printFormat(
  language: Language,
  t: Translate,
  timeZone: string = DEFAULT_TIME_ZONE,
): PrintFormat {
  const locale = LOCALES[language];
  const base = { timeZone, hourCycle: 'h23' } as const;
  const make = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(locale, { ...base, ...options });
  const dateTime = make({ dateStyle: 'short', timeStyle: 'short' });
  const short = make({ day: '2-digit', month: '2-digit', hour: '2-digit', minute: '2-digit' });
  const time = make({ hour: '2-digit', minute: '2-digit' });
  const day = make({ weekday: 'short', day: '2-digit', month: '2-digit' });
  const hour = make({ hour: '2-digit' });
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const at = (format: Intl.DateTimeFormat) => (iso: string) => format.format(new Date(iso));
  return {
    t,
    timeZone,
    dateTime: at(dateTime),
    shortDateTime: (iso) => at(short)(iso).replace(',', ''),
    time: at(time),
    day: at(day),
    // Some locales add a unit ("14 h"): keep the digits only.
    hour: (iso) =>
      hour.formatToParts(new Date(iso)).find((part) => part.type === 'hour')?.value ?? '',
    number: (value) => number.format(value),
  };
}

/**
 * One set of formatters per translator, shared by every page: made per component, they were
 * six Intl objects per printed page, a quarter of a 160-page pack's preparation time.
 */
const shared = new WeakMap<Translate, Map<string, PrintFormat>>();

export function usePrintFormat(): PrintFormat {
  const { language, t } = useI18n();
  const timeZone = useTimeZone();
  let byLanguage = shared.get(t);
  if (!byLanguage) shared.set(t, (byLanguage = new Map()));
  const key = `${language} ${timeZone}`;
  let fmt = byLanguage.get(key);
  if (!fmt) byLanguage.set(key, (fmt = printFormat(language, t, timeZone)));
  return fmt;
}
