import type { NumericVital, VitalsRecorded } from '../../domain/vitals';
import { mmolToGramsPerLitre, VITALS_LIMITS } from '../../domain/vitals';
import { useI18n } from '../../i18n/I18nProvider';

/** The columns of a recorded set, in the order of the NEWS2 chart. */
export const COLUMNS = [
  'respiratoryRate',
  'spo2',
  'onOxygen',
  'bp',
  'pulse',
  'consciousness',
  'temperature',
  'pain',
  'bloodGlucose',
  'weight',
  'urineOutput',
] as const;
export type Column = (typeof COLUMNS)[number];

/** A recorded value in words with its unit, or '' when the set does not have it. */
export function useVitalText() {
  const { t, formatNumber } = useI18n();
  const number = (values: VitalsRecorded, field: NumericVital) => {
    const value = values[field];
    return value === undefined ? '' : `${formatNumber(value)} ${VITALS_LIMITS[field].unit}`;
  };
  return (values: VitalsRecorded, column: Column): string => {
    switch (column) {
      case 'bp':
        if (values.systolicBp === undefined) return '';
        return `${formatNumber(values.systolicBp)}${
          values.diastolicBp === undefined ? '' : `/${formatNumber(values.diastolicBp)}`
        } mmHg`;
      case 'onOxygen':
        if (values.onOxygen === undefined) return '';
        if (!values.onOxygen) return t('charting.vitals.air');
        return [
          values.oxygenDevice && t(`charting.vitals.devices.${values.oxygenDevice}`),
          values.oxygenFlow !== undefined && `${formatNumber(values.oxygenFlow)} L/min`,
          values.oxygenPercent !== undefined && `FiO2 ${formatNumber(values.oxygenPercent)} %`,
        ]
          .filter(Boolean)
          .join(' · ');
      case 'consciousness':
        return values.consciousness ?? '';
      case 'bloodGlucose':
        return values.bloodGlucose === undefined
          ? ''
          : `${number(values, 'bloodGlucose')} (${formatNumber(mmolToGramsPerLitre(values.bloodGlucose))} g/L)`;
      case 'urineOutput':
        return values.urineOutput === undefined
          ? ''
          : t('charting.vitals.urineOver', {
              volume: number(values, 'urineOutput'),
              hours: values.urinePeriodHours ?? '?',
            });
      default:
        return number(values, column);
    }
  };
}
