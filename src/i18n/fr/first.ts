import { frIntegrity } from './integrity';
import { frLockSafety } from './lockSafety';
import { frTraining } from './training';

/**
 * The words of what shows before the rest of the app has loaded: the lock screen, the update
 * and training bands, the error boundary. They ship with the first chunk; the rest of the
 * French catalogue (`../fr.ts`) loads with `import()` as soon as the app starts.
 */
export const frFirst = {
  app: {
    name: 'Relève',
    tagline: 'Dossier de soins du service, hors ligne',
    skipToContent: 'Aller au contenu',
    loading: 'Chargement…',
  },
  update: {
    ready: 'Une nouvelle version de Relève est prête.',
    reload: 'Mettre à jour maintenant',
    later: 'Plus tard',
    hint: 'Terminez d’abord la saisie en cours : la mise à jour recharge la page.',
    offlineReady: 'Relève fonctionne maintenant sans réseau.',
    dismiss: 'Fermer',
  },
  lock: {
    title: 'Relève est verrouillé',
    intro: 'Saisissez la phrase de passe du service pour ouvrir les données.',
    passphrase: 'Phrase de passe du service',
    unlock: 'Déverrouiller',
    opening: 'Ouverture…',
    empty: 'Saisissez la phrase de passe.',
    wrong: 'Phrase de passe incorrecte.',
    corrupted:
      'La clé enregistrée sur cette tablette est endommagée : ce n’est pas la phrase de passe, et cet essai n’est pas compté comme une erreur. Les données ne peuvent pas être ouvertes ici. Prévenez l’informatique ; une sauvegarde peut être restaurée sur une autre tablette.',
    wait: 'Trop d’essais incorrects. Nouvel essai possible dans {seconds} s.',
    lockNow: 'Verrouiller',
    setupSection: 'Phrase de passe du service',
    setupIntro:
      'Elle chiffre toutes les données de la tablette et sera demandée à chaque ouverture. Partagez-la seulement avec l’équipe du service.',
    noRecovery:
      'Une phrase de passe oubliée ne peut pas être retrouvée, par personne : sans elle, les données sont perdues. Notez-la en lieu sûr et faites des sauvegardes.',
    rule: 'Un code d’au moins 6 chiffres, ou une phrase d’au moins 10 caractères (plus sûre).',
    confirm: 'Confirmer la phrase de passe',
    settingsTitle: 'Verrouillage et chiffrement',
    period: 'Verrouiller après une inactivité de',
    minutes: '{count} min',
    changeTitle: 'Changer la phrase de passe',
    current: 'Phrase de passe actuelle',
    new: 'Nouvelle phrase de passe',
    change: 'Changer la phrase de passe',
    changed: 'Phrase de passe changée. Elle sera demandée à la prochaine ouverture.',
    protectionTitle: 'Ce qui est protégé',
    protected:
      'Chiffré sur la tablette (AES-256) : identités, lits, constantes, traitements, notes et noms des soignants. Sans la phrase de passe, une tablette perdue ou volée ne révèle rien de clinique. L’application se verrouille seule après l’inactivité choisie.',
    notProtected:
      'Non protégé : ce qui est affiché pendant que la tablette est ouverte, les feuilles imprimées, les fichiers exportés, et la date et le type des enregistrements (nécessaires à l’index). Un code de 6 chiffres arrête un curieux, pas un attaquant qui copie la tablette : préférez une phrase.',
  },
  lockSafety: frLockSafety,
  training: frTraining,
  integrity: frIntegrity,
};
