import type { frPrintDetails } from '../fr/printDetails';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** Reasons, late and missed doses, units as entered, on the chart sheets (issue 10, points 3–5). */
export const enPrintDetails: Shape<typeof frPrintDetails> = {
  reasons: {
    heading: 'Reasons (NG, R, H, ND), indications, deviations and comments on this sheet',
    outcome: '{code} ({outcome})',
    outcomes: {
      'not-given': 'not given',
      refused: 'refused',
      held: 'held',
      'not-done': 'not done',
    },
    indication: 'indication: {text}',
    override: 'as-needed limit exceeded, reason: {reason}',
    deviation: 'deviation ({kinds}), reason: {reason}',
    kinds: { dose: 'dose', timing: 'time' },
    note: 'note: {text}',
    vitals: 'Observations',
    notesTarget: 'Reason: {subject}',
  },
  overdue: {
    late: 'LATE',
    missed: 'MISSED',
    lateShort: 'LATE',
    missedShort: 'MISS',
  },
  mar: {
    legend:
      'Initials = given. NG = not given, R = refused, H = held: reason at the foot of the sheet (Reasons) and in the notes. Empty box = to do. Thick box LATE = late when printed, MISSED = not charted by the time of the next dose. HA = high-alert medicine: two sets of initials per dose, who gives and who checks. As needed: time and initials of each dose, within the 24 h limit.',
  },
  carePlan: {
    legend:
      'Initials and time = done. Empty box = to do. ND = not done, NG = not given, R = refused, H = held: reason at the foot of the sheet (Reasons) and in the notes. Thick box LATE = late when printed, MISS = missed. HA = high-alert medicine: double check. Empty rows: care added by hand.',
  },
  glucose: {
    column: 'Glucose',
    columnUnit: 'Gluc. {unit}',
  },
};
