import { plural } from '../forms';

/** One ward on several tablets (issue 14, points 1 and 7): join, restore, add, backups. */
export const frTablets = {
  firstRun: {
    title: 'Première ouverture sur cette tablette',
    restoreTitle: 'Cette tablette avait déjà le service ?',
    restoreText:
      'Si le navigateur a effacé ses données (manque de place, tablette réinitialisée, données du site supprimées), l’application ne peut pas le savoir : tout a disparu d’un coup. Ne créez pas un nouveau service vide : restaurez la tablette depuis son dernier fichier du service, ou celui d’une autre tablette du service.',
    restore: 'Restaurer depuis un fichier du service',
    joinTitle: 'Une autre tablette du service fonctionne déjà ?',
    joinText:
      'Sur cette tablette-là, Réglages, « Ajouter une tablette à ce service » fait un fichier. Apportez-le ici (clé USB, partage) avec la phrase de passe du service.',
    join: 'Rejoindre le service avec un fichier',
    createText:
      'Seulement pour la première tablette du service, au début de la panne. Les autres tablettes rejoignent ce service avec un fichier.',
  },
  join: {
    joinTitle: 'Rejoindre le service',
    restoreTitle: 'Restaurer cette tablette',
    joinIntro:
      'Choisissez le fichier fait sur une tablette du service, puis tapez la phrase de passe du service. La tablette reçoit la clé du service et tout son journal.',
    restoreIntro:
      'Choisissez le dernier fichier du service fait par cette tablette (ou par une autre tablette du service), puis tapez la phrase de passe du service. Ce qui a été saisi ici après ce fichier et qu’aucune autre tablette n’a reçu est perdu : notez-le sur papier pour le ressaisir.',
    file: 'Fichier du service',
    fileHint: 'Fichier .releve sur une clé USB ou reçu par partage',
    fileChosen: 'Fichier choisi : {name}',
    backupPassphrase:
      'C’est une copie de sauvegarde : tapez la phrase de passe choisie pour elle. Cette tablette s’ouvrira ensuite avec cette phrase-là ; pour reprendre celle du service, changez-la dans Réglages.',
    fileFacts: 'Fait le {when}, {events}.',
    events: plural({ one: '{count} entrée', other: '{count} entrées' }),
    passphrase: 'Phrase de passe du service',
    joinSubmit: 'Rejoindre le service',
    restoreSubmit: 'Restaurer la tablette',
    working: 'Ouverture du fichier et copie du journal…',
    back: 'Revenir aux choix',
    done: 'Service ouvert : {entries}, {patients}.',
    patients: plural({ one: '{count} nouveau patient', other: '{count} nouveaux patients' }),
    noFile: 'Choisissez d’abord le fichier du service.',
    noPassphrase: 'Tapez la phrase de passe du service.',
  },
  errors: {
    empty: 'Ce fichier est vide. Refaites le fichier sur l’autre tablette.',
    notWardFile:
      'Ce fichier n’est pas un fichier du service Relève. Vérifiez que vous avez choisi le bon fichier.',
    truncated:
      'Ce fichier est incomplet (copie interrompue ?). Copiez-le de nouveau depuis la clé ou refaites-le.',
    unknownVersion:
      'Ce fichier a été fait par une version plus récente de Relève. Mettez à jour l’application sur cette tablette, puis réessayez.',
    otherWard: 'Ce fichier est celui d’un autre service. Rien n’a été modifié.',
    wrongPassphrase:
      'Phrase de passe incorrecte pour ce fichier : c’est celle du service qui a fait le fichier. Rien n’a été modifié.',
    damaged:
      'Ce fichier est abîmé ou a été modifié : il ne peut pas être lu. Rien n’a été modifié. Refaites le fichier.',
    tooLarge: 'Ce fichier est trop gros pour être lu sur cette tablette.',
    noWard: 'Cette tablette n’a pas encore de service.',
    alreadyWard:
      'Cette tablette a déjà un service : une tablette ne tient qu’un service. Rien n’a été modifié.',
    storage:
      'Le fichier n’a pas pu être lu ou enregistré sur cette tablette. Rien n’a été modifié. Réessayez ; si cela recommence, prévenez le cadre.',
  },
  add: {
    title: 'Ajouter une tablette à ce service',
    intro:
      'Fait un fichier avec tout le journal du service et sa clé, protégée par la phrase de passe du service.',
    steps: {
      carry:
        'Faites le fichier, puis copiez-le sur une clé USB ou envoyez-le par le partage de la tablette.',
      open: 'Sur la nouvelle tablette, ouvrez Relève et choisissez « Rejoindre le service avec un fichier ».',
      type: 'Choisissez le fichier et tapez la phrase de passe du service : la nouvelle tablette ne s’ouvre pas sans elle.',
    },
    make: 'Faire le fichier pour la nouvelle tablette',
    working: 'Préparation du fichier…',
    progress: 'Avancement : {done} entrées sur {total}',
    done: 'Fichier {name} prêt ({events}). Apportez-le à la nouvelle tablette.',
    shared: 'Fichier {name} partagé ({events}).',
    failed:
      'Le fichier n’a pas pu être préparé. Rien n’a été modifié. Réessayez ; si cela recommence, prévenez le cadre.',
  },
  backup: {
    last: 'Dernier fichier du service fait sur cette tablette : {when}',
    never: 'jamais',
    due: 'Aucun fichier du service depuis plus de {hours}\u00A0h sur cette tablette. Si elle tombe en panne, ce qui a été saisi ici depuis est perdu : faites un fichier et gardez-le sur une clé USB ou une autre tablette.',
    neverDue:
      'Cette tablette n’a encore jamais fait de fichier du service. Si elle tombe en panne, ce qui a été saisi ici est perdu : faites un fichier et gardez-le sur une clé USB ou une autre tablette.',
    make: 'Faire un fichier du service',
    settingTitle: 'Rappel du fichier du service',
    setting: 'Rappeler de faire un fichier après',
    hours: '{count}\u00A0h',
    settingHint: 'Réglage propre à cette tablette.',
  },
  storage: {
    notPersistent:
      'Le navigateur peut effacer les données de cette tablette s’il manque de place. Installez l’application sur l’écran d’accueil et faites souvent un fichier du service.',
  },
};
