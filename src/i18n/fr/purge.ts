import { plural } from '../forms';

/** End of the outage: delete the ward's data from the tablet (issue 13, point 5). */
export const frPurge = {
  title: 'Effacer les données de cette tablette',
  intro:
    'En fin de panne, une fois tout exporté et ressaisi dans le dossier de l’hôpital : efface de cette tablette tout ce que Relève y garde. L’application reste installée et s’ouvrira sur la création d’un service.',
  whatTitle: 'Ce qui sera effacé',
  patients: plural({ one: '{count} patient', other: '{count} patients' }),
  patientsList: 'Voir les patients',
  entries: plural({
    one: '{count} saisie du journal du service',
    other: '{count} saisies du journal du service',
  }),
  drafts: plural({ one: '{count} brouillon', other: '{count} brouillons' }),
  devices: plural({
    one: '{count} tablette connue du service',
    other: '{count} tablettes connues du service',
  }),
  key: 'la clé du service (la phrase de passe ne servira plus)',
  training: 'le service de formation',
  settings: 'les réglages de cette tablette (langue, mode)',
  beforeTitle: 'Avant d’effacer',
  exported: 'Export de reprise enregistré le {at}.',
  notExported: 'Aucun export de reprise n’a été enregistré sur cette tablette.',
  reconciled: 'Reprise terminée : toutes les lignes sont ressaisies.',
  notReconciled: 'Reprise incomplète : lignes ressaisies {done} sur {count}.',
  warning:
    'Attention : tout n’a peut-être pas été rendu à l’hôpital. Une fois effacées, ces données ne pourront plus être récupérées depuis cette tablette.',
  managerOnly: 'Seul le cadre de santé du service peut effacer les données.',
  start: 'Effacer les données de cette tablette…',
  confirmTitle: 'Confirmer l’effacement',
  confirmLabel: 'Pour confirmer, tapez SUPPRIMER ou le nom du service ({ward})',
  confirmWord: 'SUPPRIMER',
  confirmMismatch: 'Tapez SUPPRIMER ou le nom exact du service.',
  confirm: 'Effacer définitivement',
  deleting: 'Effacement…',
  steps: {
    database: 'la base de données du service',
    storage: 'les réglages de la tablette',
    caches: 'les caches de données',
    memory: 'la clé en mémoire',
  },
  failed:
    'Effacement incomplet : {failed} n’a pas pu être effacé. Fermez les autres onglets de Relève, puis réessayez. Rien n’a été modifié dans les données du service.',
  purged: 'Données supprimées de cette tablette : {what}.',
  purgedPartly:
    'Non effacé : {failed}. Fermez Relève puis effacez les données du site dans les réglages du navigateur.',
  purgedNext: 'L’application reste installée. Vous pouvez créer un nouveau service.',
};
