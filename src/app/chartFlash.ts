import { useState } from 'react';

export type ChartSaved =
  | 'vitals'
  | 'scale'
  | 'prescribed'
  | 'changed'
  | 'given'
  | 'notGiven'
  | 'planned'
  | 'note'
  | 'result';

// What was just charted, said once on the patient's screen (the form that saved it is gone).
let pending: ChartSaved | null = null;

export const chartFlash = (kind: ChartSaved) => {
  pending = kind;
};

/** The saved message for this screen, taken once. */
export function useChartFlash(): ChartSaved | null {
  const [kind] = useState(() => {
    const value = pending;
    pending = null;
    return value;
  });
  return kind;
}
