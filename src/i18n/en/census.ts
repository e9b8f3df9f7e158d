import { plural } from '../forms';
/** Census import (the `census` namespace, issue 13). */
export const enCensus = {
  title: 'Import the ward census',
  intro:
    'The patient list exported by the hospital (CSV following the template, or FHIR R4). A preview shows what will be created or changed: nothing is saved before you confirm.',
  template: 'Download the CSV template',
  templateHint:
    'One row per patient, “;” separator, dates DD/MM/YYYY. Allergies left empty will read “not recorded”.',
  file: 'Census file (.csv, .json)',
  reading: 'Reading the file…',
  fileError: 'This file cannot be imported: {reason} Nothing was saved.',
  fileErrors: {
    empty: 'the file is empty.',
    notText: 'it is not a text file (CSV or JSON). Check that it is the census export.',
    tooBig: 'it is over 20 MB, far more than a census. Check that it is the right file.',
    missingColumns: 'required columns are missing ({detail}). Start from the CSV template.',
    wrongSeparator:
      'the columns are not separated by “;” or “,”. Save it as CSV from the spreadsheet.',
    noRows: 'it holds no patient.',
    unknownFormat: 'choose a .csv or .json file.',
    other: 'its content cannot be read ({detail}).',
  },
  previewTitle: 'Import preview',
  counts: {
    create: 'To create',
    update: 'To update',
    unchanged: 'Unchanged',
    conflict: 'Conflicts',
    invalid: 'With errors',
  },
  table: {
    caption: 'Patients in the file',
    line: 'Line',
    patient: 'Patient',
    bed: 'Bed',
    action: 'Outcome',
    details: 'Details',
  },
  kinds: {
    create: 'Create',
    readmit: 'Readmission',
    update: 'Update',
    unchanged: 'Unchanged',
    conflict: 'Conflict',
    invalid: 'Error',
  },
  changes: 'Changed: {fields}',
  conflictTraits:
    'A patient of the ward has this IPP with another identity ({fields}): nothing is changed, check the identity.',
  conflictDuplicate:
    'Possibly the same patient as {name}, already known to the ward: nothing is imported, check the identity.',
  conflictShared: 'Several present patients have this IPP: nothing is changed.',
  issue: '{field}: {message}',
  bedField: 'Bed',
  prescriptionField: 'Prescription {n}',
  submit: plural({
    one: 'Import {count} patient',
    other: 'Import {count} patients',
  }),
  nothingToImport: 'Nothing to import: the ward is already up to date with this file.',
  notImported: plural({
    one: '{count} row will not be imported (conflict or error): fix the file or enter the patient by hand.',
    other:
      '{count} rows will not be imported (conflicts or errors): fix the file or enter the patients by hand.',
  }),
  cancel: 'Cancel',
  saving: 'Importing…',
  done: 'Import done. Patients created: {created}; updated: {updated}.',
  stale:
    'Nothing was saved: the ward changed since the preview. The preview was made again; check it before importing.',
  failed: 'Nothing was saved: {reason}',
  updateReason: 'Census imported ({file})',
  allergiesUnknown:
    'Allergies not recorded (imported patient): check them with the patient or the prescriber before transcribing.',
};

export const enCensusValidation = {
  duplicateIpp: 'This IPP is on several rows of the file.',
  badRow: 'This row does not split into columns (an unclosed quote or extra columns).',
};
