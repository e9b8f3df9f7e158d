import type { Schedule } from '../domain/schedule';
import { useI18n } from '../i18n/I18nProvider';

/** A schedule in words: "08:00, 12:00, 18:00", "toutes les 6 h", "si besoin (douleur), 4/24 h". */
export function useScheduleText() {
  const { t, formatDateTime, formatTime, formatNumber } = useI18n();
  return (schedule: Schedule): string => {
    switch (schedule.kind) {
      case 'fixed-times':
        return t('charting.schedule.text.fixed', { times: schedule.times.join(', ') });
      case 'every-n-hours':
        return t('charting.schedule.text.every', {
          hours: schedule.intervalHours,
          first: formatTime(schedule.start),
        });
      case 'once':
        return t('charting.schedule.text.once', { at: formatDateTime(schedule.start) });
      case 'prn': {
        const { maxAmountPer24h: amount, minIntervalHours: hours } = schedule;
        return [
          t('charting.schedule.text.prn', {
            indication: schedule.indication,
            max: schedule.maxDosesPer24h,
          }),
          amount &&
            t('medSafety.prn.scheduleAmount', {
              max: `${formatNumber(amount.value)} ${t(`charting.meds.units.${amount.unit}`, { count: amount.value })}`,
            }),
          hours !== undefined &&
            t('medSafety.prn.scheduleInterval', { hours: formatNumber(hours) }),
        ]
          .filter(Boolean)
          .join(', ');
      }
    }
  };
}

/** Start and end of a schedule in words: "depuis le 29/11 08:00, jusqu'au 02/12 08:00". */
export function useSpanText() {
  const { t, formatDateTime } = useI18n();
  return (start: string, end: string | null): string =>
    end
      ? t('charting.schedule.text.span', { start: formatDateTime(start), end: formatDateTime(end) })
      : t('charting.schedule.text.since', { start: formatDateTime(start) });
}
