import { plural } from '../forms';
/** Medication safety (issue 9): allergy check, as-needed limits, deviations, roles. */
export const frMedSafety = {
  when: { tomorrow: 'demain {time}', yesterday: 'hier {time}' },
  duration: { minutes: '{minutes} min', hours: '{hours} h', hoursMinutes: '{hours} h {minutes}' },
  allergy: {
    title: 'Allergie : vérifiez avant de transcrire',
    substance: '{drug} correspond à l’allergie « {allergy} » ({severity}).',
    class: '{drug} est de la même classe ({className}) que l’allergie « {allergy} » ({severity}).',
    cross:
      '{drug} ({className}) : réaction croisée possible avec l’allergie « {allergy} » ({severity}). Risque faible (environ 1 à 2 %) mais une réaction grave reste possible : vérifiez avec le prescripteur.',
    overrideTitle: 'Transcrire malgré l’allergie',
    override: 'Je transcris malgré l’allergie (vérifié avec le médecin)',
    reason: 'Motif (qui a confirmé, pourquoi)',
    recorded: 'transcrit malgré l’allergie ({allergies}) : {reason}',
    classes: {
      penicillins: 'pénicillines',
      cephalosporins: 'céphalosporines',
      sulfonamides: 'sulfamides',
      nsaids: 'anti-inflammatoires non stéroïdiens',
      opioids: 'opioïdes',
      iodinatedContrast: 'produits de contraste iodés',
      latex: 'latex',
    },
  },
  prn: {
    maxAmount: 'Quantité maximale par 24 h',
    maxAmountHint: 'Par exemple 4 g pour le paracétamol ; laissez vide s’il n’y en a pas',
    maxAmountUnit: 'Unité de la quantité maximale',
    minInterval: 'Intervalle minimal entre deux doses (en heures)',
    minIntervalHint: 'Par exemple 4 ; laissez vide s’il n’y en a pas',
    amount: 'Quantité : {given} sur les dernières 24 h (maximum {max}).',
    amountReached:
      'Quantité maximale atteinte : {given} sur les dernières 24 h, pour un maximum de {max}.',
    limitReached: plural({
      one: 'Maximum atteint : {count} dose sur 24 h, pour un maximum prescrit de {max}.',
      other: 'Maximum atteint : {count} doses sur 24 h, pour un maximum prescrit de {max}.',
    }),
    tooSoon: 'Trop tôt : au moins {hours} h entre deux doses.',
    next: 'Prochaine dose possible : {when}.',
    never: 'Cette dose dépasse à elle seule la quantité maximale.',
    marLimit: 'Si besoin : dose suivante possible {when}.',
    scheduleAmount: '{max} par 24 h au plus',
    scheduleInterval: 'au moins {hours} h entre deux doses',
  },
  deviation: {
    title: 'Écart à la prescription',
    dose: 'Dose différente de la prescription : {given} au lieu de {prescribed}.',
    early: 'Heure {duration} avant la prise prévue ({due}) ; la fenêtre est de ± {window}.',
    late: 'Heure {duration} après la prise prévue ({due}) ; la fenêtre est de ± {window}.',
    confirm: 'Je confirme cet écart',
    reason: 'Motif de l’écart',
    mar: '⚠ ÉCART : {what}',
    marDose: 'dose {given} (prescrit {prescribed})',
    marEarly: '{duration} en avance',
    marLate: '{duration} en retard',
    marReason: 'motif : {reason}',
  },
  roles: {
    prescribing:
      'Transcrire, modifier ou arrêter une prescription est réservé aux infirmier·ère·s, sages-femmes, cadres et médecins.',
    administering:
      'Les doses sont tracées par l’infirmier·ère qui en a la responsabilité (fonction : {role}).',
  },
  stopped: 'ARRÊTÉE',
};

export const frMedSafetyValidation = {
  allergyMatch:
    'Ce médicament correspond à une allergie du patient : ne transcrivez pas, ou cochez « Je transcris malgré l’allergie » et donnez le motif.',
  prnTooSoon:
    'Intervalle minimal entre deux doses non respecté : une dérogation avec motif est obligatoire.',
  doseDeviation:
    'La dose diffère de la prescription : corrigez-la, ou confirmez l’écart avec un motif.',
  timingDeviation:
    'L’heure est hors de la fenêtre de la prise prévue : corrigez-la, ou confirmez l’écart avec un motif.',
  prescriptionChangedMeanwhile:
    'Cette prescription a été arrêtée ou modifiée entre-temps (sur un autre onglet ou une autre tablette) : rien n’a été enregistré. Revenez au dossier pour voir la version en cours.',
  notPermitted:
    'Votre fonction ne permet pas d’enregistrer cette action : rien n’a été enregistré. Demandez à un·e infirmier·ère.',
};
