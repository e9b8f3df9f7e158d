import { plural } from '../forms';
import type { Messages } from '../types';

/** Damaged records and failures of a screen (the `integrity` namespace). */
export const enIntegrity: Messages['integrity'] = {
  banner: {
    title: 'Damaged data on this tablet',
    text: plural({
      one: '{count} record fails the integrity check and cannot be read here. The rest of the ward works as usual.',
      other:
        '{count} records fail the integrity check and cannot be read here. The rest of the ward works as usual.',
    }),
    link: 'See the list in Settings',
  },
  patient: {
    title: 'Damaged record',
    damagedRecord: 'This patient’s record is damaged on this tablet: it cannot be read here.',
    damagedEntries: plural({
      one: '{count} entry of this patient’s record is damaged and not shown: what is shown may be incomplete.',
      other:
        '{count} entries of this patient’s record are damaged and not shown: what is shown may be incomplete.',
    }),
    whatToDo:
      'Nothing was changed or deleted. Use the paper record or another tablet for this patient, and tell the ward manager.',
  },
  settings: {
    title: 'Damaged data',
    none: 'No damaged record has been found since unlocking.',
    intro:
      'These records fail the integrity check (data altered on the tablet). They are kept as they are and not shown. Tell the ward manager.',
    columns: {
      table: 'Data',
      record: 'Patient or entry',
      detected: 'Found on',
    },
    tables: {
      patients: 'Patient header',
      lastVitals: 'Last vital signs',
      events: 'Record entry',
      other: 'Other ({table})',
    },
    patient: 'patient {id}',
    entry: '{type} of {at}, patient {id}',
    wardEntry: '{type} of {at} (ward)',
    rebuild: 'Rebuild from the log',
    rebuildHint:
      'Patient headers and last vital signs are computed again from the record’s entries; a copy of the damaged data is kept.',
    rebuilt: 'Rebuilt from the log. The damaged data is kept as a copy.',
    rebuildFailed: 'The rebuild failed: nothing was changed.',
    eventsNote:
      'A damaged entry of the record cannot be rebuilt: use the paper record or another tablet.',
  },
  boundary: {
    title: 'This part of the screen cannot be shown',
    text: 'An error stopped “{part}” from showing. The rest of the app works. Nothing that was saved is lost.',
    reload: 'Reload',
    report: 'To note down for the report',
    reportLine: 'Screen: {part} — Error: {name} — {message}',
  },
  parts: {
    app: 'Relève',
    board: 'Ward',
    todo: 'To do',
    patient: 'Patient',
    unknownPatient: 'Patient',
    chart: 'Bedside charting',
    admit: 'Admission',
    beds: 'Beds',
    print: 'Printing',
    data: 'Data',
    settings: 'Settings',
    author: 'Who is charting?',
    vitals: 'Vital signs',
    due: 'Due now',
    mar: 'Medication chart',
    care: 'Care',
    notes: 'Notes',
    timeline: 'Timeline',
  },
};
