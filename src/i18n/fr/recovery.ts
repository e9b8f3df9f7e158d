/** Recovery export (Data screen): the outage's records back to the hospital's systems. */
export const frRecovery = {
  title: 'Export de reprise',
  intro:
    'Pour ressaisir la panne dans le dossier de l’hôpital : un fichier FHIR R4 pour le logiciel, un fichier CSV pour un tableur. Rien n’est envoyé : le fichier est enregistré sur cette tablette.',
  scope: 'Patients',
  allPatients: 'Tout le service',
  chosenPatients: 'Patients choisis',
  choose: 'Choisir les patients',
  from: 'Du (vide : depuis le début)',
  to: 'Au (vide : jusqu’à maintenant)',
  clear: 'Effacer',
  exportFhir: 'Exporter FHIR',
  exportCsv: 'Exporter CSV',
  working: 'Préparation du fichier…',
  progress: 'Avancement : patient {done} sur {total}',
  progressEntries: 'Avancement : entrée {done} sur {total}',
  done: 'Fichier {name} enregistré.',
  counts: 'Contenu : {counts}',
  failed:
    'Le fichier n’a pas pu être préparé. Rien n’a été modifié. Réessayez ; si cela recommence, prévenez le cadre.',
  noPatient: 'Choisissez au moins un patient.',
  badWindow: 'Date ou heure invalide (jj/mm/aaaa et hh:mm).',
  windowOrder: 'La fin doit venir après le début.',
};
