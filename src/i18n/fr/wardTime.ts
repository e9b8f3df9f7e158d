/** The ward's time zone, a ward setting (the `wardTime` namespace, issue 11). */
export const frWardTime = {
  legend: 'Fuseau horaire du service',
  hint: 'Le jour du service (de minuit à minuit), les heures des prises et des soins prévus, les heures affichées et imprimées suivent ce fuseau, sur toutes les tablettes du service. Ce qui est déjà enregistré garde son instant : seule l’heure affichée change.',
  now: 'Il est {time} le {date} dans ce fuseau.',
  save: 'Enregistrer le fuseau',
  saved: 'Fuseau du service enregistré : {zone}.',
  unchanged: 'C’est déjà le fuseau du service : {zone}.',
  zones: {
    'Europe/Paris': 'Métropole (Paris)',
    'America/Guadeloupe': 'Guadeloupe',
    'America/Martinique': 'Martinique',
    'America/Cayenne': 'Guyane (Cayenne)',
    'America/Miquelon': 'Saint-Pierre-et-Miquelon',
    'Indian/Reunion': 'La Réunion',
    'Indian/Mayotte': 'Mayotte',
    'Pacific/Noumea': 'Nouvelle-Calédonie (Nouméa)',
    'Pacific/Tahiti': 'Polynésie française (Tahiti)',
  },
};
