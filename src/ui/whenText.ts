import { useMemo } from 'react';
import { calendarDaysFrom } from '../domain/time';
import { useI18n } from '../i18n/I18nProvider';
import { LOCALES } from '../i18n/translate';
import { useTimeZone } from './wardTime';

/**
 * A time that may not be today's, in words: "08:50" today, "demain 08:50", "hier 08:50",
 * else "mer. 3 déc. 08:50" — never a bare time that reads as today's.
 */
export function useWhenText() {
  const { t, language, formatTime } = useI18n();
  const timeZone = useTimeZone();
  // Made once per language and zone, not at every render of every MAR row (0.2 ms each).
  const day = useMemo(
    () =>
      new Intl.DateTimeFormat(LOCALES[language], {
        timeZone,
        weekday: 'short',
        day: 'numeric',
        month: 'short',
      }),
    [language, timeZone],
  );
  return (iso: string, now: string): string => {
    const time = formatTime(iso);
    switch (calendarDaysFrom(now, iso, timeZone)) {
      case 0:
        return time;
      case 1:
        return t('medSafety.when.tomorrow', { time });
      case -1:
        return t('medSafety.when.yesterday', { time });
      default:
        return `${day.format(new Date(iso))} ${time}`;
    }
  };
}
