/** Joining through the ward hub at first run (features/setup), and "data up to" on the board. */
export const frHubJoin = {
  choiceTitle: 'Le service a un hub ?',
  choiceText:
    'Le service a un hub sur son réseau : cette tablette reçoit le service du hub, avec son adresse, l’identifiant du hub et la phrase secrète du service.',
  choose: 'Rejoindre par le hub',
  title: 'Rejoindre par le hub',
  intro:
    'L’adresse, l’utilisateur et le mot de passe du hub sont sur la fiche d’urgence du service (ou demandez-les au cadre). Gardez la tablette allumée et sur le Wi-Fi du service jusqu’à la fin.',
  url: 'Adresse du hub (base du service)',
  urlHint: 'Par exemple https://hub.local:8443/hub/ward-cardio-3',
  user: 'Utilisateur du hub',
  password: 'Mot de passe du hub',
  submit: 'Rejoindre le service',
  back: 'Retour',
  missing: 'Indiquez l’adresse, l’utilisateur, le mot de passe du hub et la phrase secrète.',
  connecting: 'Connexion au hub…',
  progress: '{received} entrées reçues sur ~{expected}',
  errors: {
    unauthorized:
      'Le hub refuse cet utilisateur ou ce mot de passe. Vérifiez-les sur la fiche du service.',
    forbidden: 'Le hub refuse cet utilisateur pour cette base.',
    unreachable:
      'Le hub ne répond pas. Vérifiez l’adresse et que la tablette est sur le Wi-Fi du service, puis réessayez : ce qui a déjà été reçu est gardé.',
    notFound: 'Cette adresse ne mène à aucune base du hub. Vérifiez-la.',
    server: 'Le hub a répondu par une erreur. Réessayez : ce qui a déjà été reçu est gardé.',
    wrongPassphrase: 'Ce n’est pas la phrase secrète du service.',
    noWardOnHub:
      'Ce hub n’a pas encore la clé du service : activez d’abord le hub dans les Réglages d’une tablette du service.',
    alreadyWard: 'Cette tablette a déjà un service.',
    unknown: 'Cela n’a pas fonctionné. Réessayez : ce qui a déjà été reçu est gardé.',
  },
  dataUpTo: 'Données du service sur cette tablette jusqu’au {upTo}',
  noData: 'Aucune donnée du service sur cette tablette pour l’instant',
  hubExchange: 'dernier échange avec le hub le {at}',
  hubNever: 'aucun échange avec le hub encore',
};
