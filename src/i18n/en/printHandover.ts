import type { Messages } from '../types';

/** The shift handover sheet: pending items by urgency, what was not done and why. */
export const enPrintHandover: Messages['printHandover'] = {
  field: '{label}: {text}',
  heading: '{label}:',
  yesterday: 'yesterday {time}',
  tomorrow: 'tomorrow {time}',
  pending: 'To do, most overdue first',
  notDone: 'Not done (charted with their reason)',
  noReason: 'no reason given',
  admissionNote: 'Admission note',
};
