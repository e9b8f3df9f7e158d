import type { AdministrationOutcome } from '../doseStatus';

// The words of the demo ward: reasons, targeted notes (DAR), phoned results.

export const NOT_GIVEN: Readonly<Record<Exclude<AdministrationOutcome, 'given'>, string[]>> = {
  refused: ['Refus du patient', 'Nausées, refuse le traitement', 'Refuse : dit l’avoir déjà pris'],
  held: [
    'À jeun pour examen',
    'PAS à 95 mmHg : suspendu, avis médical',
    'Patient en examen (scanner)',
    'Glycémie basse : non administré selon protocole',
  ],
  'not-given': ['Produit non disponible dans le service', 'Voie veineuse non fonctionnelle'],
};

export const CARE_NOT_DONE = [
  'Patient endormi',
  'Refus du patient',
  'Patient en examen',
  'Douleur, reporté au tour suivant',
];

/** Target, data, actions, results: a transmission ciblée of an ordinary shift. */
// prettier-ignore
export const SHIFT_NOTES: readonly (readonly [string, string, string, string?])[] = [
  ['Douleur', 'Se plaint de douleurs lombaires, EVA 5/10.', 'Antalgique donné selon prescription, installé en décubitus latéral.', 'EVA 2/10 à 1 h.'],
  ['Sommeil', 'Nuit agitée, réveils fréquents.', 'Écoute, lumière tamisée, réassurance.', 'S’est rendormi vers 3 h.'],
  ['Alimentation', 'Mange la moitié de ses plateaux.', 'Compléments nutritionnels proposés, aide au repas.'],
  ['Élimination', 'Pas de selles depuis 3 jours.', 'Hydratation encouragée, médecin informé.'],
  ['Comportement', 'Désorienté dans le temps en fin de journée.', 'Réorientation, famille prévenue, barrières relevées sur prescription.'],
  ['Mobilité', 'Premier lever au fauteuil ce matin.', 'Lever avec aide de deux soignants.', 'Bien toléré, 1 h au fauteuil.'],
  ['Dyspnée', 'Dyspnée à l’effort, SpO2 93 % en air ambiant.', 'Installé demi-assis, surveillance rapprochée.', 'SpO2 95 % au repos.'],
  ['Fièvre', 'Frissons, température à 38,6 °C.', 'Hémocultures prélevées, paracétamol donné, médecin prévenu.'],
  ['Plaie', 'Ulcère propre, bourgeonnant.', 'Pansement refait selon protocole.'],
  ['Famille', 'La fille demande des nouvelles.', 'Informations données dans la limite du secret, rendez-vous avec le médecin proposé.'],
  ['Moral', 'Patient triste, pleure au moment de la toilette.', 'Temps d’écoute, psychologue sollicitée.'],
  ['Hydratation', 'Boit peu, muqueuses sèches.', 'Boissons proposées à chaque passage, eau gélifiée.'],
];

/** A later note that gives only the results of an earlier target. */
export const RESULT_NOTES: readonly (readonly [string, string])[] = [
  ['Douleur', 'Soulagé, EVA 1/10 au tour suivant.'],
  ['Sommeil', 'Nuit calme après l’antalgique.'],
  ['Élimination', 'Selles ce matin.'],
  ['Dyspnée', 'Amélioration, parle sans s’essouffler.'],
];

/** Test, unit, normal and abnormal values as the laboratory phones them. */
// prettier-ignore
export const RESULTS: readonly (readonly [string, string | undefined, readonly string[]])[] = [
  ['Kaliémie', 'mmol/L', ['3,9', '4,2', '3,1', '5,9']],
  ['Natrémie', 'mmol/L', ['138', '141', '128']],
  ['Hémoglobine', 'g/dL', ['11,8', '9,4', '7,2']],
  ['CRP', 'mg/L', ['12', '86', '214']],
  ['Créatininémie', 'µmol/L', ['78', '145', '262']],
  ['Troponine T hs', 'ng/L', ['< 14', '38']],
  ['INR', undefined, ['2,4', '4,8']],
  ['Hémocultures', undefined, ['Négatives à 48 h', 'Positives : cocci Gram + en amas']],
  ['ECBU', undefined, ['E. coli > 10^5/mL, antibiogramme à suivre', 'Stérile']],
  ['Lactates', 'mmol/L', ['1,2', '3,4']],
];

export const CALLERS = [
  'Laboratoire de biochimie, M. Garnier',
  'Laboratoire d’hématologie, Mme Petit',
  'Bactériologie, Dr Faure (biologiste)',
];

export const ESCALATION_RESPONSES = [
  'Vient voir le patient',
  'Hémocultures, remplissage NaCl 0,9 % 500 mL, rappeler dans 1 h',
  'Oxygène pour SpO2 > 94 %, gaz du sang, passe dans 30 min',
  'Surveillance horaire, rappeler si aggravation',
];

export const WARD_NOTES = [
  'Relève faite avec l’équipe de nuit, pas d’événement particulier.',
  'Cadre de garde informée : deux lits disponibles pour les urgences.',
  'Pharmacie : livraison reçue, armoire à pharmacie vérifiée.',
  'Chariot d’urgence vérifié et scellé.',
  'Bip de l’interne de garde : 4512.',
  'Procédure dégradée : dossiers papier rangés au poste de soins.',
];

export const VOID_REASONS = {
  vitals: 'Erreur de saisie : valeur d’un autre patient',
  dose: 'Heure d’administration erronée',
  care: 'Soin coché par erreur',
  note: 'Transmission saisie dans le mauvais dossier',
  undo: 'Annulation faite par erreur',
};
