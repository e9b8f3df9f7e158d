/**
 * What a census file did not say (issue 13): isolation not recorded, the stay a FHIR file
 * did not give, and what the import left aside, by kind (the `censusGaps` namespace).
 */
export const frCensusGaps = {
  isolationUnrecorded: 'Isolement non renseigné',
  isolationUnrecordedHint: 'à vérifier avant d’entrer dans la chambre',
  /** Written as the stay's reason and physician when the file gives no stay going on. */
  noStayReason: 'Motif non précisé dans le recensement',
  noStayPhysician: 'Médecin non précisé dans le recensement',
  noStay: 'Aucun séjour en cours dans le fichier : entrée datée de l’import, sans lit.',
  skippedOrder:
    'Prescription non reprise, sans posologie\u00a0: {drug}. À transcrire à la main depuis l’ordonnance.',
  skippedTitle: 'Laissés de côté (non utiles au service)\u00a0: {what}',
  kinds: {
    Encounter: 'séjours terminés ou prévus',
    MedicationRequest: 'prescriptions arrêtées, terminées ou non prescrites',
    MedicationRequestNoDosage: 'prescriptions actives sans posologie',
    AllergyIntolerance: 'allergies réfutées ou guéries',
    Condition: 'antécédents et diagnostics hors séjour',
    Observation: 'observations',
    Procedure: 'actes',
    Immunization: 'vaccinations',
    Claim: 'factures',
    ExplanationOfBenefit: 'remboursements',
    other: 'autres ressources ({type})',
  },
};
