import type { Messages } from '../types';
import { plural } from '../forms';

/** Back-entry worklist (issue 13, point 4): what was recorded during the outage. */
export const enReconcile: Messages['reconcile'] = {
  title: 'Back-entry into the hospital record',
  intro:
    'Everything recorded during the outage, per patient and type. Tick a line once it has been entered again in the hospital record: anything recorded after the tick brings the line back.',
  progress: 'Lines re-entered: {done} of {count}',
  patientProgress: '{done} of {count}',
  none: 'Nothing to re-enter: no patient entry on this tablet.',
  noneFiltered: 'No line for these filters.',
  filters: 'Filters',
  show: 'Show',
  status: { left: 'Left to re-enter', done: 'Already re-entered', all: 'All' },
  patient: 'Patient',
  kind: 'Kind of entry',
  allPatients: 'All patients',
  allKinds: 'All kinds',
  print: 'Print the list',
  columns: { kind: 'Kind', count: 'Entries', period: 'Period', state: 'Status', action: 'Tick' },
  count: plural({ one: '{count} entry', other: '{count} entries' }),
  period: 'from {from} to {to}',
  kinds: {
    stay: 'Admissions, identity, moves, discharges',
    vitals: 'Vital signs',
    prescriptions: 'Prescriptions',
    doses: 'Doses',
    care: 'Care',
    notes: 'Notes and calls',
    results: 'Phoned results',
    other: 'Other entries',
  },
  toDo: 'To re-enter',
  done: 'Re-entered — ticked {at} by {name}',
  newSince: plural({
    one: '{count} new entry since the tick of {at}',
    other: '{count} new entries since the tick of {at}',
  }),
  mark: 'Mark re-entered',
  markLabel: 'Mark re-entered: {kind}, {patient}',
  unmark: 'Undo the tick',
  unmarkLabel: 'Undo the tick: {kind}, {patient}',
  unmarkReason: 'Tick undone from the back-entry list',
  failed: 'The tick was not saved. Try again; if it happens again, tell the ward manager.',
  timeline: 'Re-entered in the hospital record: {kind}',
  printedAt: 'List printed on {at}',
};
