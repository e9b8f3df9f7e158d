// Resource types of FHIR R4 (4.0.1), and those of other versions that R4 does not have: a
// Bundle holding one of the latter was written for another version.

// prettier-ignore
export const R4_RESOURCE_TYPES: ReadonlySet<string> = new Set([
  'Account', 'ActivityDefinition', 'AdverseEvent', 'AllergyIntolerance', 'Appointment',
  'AppointmentResponse', 'AuditEvent', 'Basic', 'Binary', 'BiologicallyDerivedProduct',
  'BodyStructure', 'Bundle', 'CapabilityStatement', 'CarePlan', 'CareTeam', 'CatalogEntry',
  'ChargeItem', 'ChargeItemDefinition', 'Claim', 'ClaimResponse', 'ClinicalImpression',
  'CodeSystem', 'Communication', 'CommunicationRequest', 'CompartmentDefinition', 'Composition',
  'ConceptMap', 'Condition', 'Consent', 'Contract', 'Coverage', 'CoverageEligibilityRequest',
  'CoverageEligibilityResponse', 'DetectedIssue', 'Device', 'DeviceDefinition', 'DeviceMetric',
  'DeviceRequest', 'DeviceUseStatement', 'DiagnosticReport', 'DocumentManifest',
  'DocumentReference', 'EffectEvidenceSynthesis', 'Encounter', 'Endpoint', 'EnrollmentRequest',
  'EnrollmentResponse', 'EpisodeOfCare', 'EventDefinition', 'Evidence', 'EvidenceVariable',
  'ExampleScenario', 'ExplanationOfBenefit', 'FamilyMemberHistory', 'Flag', 'Goal',
  'GraphDefinition', 'Group', 'GuidanceResponse', 'HealthcareService', 'ImagingStudy',
  'Immunization', 'ImmunizationEvaluation', 'ImmunizationRecommendation',
  'ImplementationGuide', 'InsurancePlan', 'Invoice', 'Library', 'Linkage', 'List', 'Location',
  'Measure', 'MeasureReport', 'Media', 'Medication', 'MedicationAdministration',
  'MedicationDispense', 'MedicationKnowledge', 'MedicationRequest', 'MedicationStatement',
  'MedicinalProduct', 'MedicinalProductAuthorization', 'MedicinalProductContraindication',
  'MedicinalProductIndication', 'MedicinalProductIngredient', 'MedicinalProductInteraction',
  'MedicinalProductManufactured', 'MedicinalProductPackaged', 'MedicinalProductPharmaceutical',
  'MedicinalProductUndesirableEffect', 'MessageDefinition', 'MessageHeader',
  'MolecularSequence', 'NamingSystem', 'NutritionOrder', 'Observation', 'ObservationDefinition',
  'OperationDefinition', 'OperationOutcome', 'Organization', 'OrganizationAffiliation',
  'Parameters', 'Patient', 'PaymentNotice', 'PaymentReconciliation', 'Person', 'PlanDefinition',
  'Practitioner', 'PractitionerRole', 'Procedure', 'Provenance', 'Questionnaire',
  'QuestionnaireResponse', 'RelatedPerson', 'RequestGroup', 'ResearchDefinition',
  'ResearchElementDefinition', 'ResearchStudy', 'ResearchSubject', 'RiskAssessment',
  'RiskEvidenceSynthesis', 'Schedule', 'SearchParameter', 'ServiceRequest', 'Slot', 'Specimen',
  'SpecimenDefinition', 'StructureDefinition', 'StructureMap', 'Subscription', 'Substance',
  'SubstanceNucleicAcid', 'SubstancePolymer', 'SubstanceProtein',
  'SubstanceReferenceInformation', 'SubstanceSourceMaterial', 'SubstanceSpecification',
  'SupplyDelivery', 'SupplyRequest', 'Task', 'TerminologyCapabilities', 'TestReport',
  'TestScript', 'ValueSet', 'VerificationResult', 'VisionPrescription',
]);

/** DSTU2 and STU3 types that R4 renamed or removed (MedicationOrder became MedicationRequest). */
// prettier-ignore
const OLDER_TYPES = [
  'MedicationOrder', 'Order', 'OrderResponse', 'DiagnosticOrder', 'DeviceUseRequest',
  'ProcedureRequest', 'ReferralRequest', 'ProcessRequest', 'ProcessResponse',
  'EligibilityRequest', 'EligibilityResponse', 'DeviceComponent', 'DataElement',
  'ExpansionProfile', 'ServiceDefinition', 'Conformance', 'BodySite', 'Sequence',
];

/** R5 types that R4 does not have (a sample that real R5 exports use). */
// prettier-ignore
const NEWER_TYPES = [
  'ActorDefinition', 'AdministrableProductDefinition', 'ArtifactAssessment',
  'BiologicallyDerivedProductDispense', 'ClinicalUseDefinition', 'ConditionDefinition',
  'DeviceDispense', 'DeviceUsage', 'EncounterHistory', 'FormularyItem', 'GenomicStudy',
  'ImagingSelection', 'InventoryItem', 'InventoryReport', 'ManufacturedItemDefinition',
  'MedicinalProductDefinition', 'NutritionIntake', 'NutritionProduct', 'PackagedProductDefinition',
  'Permission', 'RegulatedAuthorization', 'Requirements', 'SubscriptionTopic', 'Transport',
  'TestPlan', 'Citation', 'Ingredient', 'RequestOrchestration',
];

export const OTHER_VERSION_TYPES: ReadonlySet<string> = new Set([...OLDER_TYPES, ...NEWER_TYPES]);
