import type { Messages } from '../types';

/** Recovery export (Data screen). */
export const enRecovery: Messages['recovery'] = {
  title: 'Recovery export',
  intro:
    'To enter the outage into the hospital record: a FHIR R4 file for the software, a CSV file for a spreadsheet. Nothing is sent: the file is saved on this tablet.',
  scope: 'Patients',
  allPatients: 'The whole ward',
  chosenPatients: 'Chosen patients',
  choose: 'Choose the patients',
  from: 'From (empty: from the start)',
  to: 'To (empty: until now)',
  clear: 'Clear',
  exportFhir: 'Export FHIR',
  exportCsv: 'Export CSV',
  working: 'Preparing the file…',
  progress: 'Progress: patient {done} of {total}',
  progressEntries: 'Progress: entry {done} of {total}',
  done: 'File {name} saved.',
  counts: 'Contents: {counts}',
  failed:
    'The file could not be prepared. Nothing was changed. Try again; if it happens again, tell the ward manager.',
  noPatient: 'Choose at least one patient.',
  badWindow: 'Invalid date or time (dd/mm/yyyy and hh:mm).',
  windowOrder: 'The end must come after the start.',
};
