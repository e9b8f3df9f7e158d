import { plural } from '../forms';

/** The ward file (issue 14): made, shared, imported; its refused entries in Settings. */
export const frWardFile = {
  title: 'Fichier du service',
  intro:
    'Le journal du service dans un seul fichier chiffré, pour le passer aux autres tablettes du service (clé USB, partage, dossier commun). Importer un fichier ajoute ce qui manque ici ; rien n’est effacé ni remplacé.',
  lastMade: 'Dernier fichier fait sur cette tablette : {when}.',
  neverMade: 'Aucun fichier du service n’a encore été fait sur cette tablette.',
  make: {
    title: 'Faire un fichier',
    scope: 'Contenu',
    whole: 'Tout le journal',
    since: 'Les entrées saisies depuis une date',
    sinceDate: 'Saisies depuis le',
    submit: 'Faire le fichier du service',
    working: 'Préparation du fichier…',
    progress: 'Avancement : {done} entrées lues sur {total}',
    shared: 'Fichier {name} prêt : {count} entrées. Choisissez où l’envoyer.',
    saved: plural({
      one: 'Fichier {name} enregistré sur cette tablette : {count} entrée.',
      other: 'Fichier {name} enregistré sur cette tablette : {count} entrées.',
    }),
    badDate: 'Date ou heure invalide (jj/mm/aaaa et hh:mm).',
  },
  backup: {
    title: 'Copie de sauvegarde pour l’informatique',
    intro:
      'Une copie qui quitte le service : elle s’ouvre avec une phrase choisie maintenant, pas avec celle du service. Donnez cette phrase séparément du fichier.',
    wardPassphrase: 'Phrase de passe du service',
    filePassphrase: 'Phrase de passe de la copie',
    filePassphraseConfirm: 'Phrase de passe de la copie, à nouveau',
    hint: 'Au moins 10 caractères, ou un code d’au moins 6 chiffres.',
    submit: 'Faire la copie de sauvegarde',
    required: 'Saisissez la phrase de passe du service.',
    weak: 'Phrase trop courte : au moins 10 caractères, ou un code d’au moins 6 chiffres.',
    mismatch: 'Les deux phrases de la copie ne sont pas identiques.',
  },
  import: {
    title: 'Importer un fichier du service',
    choose: 'Fichier du service (.releve)',
    submit: 'Importer',
    noFile: 'Choisissez d’abord un fichier.',
    working: 'Vérification puis import du fichier…',
    progress: 'Avancement : {done} entrées sur {total}',
    from: 'Fichier fait le {when} ({kind}), {count} entrées.',
    kindWard: 'fichier du service',
    kindBackup: 'copie de sauvegarde',
    done: 'Import terminé : {added}, {patients}, {present}.',
    quarantined: plural({
      one: '{count} entrée refusée a été mise à l’écart, sans être appliquée : voir Réglages, « Entrées mises à l’écart ».',
      other:
        '{count} entrées refusées ont été mises à l’écart, sans être appliquées : voir Réglages, « Entrées mises à l’écart ».',
    }),
  },
  report: {
    added: plural({ one: '{count} nouvelle entrée', other: '{count} nouvelles entrées' }),
    patients: plural({ one: '{count} nouveau patient', other: '{count} nouveaux patients' }),
    present: plural({ one: '{count} déjà présente', other: '{count} déjà présentes' }),
  },
  errors: {
    empty: 'Ce fichier est vide. Rien n’a été modifié.',
    notWardFile: 'Ce n’est pas un fichier du service Relève. Rien n’a été modifié.',
    truncated:
      'Ce fichier est incomplet (copie interrompue ?). Rien n’a été modifié. Refaites le fichier sur la tablette d’origine.',
    unknownVersion:
      'Ce fichier a été fait par une version plus récente de Relève. Rien n’a été modifié. Mettez cette tablette à jour.',
    otherWard: 'Ce fichier est celui d’un autre service. Rien n’a été modifié.',
    wrongPassphrase: 'Phrase de passe incorrecte. Rien n’a été modifié.',
    damaged:
      'Ce fichier est abîmé ou a été modifié : sa vérification échoue. Rien n’a été modifié. Refaites le fichier sur la tablette d’origine.',
    tooLarge:
      'Ce fichier est bien trop grand pour être un fichier du service. Rien n’a été modifié.',
    noWard: 'Cette tablette n’a pas encore de service.',
    alreadyWard: 'Cette tablette a déjà un service : une tablette ne tient qu’un service.',
    quota:
      'La tablette n’a plus de place pour enregistrer. Ce qui a été importé reste valable ; libérez de la place puis importez à nouveau le fichier.',
    failed:
      'L’opération n’a pas abouti. Rien de ce qui était enregistré n’a été perdu. Réessayez ; si cela recommence, prévenez le cadre.',
  },
  quarantine: {
    title: 'Entrées mises à l’écart',
    none: 'Aucune entrée mise à l’écart.',
    intro:
      'Entrées apportées par un fichier du service et refusées : elles ne sont pas appliquées et ne modifient rien. Prévenez le cadre ; elles restent ici pour l’enquête.',
    columns: {
      source: 'Fichier et tablette',
      when: 'Importé le',
      reason: 'Motif',
      count: 'Nombre',
    },
    unnamed: 'fichier sans nom',
    reasons: {
      tampered: 'Vérification échouée (modifiée ou abîmée)',
      shape: 'Pas une entrée lisible',
      schema: 'Contenu non valide',
      newer: 'Écrite par une version plus récente de Relève : à reprendre après sa mise à jour',
      otherWard: 'Entrée d’un autre service',
    },
  },
};
