import type { Allergy } from '../admission';
import type { CareItemCode } from '../care';
import type { Dose } from '../doseAmounts';
import type { Route } from '../medications';

// What the demo ward's patients have and get: diagnoses, allergies, drugs, planned care.
// Tags tie them together (a heart failure gets furosemide and a daily weight).

export type Tag =
  | 'any'
  | 'lung'
  | 'urine'
  | 'skin'
  | 'heart'
  | 'copd'
  | 'diabetes'
  | 'stroke'
  | 'af'
  | 'hypertension'
  | 'gi'
  | 'fluids'
  | 'pain'
  | 'anaemia'
  | 'dependent'
  | 'partial'
  | 'catheter'
  | 'iv'
  | 'wound';

// prettier-ignore
export const DIAGNOSES: readonly (readonly [string, readonly Tag[]])[] = [
  ['Pneumopathie franche lobaire aiguë droite', ['lung', 'iv']],
  ['Pneumopathie d’inhalation', ['lung', 'iv', 'dependent']],
  ['Décompensation cardiaque globale', ['heart']],
  ['Exacerbation de BPCO', ['copd', 'lung']],
  ['Pyélonéphrite aiguë', ['urine', 'iv']],
  ['Chute à domicile, bilan étiologique', ['pain', 'partial']],
  ['AVC ischémique sylvien gauche, suites', ['stroke', 'dependent']],
  ['Altération de l’état général', ['fluids', 'partial']],
  ['Érysipèle de la jambe gauche', ['skin', 'wound']],
  ['Déséquilibre diabétique', ['diabetes']],
  ['Insuffisance rénale aiguë fonctionnelle', ['fluids', 'iv']],
  ['Hémorragie digestive haute', ['gi', 'anaemia', 'iv']],
  ['Embolie pulmonaire', ['lung']],
  ['Fibrillation atriale rapide', ['af', 'heart']],
  ['Syndrome confusionnel', ['dependent', 'fluids']],
  ['Hyponatrémie symptomatique', ['fluids']],
  ['Anémie à explorer', ['anaemia']],
  ['Infection urinaire sur sonde', ['urine', 'catheter', 'iv']],
];

export const PHYSICIANS = ['Dr Lemoine', 'Dr Nguyen', 'Dr Benali', 'Dr Roux', 'Dr Carpentier'];

// prettier-ignore
export const ALLERGIES: readonly Allergy[] = [
  { substance: 'Pénicilline', reaction: 'Urticaire généralisée', severity: 'severe' },
  { substance: 'Amoxicilline', reaction: 'Éruption cutanée', severity: 'moderate' },
  { substance: 'Produits de contraste iodés', reaction: 'Œdème de Quincke', severity: 'severe' },
  { substance: 'Codéine', reaction: 'Nausées, vomissements', severity: 'mild' },
  { substance: 'Latex', reaction: 'Eczéma de contact', severity: 'moderate' },
  { substance: 'Sulfamides', severity: 'unknown' },
  { substance: 'AINS', reaction: 'Bronchospasme', severity: 'severe' },
  { substance: 'Arachide', reaction: 'Œdème des lèvres', severity: 'severe' },
  { substance: 'Tramadol', reaction: 'Confusion', severity: 'moderate' },
  { substance: 'Sparadrap', reaction: 'Irritation cutanée', severity: 'mild' },
];

export interface DrugTemplate {
  drug: string;
  dose: Dose;
  route: Route;
  /** Fixed times of day, or every N hours from the transcription. */
  times?: readonly string[];
  every?: number;
  highAlert?: boolean;
  /** Who gets it, with what probability. */
  when: readonly (readonly [Tag, number])[];
  /** At most one drug of a group (one anticoagulant, one antibiotic). */
  group: string;
  /** A course: stopped after so many days, or switched to `then` (IV to oral). */
  days?: number;
  then?: Omit<DrugTemplate, 'when' | 'group'>;
}

const Q6 = ['06:00', '12:00', '18:00', '00:00'];
const TID = ['08:00', '14:00', '20:00'];
const mg = (value: number): Dose => ({ value, unit: 'mg' });

