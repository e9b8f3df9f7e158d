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
};
