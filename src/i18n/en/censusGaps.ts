import type { frCensusGaps } from '../fr/censusGaps';

/** What a census file did not say (issue 13): see the French file. */
export const enCensusGaps: typeof frCensusGaps = {
  isolationUnrecorded: 'Isolation not recorded',
  isolationUnrecordedHint: 'check before entering the room',
  noStayReason: 'Reason not given in the census',
  noStayPhysician: 'Physician not given in the census',
  noStay: 'No stay going on in the file: admitted at the time of the import, without a bed.',
  skippedOrder:
    'Prescription not imported, no dosage: {drug}. Transcribe it by hand from the order.',
  skippedTitle: 'Left aside (not needed by the ward): {what}',
  kinds: {
    Encounter: 'finished or planned stays',
    MedicationRequest: 'stopped, completed or unprescribed orders',
    MedicationRequestNoDosage: 'active orders without a dosage',
    AllergyIntolerance: 'refuted or resolved allergies',
    Condition: 'history and diagnoses outside the stay',
    Observation: 'measurements and findings',
    Procedure: 'procedures',
    Immunization: 'immunizations',
    Claim: 'claims',
    ExplanationOfBenefit: 'explanations of benefit',
    other: 'other resources ({type})',
  },
};
