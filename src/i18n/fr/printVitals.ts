/** Vitals chart continued by hand, and the ward's glycaemia unit (issue 10, points 4 and 7). */
export const frPrintVitals = {
  wardSettings: {
    title: 'Réglages du service',
    intro: 'Partagés par toutes les tablettes du service, une fois les journaux réunis.',
    glucoseUnit: 'Unité de la glycémie capillaire',
    glucoseHint:
      'Titre de la colonne sur la pancarte imprimée, et unité proposée à la saisie. Chaque valeur garde l’unité dans laquelle elle a été saisie.',
    save: 'Enregistrer l’unité',
    saved: 'Unité du service enregistrée : {unit}.',
    unchanged: 'C’est déjà l’unité du service : {unit}.',
  },
  graph: {
    title: 'Courbes des 72 dernières heures, à continuer jusqu’à {end}',
    printed: 'impression {time}',
  },
  grid: {
    title: 'NEWS2 à la main, de {from} à {to}',
    intro:
      'Écrire la valeur dans la case de sa tranche ; les points de la tranche s’ajoutent au total. Total ≥ 5 ou un paramètre à 3 : avis médical.',
    parameter: 'Paramètre',
    band: 'Valeur',
    points: 'Pts',
    hour: 'Heure prévue',
    actualTime: 'Heure réelle',
    total: 'Total NEWS2',
    initials: 'Initiales',
    glucose: 'Glycémie ({unit})',
    onOxygen: '{band} sous O2',
    onAir: '{band} à l’air',
    hourLabel: '{hour} h',
    parameters: {
      respiratoryRate: 'FR /min',
      spo2: 'SpO2 %',
      spo2Scale2: 'SpO2 % (éch. 2)',
      onOxygen: 'Air ou O2',
      systolicBp: 'TA syst. mmHg',
      pulse: 'FC /min',
      consciousness: 'Conscience',
      temperature: 'T °C',
    },
    air: 'Air',
    oxygen: 'O2',
    alert: 'A (alerte)',
    notAlert: 'C, V, P ou U',
  },
};
