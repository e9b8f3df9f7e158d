import type { CareItem } from '../../domain/carePlan';
import type { Dose } from '../../domain/medications';
import type { Prescription } from '../../domain/prescriptions';
import type { Schedule } from '../../domain/schedule';
import type { PrintFormat } from '../format';
import { withUnit } from '../text';

// How charting codes read on paper, shared by the handover, the care plan and the MAR.

export const doseText = (dose: Dose, fmt: PrintFormat): string =>
  withUnit(fmt.number(dose.value), fmt.t(`print.units.${dose.unit}`));

/** "Paracétamol 1 g PO" */
export const medText = (prescription: Prescription, fmt: PrintFormat): string =>
  `${prescription.drug} ${doseText(prescription.dose, fmt)} ${fmt.t(`print.routes.${prescription.route}`)}`;

/** "Pansement : talon gauche" */
export const careText = (care: CareItem, fmt: PrintFormat): string => {
  const item = fmt.t(`print.careItems.${care.item}`);
  return care.label ? `${item} : ${care.label}` : item;
};

/** "08:00, 14:00, 20:00" · "toutes les 8 h" · "une fois le 29/11 14:00" · "si besoin" */
export function scheduleText(schedule: Schedule, fmt: PrintFormat): string {
  switch (schedule.kind) {
    case 'fixed-times':
      return schedule.times.join(', ');
    case 'every-n-hours':
      return fmt.t('print.schedule.every', { hours: schedule.intervalHours });
    case 'once':
      return fmt.t('print.schedule.once', { at: fmt.shortDateTime(schedule.start) });
    case 'prn': {
      // The paper MAR says the amount and interval limits too (issue 9): a nurse on paper checks them.
      const { maxAmountPer24h: amount, minIntervalHours: hours } = schedule;
      return [
        fmt.t('print.schedule.prn', {
          indication: schedule.indication,
          max: schedule.maxDosesPer24h,
        }),
        amount && fmt.t('medSafety.prn.scheduleAmount', { max: doseText(amount, fmt) }),
        hours !== undefined &&
          fmt.t('medSafety.prn.scheduleInterval', { hours: fmt.number(hours) }),
      ]
        .filter(Boolean)
        .join(', ');
    }
  }
}
