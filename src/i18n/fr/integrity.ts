import { plural } from '../forms';
/** Damaged records and failures of a screen (the `integrity` namespace). */
export const frIntegrity = {
  banner: {
    title: 'Données endommagées sur cette tablette',
    text: plural({
      one: '{count} enregistrement ne passe pas le contrôle d’intégrité et ne peut pas être lu ici. Le reste du service fonctionne normalement.',
      other:
        '{count} enregistrements ne passent pas le contrôle d’intégrité et ne peuvent pas être lus ici. Le reste du service fonctionne normalement.',
    }),
    link: 'Voir la liste dans les Réglages',
  },
  patient: {
    title: 'Dossier endommagé',
    damagedRecord:
      'Le dossier de ce patient est endommagé sur cette tablette : il ne peut pas y être lu.',
    damagedEntries: plural({
      one: '{count} entrée du dossier de ce patient est endommagée et n’est pas affichée : ce qui est affiché peut être incomplet.',
      other:
        '{count} entrées du dossier de ce patient sont endommagées et ne sont pas affichées : ce qui est affiché peut être incomplet.',
    }),
    whatToDo:
      'Rien n’a été modifié ni effacé. Utilisez le dossier papier ou une autre tablette pour ce patient, et prévenez le cadre de santé.',
  },
  settings: {
    title: 'Données endommagées',
    none: 'Aucun enregistrement endommagé n’a été détecté depuis le déverrouillage.',
    intro:
      'Ces enregistrements ne passent pas le contrôle d’intégrité (donnée altérée sur la tablette). Ils sont conservés tels quels et ne sont pas affichés. Prévenez le cadre de santé.',
    columns: {
      table: 'Donnée',
      record: 'Patient ou entrée',
      detected: 'Détecté le',
    },
    tables: {
      patients: 'Fiche patient (en-tête)',
      lastVitals: 'Dernières constantes',
      events: 'Entrée du dossier',
      other: 'Autre ({table})',
    },
    patient: 'patient {id}',
    entry: '{type} du {at}, patient {id}',
    wardEntry: '{type} du {at} (service)',
    rebuild: 'Reconstruire depuis le journal',
    rebuildHint:
      'La fiche patient et les dernières constantes sont recalculées à partir des entrées du dossier ; une copie des données endommagées est gardée.',
    rebuilt: 'Reconstruit depuis le journal. Les données endommagées sont gardées en copie.',
    rebuildFailed: 'La reconstruction a échoué : rien n’a été modifié.',
    eventsNote:
      'Une entrée endommagée du dossier ne peut pas être reconstruite : utilisez le dossier papier ou une autre tablette.',
  },
  boundary: {
    title: 'Cette partie de l’écran ne peut pas s’afficher',
    text: 'Une erreur a empêché l’affichage de « {part} ». Le reste de l’application fonctionne. Rien de ce qui a été enregistré n’est perdu.',
    reload: 'Recharger',
    report: 'À noter pour le signalement',
    reportLine: 'Écran : {part} — Erreur : {name} — {message}',
  },
  parts: {
    app: 'Relève',
    board: 'Service',
    todo: 'À faire',
    patient: 'Patient',
    unknownPatient: 'Patient',
    chart: 'Saisie au lit',
    admit: 'Admission',
    beds: 'Lits',
    print: 'Impression',
    data: 'Données',
    settings: 'Réglages',
    author: 'Qui saisit ?',
    vitals: 'Constantes',
    due: 'À faire maintenant',
    mar: 'Plan d’administration',
    care: 'Soins',
    notes: 'Transmissions',
    timeline: 'Chronologie',
  },
};
