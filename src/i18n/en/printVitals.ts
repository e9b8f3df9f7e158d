import type { frPrintVitals } from '../fr/printVitals';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** Vitals chart continued by hand, and the ward's glycaemia unit (issue 10, points 4 and 7). */
export const enPrintVitals: Shape<typeof frPrintVitals> = {
  wardSettings: {
    title: 'Ward settings',
    intro: 'Shared by every tablet of the ward once their logs are merged.',
    glucoseUnit: 'Capillary blood glucose unit',
    glucoseHint:
      'Column heading on the printed observation chart, and the unit offered when charting. Each value keeps the unit it was entered in.',
    save: 'Save the unit',
    saved: 'Ward unit saved: {unit}.',
    unchanged: 'This is already the ward’s unit: {unit}.',
  },
  graph: {
    title: 'Trends over the last 72 hours, to continue until {end}',
    printed: 'printed {time}',
  },
  grid: {
    title: 'NEWS2 by hand, from {from} to {to}',
    intro:
      'Write the value in the box of its band; the band’s points add up to the total. Total ≥ 5 or one parameter scoring 3: call a doctor.',
    parameter: 'Parameter',
    band: 'Value',
    points: 'Score',
    hour: 'Planned time',
    actualTime: 'Actual time',
    total: 'NEWS2 total',
    initials: 'Initials',
    glucose: 'Glucose ({unit})',
    onOxygen: '{band} on O2',
    onAir: '{band} on air',
    hourLabel: '{hour}:00',
    parameters: {
      respiratoryRate: 'RR /min',
      spo2: 'SpO2 %',
      spo2Scale2: 'SpO2 % (scale 2)',
      onOxygen: 'Air or O2',
      systolicBp: 'Syst. BP mmHg',
      pulse: 'HR /min',
      consciousness: 'Consciousness',
      temperature: 'T °C',
    },
    air: 'Air',
    oxygen: 'O2',
    alert: 'A (alert)',
    notAlert: 'C, V, P or U',
  },
};
