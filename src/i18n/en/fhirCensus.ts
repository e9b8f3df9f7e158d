import type { frFhirCensus, frFhirCensusValidation } from '../fr/fhirCensus';

/** FHIR census import and imported prescriptions (the `fhirCensus` namespace, issue 13). */
export const enFhirCensus: typeof frFhirCensus = {
  fileError: {
    empty: 'The file is empty: no patient to import.',
    tooLarge: 'The file is too large (over 20 MB): it is not a ward census.',
    notJson: 'This is not a readable FHIR (JSON) file: check that it is the right file.',
    notBundle: 'This JSON file is not a FHIR Bundle: the ward’s census export is needed.',
    otherFhirVersion:
      'This file is written for another FHIR version ({detail}): Relève reads FHIR R4. Ask for an R4 export.',
    wrongResourceType:
      'The file holds an item of an unknown or misplaced type ({detail}): it is not imported.',
    brokenReference:
      'The file points to an item it does not hold ({detail}): it is incomplete and is not imported.',
    noPatient: 'The file holds no patient.',
  },
  imported: {
    badge: 'Imported — to check',
    hint: 'Read from the file {file}: compare it with the prescription before counting it as transcribed.',
    check: 'Checked against the prescription',
    checking: 'Saving…',
    checked: 'Imported, checked by {author} on {time}',
    printUnchecked: 'IMPORTED — NOT CHECKED',
    printChecked: 'imported, checked ({initials})',
  },
  timeline: {
    checked: 'Imported prescription checked: {drug}',
  },
};

export const enFhirCensusValidation: typeof frFhirCensusValidation = {
  notMapped: 'This value of the file cannot be taken as it is: enter it by hand.',
  notImported: 'This prescription was not imported: there is nothing to check.',
  alreadyChecked: 'This imported prescription has already been checked.',
};
