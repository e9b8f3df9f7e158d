import type { Prescription } from '../../domain/prescriptions';
import { isoToDayFirst } from '../../domain/time';
import { useI18n } from '../../i18n/I18nProvider';
import { useScheduleText, useSpanText } from '../../ui/scheduleText';

/** The dose and route in words: "1 g — per os". */
export function useDoseText() {
  const { t, formatNumber } = useI18n();
  return (dose: Prescription['dose'], route: Prescription['route']) =>
    `${formatNumber(dose.value)} ${t(`charting.meds.units.${dose.unit}`, { count: dose.value })} — ${t(
      `charting.meds.routes.${route}`,
    )}`;
}

/** An amount in words: "4 g", "1,5 mg". */
export function useAmountText() {
  const { t, formatNumber } = useI18n();
  return (dose: Prescription['dose']) =>
    `${formatNumber(dose.value)} ${t(`charting.meds.units.${dose.unit}`, { count: dose.value })}`;
}

/** A prescription as transcribed: drug, dose, route, schedule, order, and whether it stopped. */
export function MedLine({ prescription: p }: { prescription: Prescription }) {
  const { t, formatDateTime } = useI18n();
  const schedule = useScheduleText();
  const span = useSpanText();
  const dose = useDoseText();
  return (
    <div className="med-line">
      <p className="med-name">
        <strong>{p.drug}</strong> {dose(p.dose, p.route)}
        {p.highAlert && (
          <span className="badge badge-high-alert"> ⚠ {t('charting.meds.highAlertBadge')}</span>
        )}
      </p>
      <p className="med-schedule">
        {schedule(p.schedule)} · {span(p.schedule.start, p.endsAt)}
      </p>
      <p className="journal-meta">
        {t('charting.meds.order', {
          prescriber: p.prescriber,
          date: isoToDayFirst(p.orderDate),
          author: p.author.initials,
        })}
        {p.note && ` — ${p.note}`}
      </p>
      {p.allergyOverride && (
        <p className="med-stopped">
          ⚠{' '}
          {t('medSafety.allergy.recorded', {
            allergies: p.allergyOverride.shown.join(', '),
            reason: p.allergyOverride.reason,
          })}
        </p>
      )}
      {p.stop && (
        <p className="med-stopped">
          {t('charting.meds.stopped', {
            time: formatDateTime(p.stop.at),
            author: `${p.stop.author.name} (${p.stop.author.initials})`,
            reason: p.stop.reason,
          })}
        </p>
      )}
    </div>
  );
}
