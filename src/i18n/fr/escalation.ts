import { bySex } from '../forms';
/** Escalation of a NEWS2 that triggers, the level of care, and moves between beds. */
export const frEscalation = {
  due: 'Appel médical à tracer',
  title: 'Appel médical à tracer',
  set: 'Constantes du {time} — NEWS2 {total}',
  messages: {
    emergency:
      'Score très élevé : appel médical immédiat et appel de l’équipe de réanimation (MET)',
    emergencyNoMet: 'Score très élevé : informer le médecin immédiatement',
    urgent: 'Score élevé : informer le médecin en urgence',
    single: 'Un paramètre à 3 : informer le médecin',
  },
  withLimitation: '{message} — limitation des soins : {limitation}',
  limitations: {
    noCpr: 'pas de massage cardiaque (pas de RCP)',
    noIcu: 'pas de réanimation',
    comfort: 'soins de confort uniquement',
  },
  form: {
    intro: 'Notez qui a été prévenu et quand : la demande reste affichée jusque-là.',
    who: 'Qui a été prévenu ?',
    roles: {
      physician: 'Médecin',
      intern: 'Interne',
      met: 'Équipe de réanimation (MET)',
      manager: 'Cadre de santé',
    },
    name: 'Nom de la personne prévenue',
    nameHint: 'Facultatif, par exemple Dr Roux',
    at: 'Prévenu le',
    response: 'Réponse ou décision',
    responseHint: 'Facultatif : passe voir le patient, nouvelle prescription, rappeler dans 1 h…',
    submit: 'Enregistrer l’appel',
    saved: 'Appel médical enregistré.',
  },
  level: {
    label: 'Niveau de soins',
    card: 'Limitation : {level}',
    short: {
      noCpr: 'pas de RCP',
      noIcu: 'pas de réa',
      comfort: 'confort',
    },
  },
  timeline: 'Appel médical tracé : {who}{response}',
  moves: {
    roomWith: 'chambre partagée avec : {sexes}',
    sexes: { F: 'une femme', M: 'un homme', I: 'une personne de sexe indéterminé' },
    swapLegend: 'Ou échanger avec le patient d’un autre lit',
    swapWith: 'Lit {bed} : échanger avec {name} ({sex})',
    swapNotice: 'Échange : {name} ira au lit {bed}, au même moment.',
    noOther: 'Aucun autre patient à qui échanger le lit.',
    admittedOn: bySex({
      female: 'admise le {date}',
      male: 'admis le {date}',
      other: 'admission le {date}',
    }),
  },
};

export const frEscalationValidation = {
  notVitals: 'Ces constantes n’existent pas, ou plus, pour ce patient.',
  beforeVitals: 'L’appel ne peut pas précéder la prise des constantes.',
  notSwappable: 'L’autre patient n’est plus dans ce lit : rouvrez l’écran et choisissez à nouveau.',
};
