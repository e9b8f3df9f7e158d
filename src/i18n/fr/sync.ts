import { plural } from '../forms';

/** The hub's state in the header of every screen (features/sync). */
export const frSync = {
  off: 'Hub : non configuré',
  connected: 'Hub : connecté',
  offline: 'Hub : injoignable, nouvel essai bientôt',
  unauthorized: 'Hub : identifiant refusé',
  error: 'Hub : erreur, nouvel essai bientôt',
  exchangedAt: 'dernier échange à {time}',
  never: 'aucun échange encore',
  waiting: plural({
    one: '{count} saisie en attente d’envoi',
    other: '{count} saisies en attente d’envoi',
  }),
  settings: {
    title: 'Hub du service',
    intro:
      'Avec un hub, les tablettes du service restent à jour entre elles sur le réseau du service. Demandez l’adresse et l’identifiant du hub au cadre ou à l’informatique.',
    url: 'Adresse du hub (base du service)',
    user: 'Utilisateur',
    password: 'Mot de passe du hub',
    passphrase: 'Phrase secrète du service',
    passphraseHint:
      'Au moins 4 mots et 20 caractères : la clé du service, protégée par cette phrase, est déposée sur le hub.',
    test: 'Tester la connexion',
    enable: 'Activer le hub',
    disable: 'Désactiver le hub',
    working: 'Patientez…',
    reachable: 'Connexion réussie : le hub répond.',
    enabled: 'Hub activé : l’échange commence.',
    disabled: 'Hub désactivé sur cette tablette.',
    current: 'Hub actuel : {url}',
    errors: {
      unauthorized: 'Le hub refuse cet utilisateur ou ce mot de passe.',
      forbidden: 'Le hub refuse cet utilisateur pour cette base.',
      unreachable: 'Le hub ne répond pas. Vérifiez l’adresse et le Wi-Fi.',
      notFound: 'Cette adresse ne mène à aucune base du hub.',
      server: 'Le hub a répondu par une erreur. Réessayez.',
      weakPassphrase:
        'La phrase secrète du service est trop faible pour un hub : changez-la d’abord (au moins 4 mots et 20 caractères).',
      wrongPassphrase: 'Ce n’est pas la phrase secrète du service.',
      noWard: 'Aucun service sur cette tablette.',
      noWardOnHub:
        'Ce hub n’a pas encore la clé du service : activez d’abord le hub dans les Réglages d’une tablette du service.',
      alreadyWard: 'Cette tablette a déjà un service.',
      unknown: 'Cela n’a pas fonctionné. Rien n’a été modifié. Réessayez.',
    },
  },
};