// prettier-ignore
export const DRUGS: readonly DrugTemplate[] = [
  { drug: 'Apixaban (Eliquis) 5 mg', dose: mg(5), route: 'PO', times: ['08:00', '20:00'], highAlert: true, when: [['af', 0.9], ['lung', 0.2]], group: 'anticoag' },
  { drug: 'Énoxaparine (Lovenox) 4000 UI', dose: { value: 4000, unit: 'IU' }, route: 'SC', times: ['20:00'], highAlert: true, when: [['any', 0.7]], group: 'anticoag' },
  { drug: 'Amoxicilline-acide clavulanique 1 g', dose: { value: 1, unit: 'g' }, route: 'IV', every: 8, when: [['lung', 0.8], ['skin', 0.3]], group: 'atb', days: 3,
    then: { drug: 'Amoxicilline-acide clavulanique 1 g', dose: { value: 1, unit: 'g' }, route: 'PO', times: TID, days: 4 } },
  { drug: 'Ceftriaxone 1 g', dose: { value: 1, unit: 'g' }, route: 'IV', times: ['10:00'], when: [['urine', 0.9], ['lung', 0.5]], group: 'atb', days: 6 },
  { drug: 'Amoxicilline 1 g', dose: { value: 1, unit: 'g' }, route: 'PO', times: TID, when: [['skin', 0.9]], group: 'atb', days: 7 },
  { drug: 'Paracétamol 1 g', dose: { value: 1, unit: 'g' }, route: 'PO', times: Q6, when: [['pain', 0.9], ['any', 0.75]], group: 'paracetamol' },
  { drug: 'Pantoprazole 40 mg', dose: mg(40), route: 'IV', every: 12, when: [['gi', 1]], group: 'ppi', days: 3,
    then: { drug: 'Pantoprazole 40 mg', dose: mg(40), route: 'PO', times: ['08:00'] } },
  { drug: 'Pantoprazole 20 mg', dose: mg(20), route: 'PO', times: ['08:00'], when: [['any', 0.6]], group: 'ppi' },
  { drug: 'Macrogol 4000 (Forlax) 10 g', dose: { value: 1, unit: 'sachet' }, route: 'PO', times: ['08:00', '20:00'], when: [['any', 0.5]], group: 'laxative' },
  { drug: 'Furosémide (Lasilix) 40 mg', dose: mg(40), route: 'PO', times: ['08:00', '14:00'], when: [['heart', 1], ['hypertension', 0.1]], group: 'diuretic' },
  { drug: 'Bisoprolol 2,5 mg', dose: mg(2.5), route: 'PO', times: ['08:00'], when: [['heart', 0.8], ['af', 0.8]], group: 'bb' },
  { drug: 'Ramipril 5 mg', dose: mg(5), route: 'PO', times: ['08:00'], when: [['hypertension', 0.5], ['heart', 0.5]], group: 'acei' },
  { drug: 'Amlodipine 5 mg', dose: mg(5), route: 'PO', times: ['08:00'], when: [['hypertension', 0.4]], group: 'ccb' },
  { drug: 'Atorvastatine 40 mg', dose: mg(40), route: 'PO', times: ['20:00'], when: [['stroke', 0.9], ['any', 0.3]], group: 'statin' },
  { drug: 'Aspirine (Kardégic) 75 mg', dose: mg(75), route: 'PO', times: ['12:00'], when: [['stroke', 1], ['any', 0.15]], group: 'aspirin' },
  { drug: 'Metformine 1000 mg', dose: mg(1000), route: 'PO', times: ['08:00', '20:00'], when: [['diabetes', 0.6]], group: 'metformin' },
  { drug: 'Insuline glargine (Lantus) 16 UI', dose: { value: 16, unit: 'IU' }, route: 'SC', times: ['22:00'], highAlert: true, when: [['diabetes', 0.7]], group: 'basal' },
  { drug: 'Insuline asparte (NovoRapid) 4 UI', dose: { value: 4, unit: 'IU' }, route: 'SC', times: ['08:00', '12:00', '19:00'], highAlert: true, when: [['diabetes', 0.6]], group: 'bolus' },
  { drug: 'Salbutamol 5 mg', dose: mg(5), route: 'nebulised', times: Q6, when: [['copd', 1]], group: 'saba' },
  { drug: 'Ipratropium 0,5 mg', dose: mg(0.5), route: 'nebulised', times: Q6, when: [['copd', 0.9]], group: 'sama' },
  { drug: 'Prednisolone 40 mg', dose: mg(40), route: 'PO', times: ['08:00'], when: [['copd', 0.8]], group: 'steroid', days: 5 },
  { drug: 'Chlorure de sodium 0,9 % 1000 mL', dose: { value: 1000, unit: 'mL' }, route: 'IV', every: 12, when: [['fluids', 0.8], ['iv', 0.3]], group: 'fluids', days: 2 },
  { drug: 'Chlorure de potassium (Diffu-K) 600 mg', dose: { value: 1, unit: 'capsule' }, route: 'PO', times: ['08:00', '12:00', '20:00'], when: [['heart', 0.4]], group: 'potassium' },
  { drug: 'Lévothyroxine 75 µg', dose: { value: 75, unit: 'µg' }, route: 'PO', times: ['06:00'], when: [['any', 0.12]], group: 'thyroid' },
  { drug: 'Oxazépam (Seresta) 10 mg', dose: mg(10), route: 'PO', times: ['21:00'], when: [['any', 0.15]], group: 'anxiolytic' },
  { drug: 'Sertraline 50 mg', dose: mg(50), route: 'PO', times: ['08:00'], when: [['any', 0.12]], group: 'antidepressant' },
  { drug: 'Fer (Tardyferon) 80 mg', dose: mg(80), route: 'PO', times: ['12:00'], when: [['anaemia', 1]], group: 'iron' },
  { drug: 'Morphine LP (Skenan) 10 mg', dose: mg(10), route: 'PO', times: ['08:00', '20:00'], highAlert: true, when: [['pain', 0.3]], group: 'opioid' },
  { drug: 'Calcium et vitamine D (Cacit D3) 1000 mg', dose: { value: 1, unit: 'sachet' }, route: 'PO', times: ['08:00', '20:00'], when: [['any', 0.25]], group: 'calcium' },
  { drug: 'Lactulose (Duphalac) 10 g', dose: { value: 1, unit: 'sachet' }, route: 'PO', times: TID, when: [['any', 0.3]], group: 'lactulose' },
  { drug: 'Larmes artificielles, collyre', dose: { value: 1, unit: 'drop' }, route: 'ophthalmic', times: Q6, when: [['dependent', 0.5], ['any', 0.2]], group: 'eye' },
  { drug: 'Crème barrière (Mitosyl)', dose: { value: 1, unit: 'application' }, route: 'topical', times: TID, when: [['dependent', 0.7], ['partial', 0.3]], group: 'skin-care' },
  { drug: 'Chlorhexidine 0,12 %, bain de bouche', dose: { value: 15, unit: 'mL' }, route: 'other', times: TID, when: [['dependent', 0.5], ['any', 0.1]], group: 'mouth' },
  { drug: 'Phloroglucinol (Spasfon) 80 mg', dose: { value: 1, unit: 'tablet' }, route: 'PO', times: TID, when: [['any', 0.15]], group: 'spasm' },
  { drug: 'Thiamine (vitamine B1) 250 mg', dose: mg(250), route: 'PO', times: ['08:00'], when: [['any', 0.15]], group: 'b1' },
  { drug: 'Chlorure de sodium 0,9 % 5 mL, nébulisation', dose: { value: 5, unit: 'mL' }, route: 'nebulised', times: Q6, when: [['lung', 0.5]], group: 'saline-neb' },
  { drug: 'Tiotropium (Spiriva) 18 µg', dose: { value: 1, unit: 'puff' }, route: 'inhaled', times: ['08:00'], when: [['copd', 0.8]], group: 'lama' },
  { drug: 'Hydrochlorothiazide 25 mg', dose: mg(25), route: 'PO', times: ['08:00'], when: [['hypertension', 0.25]], group: 'thiazide' },
  { drug: 'Glucosé 5 % 500 mL + NaCl 4 g/L + KCl 2 g/L', dose: { value: 500, unit: 'mL' }, route: 'IV', every: 8, when: [['fluids', 0.5], ['dependent', 0.2]], group: 'maintenance', days: 3 },
];

