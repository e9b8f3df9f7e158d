import type { CodeableConcept, Coding } from '@medplum/fhirtypes';
import type { CareItemCode } from '../care';
import type { DoseUnit } from '../doseAmounts';
import type { AdministrationOutcome } from '../doseStatus';
import type { DischargeDestination } from '../header';
import type { Route } from '../medications';
import type { Role } from '../staff';
import { LOINC, SYSTEM } from './ids';

// The codes of the export (docs/fhir-export.md). Labels are in French: the file goes back to a
// French hospital's back-entry team, whatever language the tablet was set to.

export const loinc = (code: string, display: string): Coding => ({ system: LOINC, code, display });
export const local = (code: string, display: string): Coding => ({
  system: SYSTEM.code,
  code,
  display,
});
export const concept = (coding: Coding, text = coding.display): CodeableConcept => ({
  coding: [coding],
  ...(text === undefined ? {} : { text }),
});

/** UCUM code of each dose unit; countable forms are UCUM annotations ({tablet}). */
export const DOSE_UCUM: Record<DoseUnit, string> = {
  mg: 'mg',
  g: 'g',
  µg: 'ug',
  ng: 'ng',
  mL: 'mL',
  IU: '[iU]',
  mmol: 'mmol',
  tablet: '{tablet}',
  capsule: '{capsule}',
  sachet: '{sachet}',
  drop: '{drop}',
  puff: '{puff}',
  patch: '{patch}',
  suppository: '{suppository}',
  ampoule: '{ampoule}',
  application: '{application}',
};

export const ROUTE_LABELS: Record<Route, string> = {
  PO: 'Voie orale',
  SL: 'Voie sublinguale',
  IV: 'Voie intraveineuse',
  SC: 'Voie sous-cutanée',
  IM: 'Voie intramusculaire',
  inhaled: 'Inhalation',
  nebulised: 'Nébulisation',
  topical: 'Voie cutanée',
  transdermal: 'Voie transdermique',
  rectal: 'Voie rectale',
  vaginal: 'Voie vaginale',
  ophthalmic: 'Voie ophtalmique',
  otic: 'Voie auriculaire',
  nasal: 'Voie nasale',
  'enteral-tube': 'Sonde entérale',
  other: 'Autre voie',
};

export const CARE_LABELS: Record<CareItemCode, string> = {
  dressing: 'Pansement',
  capillaryGlucose: 'Glycémie capillaire',
  mobilisation: 'Mobilisation',
  positioning: 'Changement de position',
  catheterCare: 'Soin de sonde urinaire',
  ivLineCare: 'Soin de voie veineuse',
  drainCare: 'Soin de drain',
  hygiene: 'Soins d’hygiène',
  mouthCare: 'Soin de bouche',
  other: 'Autre soin',
};

export const OUTCOME_LABELS: Record<AdministrationOutcome, string> = {
  given: 'Administré',
  'not-given': 'Non administré',
  refused: 'Refusé par le patient',
  held: 'Suspendu',
};

export const ROLE_LABELS: Record<Role, string> = {
  nurse: 'Infirmier(ère)',
  aide: 'Aide-soignant(e)',
  midwife: 'Sage-femme',
  physician: 'Médecin',
  student: 'Étudiant(e)',
  manager: 'Cadre de santé',
  other: 'Autre',
};

const DISPOSITION = 'http://terminology.hl7.org/CodeSystem/discharge-disposition';
/** Mode de sortie as an HL7 discharge disposition; a transfer to another ward is "other". */
export const DISCHARGE_DISPOSITION: Record<DischargeDestination, Coding> = {
  home: { system: DISPOSITION, code: 'home', display: 'Home' },
  ward: { system: DISPOSITION, code: 'oth', display: 'Other' },
  hospital: { system: DISPOSITION, code: 'other-hcf', display: 'Other healthcare facility' },
  careFacility: { system: DISPOSITION, code: 'long', display: 'Long-term care' },
  againstAdvice: { system: DISPOSITION, code: 'aadvice', display: 'Left against advice' },
  death: { system: DISPOSITION, code: 'exp', display: 'Expired' },
  other: { system: DISPOSITION, code: 'oth', display: 'Other' },
};

export const DISCHARGE_LABELS: Record<DischargeDestination, string> = {
  home: 'Retour à domicile',
  ward: 'Mutation vers un autre service',
  hospital: 'Transfert vers un autre établissement',
  careFacility: 'Établissement de soins ou médico-social',
  againstAdvice: 'Sortie contre avis médical',
  death: 'Décès',
  other: 'Autre',
};
