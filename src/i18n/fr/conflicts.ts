import { plural } from '../forms';

/** What two tablets did at the same time (the `conflicts` namespace, issue 14, point 5). */
export const frConflicts = {
  title: 'Conflits entre tablettes',
  count: plural({
    one: '{count} conflit à régler : deux tablettes ont enregistré en même temps sans voir ce que faisait l’autre.',
    other:
      '{count} conflits à régler : deux tablettes ont enregistré en même temps sans voir ce que faisait l’autre.',
  }),
  patientIntro:
    'Deux tablettes ont enregistré en même temps sans se voir. Relève ne choisit pas à votre place : vérifiez, puis réglez-le. Une fois réglé, le conflit disparaît de chaque tablette qui reçoit la correction.',
  badge: '⚠ CONFLIT : {what}',
  open: 'Ouvrir le dossier de {name}',
  kinds: {
    bed: 'Deux patients dans le lit {bed}',
    dose: 'Une dose enregistrée deux fois',
    care: 'Un soin enregistré deux fois',
    duplicate: 'Même personne admise sur deux tablettes ?',
    header: '« {field} » modifié sur deux tablettes',
  },
  entry: 'Par {name}, le {time}, sur {device}',
  recordedLate: 'saisi le {time}',
  bed: {
    placed: '{patient} : arrivée dans ce lit',
    move: 'Déplacer {patient}',
  },
  dose: {
    what: '{drug}, prise prévue le {due}',
    outcome: 'Enregistré : {outcome}',
  },
  care: {
    what: '{item}, prévu le {due}',
  },
  void: {
    action: 'Annuler cette entrée',
    accessible: 'Annuler l’entrée de {name} du {time}',
    reason: 'Motif de l’annulation',
    reasonHint: 'Par exemple : dose donnée une seule fois, vérifié avec {name}',
    confirm: 'Annuler l’entrée',
  },
  duplicate: {
    admitted: '{patient} : admission',
    reasons: 'Pourquoi : {reasons}',
    different: 'Ce sont deux personnes différentes',
    differentReason: 'Comment l’avez-vous vérifié ?',
    differentHint: 'Par exemple : dates de naissance vérifiées sur les bracelets',
    differentConfirm: 'Enregistrer : personnes différentes',
    same: 'C’est la même personne',
    sameText:
      'Relève ne sait pas encore réunir deux dossiers en un. Gardez le dossier le plus complet et enregistrez tout sur celui-ci ; faites sortir l’autre avec la destination « Autre » et la précision « doublon ». Ce qui a été saisi sur l’autre dossier reste dans son historique et dans l’export de reprise. Prévenez la cellule d’identitovigilance.',
  },
  header: {
    value: 'Valeur : {value}',
    reason: 'Motif : {reason}',
    choose: 'Garder cette valeur',
    chooseAccessible: 'Garder la valeur « {value} »',
    chooseReason: 'Pourquoi cette valeur ?',
    chooseHint: 'Par exemple : vérifié avec le médecin, avec le patient',
    chooseConfirm: 'Garder « {value} »',
  },
  done: 'Conflit réglé.',
};

export const frConflictsValidation = {
  conflictResolved:
    'Ce conflit est déjà réglé sur cette tablette (par une autre saisie) : rien n’a été enregistré.',
};