export interface PrnTemplate {
  drug: string;
  dose: Dose;
  route: Route;
  maxDosesPer24h: number;
  maxAmountPer24h?: Dose;
  minIntervalHours: number;
  indication: string;
  /** What the nurse writes when she gives it. */
  given: readonly string[];
  highAlert?: boolean;
  when: readonly (readonly [Tag, number])[];
  group: string;
  /** Doses a day, on average. */
  rate: number;
}

// prettier-ignore
export const PRNS: readonly PrnTemplate[] = [
  { drug: 'Paracétamol 1 g', dose: { value: 1, unit: 'g' }, route: 'PO', maxDosesPer24h: 4, maxAmountPer24h: { value: 4, unit: 'g' }, minIntervalHours: 4, indication: 'Douleur (EVA ≥ 3) ou fièvre > 38,5 °C', given: ['EVA 4/10', 'Céphalées, EVA 3/10', 'Fièvre 38,7 °C'], when: [['any', 0.7]], group: 'paracetamol', rate: 2 },
  { drug: 'Morphine orale (Oramorph) 5 mg', dose: mg(5), route: 'PO', maxDosesPer24h: 6, minIntervalHours: 4, indication: 'Douleur EVA ≥ 4 malgré le paracétamol', given: ['EVA 6/10', 'Douleur à la mobilisation, EVA 5/10'], highAlert: true, when: [['pain', 0.7], ['any', 0.1]], group: 'opioid', rate: 1.5 },
  { drug: 'Ondansétron 4 mg', dose: mg(4), route: 'IV', maxDosesPer24h: 3, minIntervalHours: 8, indication: 'Nausées ou vomissements', given: ['Nausées', 'Vomissement alimentaire'], when: [['any', 0.25]], group: 'antiemetic', rate: 0.4 },
  { drug: 'Macrogol 4000 (Forlax) 10 g', dose: { value: 1, unit: 'sachet' }, route: 'PO', maxDosesPer24h: 2, minIntervalHours: 8, indication: 'Pas de selles depuis 2 jours', given: ['Pas de selles depuis 3 jours'], when: [['any', 0.2]], group: 'laxative', rate: 0.3 },
  { drug: 'Oxazépam (Seresta) 10 mg', dose: mg(10), route: 'PO', maxDosesPer24h: 2, minIntervalHours: 6, indication: 'Anxiété', given: ['Anxieux, demande à être soulagé'], when: [['any', 0.2]], group: 'anxiolytic', rate: 0.4 },
  { drug: 'Furosémide 20 mg', dose: mg(20), route: 'IV', maxDosesPer24h: 2, minIntervalHours: 6, indication: 'Dyspnée avec crépitants, après avis médical', given: ['Dyspnée, crépitants aux bases'], when: [['heart', 0.6]], group: 'loop-prn', rate: 0.3 },
  { drug: 'Zopiclone 3,75 mg', dose: mg(3.75), route: 'PO', maxDosesPer24h: 1, minIntervalHours: 20, indication: 'Insomnie', given: ['Ne parvient pas à dormir'], when: [['any', 0.2]], group: 'hypnotic', rate: 0.5 },
];

export interface CareTemplate {
  item: CareItemCode;
  label: string;
  times?: readonly string[];
  every?: number;
  when: readonly (readonly [Tag, number])[];
}

// prettier-ignore
export const CARE: readonly CareTemplate[] = [
  { item: 'other', label: 'Tour de surveillance (installation, sonnette à portée, douleur)', every: 2, when: [['any', 1]] },
  { item: 'hygiene', label: 'Toilette complète au lit', times: ['08:00'], when: [['dependent', 1]] },
  { item: 'hygiene', label: 'Aide à la toilette au lavabo', times: ['08:30'], when: [['partial', 1], ['any', 0.5]] },
  { item: 'mouthCare', label: 'Soins de bouche', times: ['08:00', '14:00', '20:00'], when: [['dependent', 0.9], ['partial', 0.3], ['any', 0.3]] },
  { item: 'positioning', label: 'Changements de position (prévention d’escarres)', every: 3, when: [['dependent', 0.8]] },
  { item: 'other', label: 'Change et aide à l’élimination', times: ['02:00', '06:00', '10:00', '14:00', '18:00', '22:00'], when: [['dependent', 0.7], ['partial', 0.3], ['any', 0.2]] },
  { item: 'other', label: 'Hydratation : boissons proposées', times: ['09:00', '11:00', '15:00', '17:00', '21:00'], when: [['dependent', 0.9], ['partial', 0.6], ['fluids', 0.8], ['any', 0.6]] },
  { item: 'other', label: 'Repas : installation et aide', times: ['08:00', '12:00', '19:00'], when: [['dependent', 1], ['partial', 0.8], ['any', 0.6]] },
  { item: 'mobilisation', label: 'Lever au fauteuil', times: ['10:00', '16:00'], when: [['partial', 0.8], ['any', 0.5]] },
  { item: 'other', label: 'Surveillance cutanée des points d’appui', times: ['07:00', '15:00', '23:00'], when: [['dependent', 1], ['partial', 0.6], ['any', 0.4]] },
  { item: 'other', label: 'Prévention des chutes : surveillance', times: ['07:00', '15:00', '23:00'], when: [['partial', 0.7], ['any', 0.5]] },
  { item: 'ivLineCare', label: 'Surveillance de la voie veineuse périphérique', times: ['06:00', '14:00', '22:00'], when: [['iv', 1]] },
  { item: 'catheterCare', label: 'Sonde urinaire : soins et surveillance', times: ['08:00', '20:00'], when: [['catheter', 1]] },
  { item: 'other', label: 'Diurèse des 24 h', times: ['06:00'], when: [['catheter', 1], ['heart', 0.5]] },
  { item: 'dressing', label: 'Pansement de l’ulcère de jambe', times: ['10:00'], when: [['wound', 1], ['any', 0.08]] },
  { item: 'drainCare', label: 'Drain pleural : surveillance', times: ['09:00', '21:00'], when: [['any', 0.02]] },
  { item: 'capillaryGlucose', label: 'Glycémie capillaire', times: ['07:30', '11:30', '18:30', '22:00'], when: [['diabetes', 1]] },
  { item: 'other', label: 'Surveillance du transit', times: ['20:00'], when: [['any', 0.5]] },
  { item: 'other', label: 'Pesée', times: ['07:00'], when: [['heart', 1]] },
  { item: 'other', label: 'Bas de contention', times: ['08:00'], when: [['any', 0.15]] },
  { item: 'other', label: 'Surveillance nocturne rapprochée (risque de chute)', times: ['22:30', '23:30', '00:30', '01:30', '02:30', '03:30', '04:30', '05:30'], when: [['dependent', 0.7], ['partial', 0.7]] },
  { item: 'other', label: 'Surveillance du sommeil', times: ['23:00', '01:00', '03:00', '05:00'], when: [['any', 0.9]] },
  { item: 'other', label: 'Installation pour la nuit', times: ['21:30'], when: [['any', 0.9]] },
  { item: 'other', label: 'Aide à la prise des traitements', times: ['08:00', '12:00', '19:00'], when: [['dependent', 0.8], ['partial', 0.5], ['any', 0.7]] },
];

/** Whether a patient with these tags gets it, drawn once. */
export const wanted = (
  when: readonly (readonly [Tag, number])[],
  tags: ReadonlySet<Tag>,
  roll: () => number,
): boolean => when.some(([tag, p]) => (tag === 'any' || tags.has(tag)) && roll() < p);
