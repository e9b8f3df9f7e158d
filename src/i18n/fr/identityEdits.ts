/** Edits of a header made at the same time elsewhere, and an IPP already used (issue 9). */
export const frIdentityEdits = {
  conflicts: {
    title: 'Quelqu’un d’autre a modifié ce dossier pendant votre saisie',
    intro:
      'Rien n’a été enregistré. Pour chaque champ ci-dessous, vous et une autre personne avez saisi une valeur différente : choisissez celle à garder. Les autres changements faits entre-temps sont conservés.',
    mine: 'Garder ma saisie : {value}',
    theirs: 'Prendre la valeur enregistrée entre-temps : {value}',
    empty: '(vide)',
    chooseEach: 'Choisissez une valeur pour chaque champ, puis enregistrez.',
    confirm: 'Enregistrer avec ces choix',
  },
  sameIpp: {
    title: 'Cet IPP est déjà celui d’un autre dossier',
    intro:
      'Un IPP désigne une seule personne. Rien n’a été lié. Vérifiez l’IPP sur l’étiquette ou le bracelet.',
    samePerson:
      'S’il s’agit de la même personne, ne liez pas : ouvrez son dossier et signalez le doublon à la cellule d’identitovigilance.',
    cancel: 'Ne pas lier : revenir au patient',
    forceSummary: 'L’IPP est exact et ce sont deux personnes différentes…',
    consequence:
      'Si vous liez quand même, deux dossiers porteront l’IPP {ipp}. La cellule d’identitovigilance doit en être informée : le motif est gardé dans le journal avec la liaison.',
    reason: 'Motif (obligatoire)',
    reasonHint: 'Pourquoi l’IPP est exact, et qui a été prévenu',
    acknowledge:
      'J’ai compris : deux dossiers porteront le même IPP, et la cellule d’identitovigilance doit être prévenue.',
    force: 'Lier quand même (IPP partagé)',
    history: 'IPP déjà porté par un autre dossier : {reason}',
  },
};

/** Messages of the validation codes added for edits made meanwhile (spread into `validation`). */
export const frIdentityEditsValidation = {
  changedMeanwhile:
    'Quelqu’un d’autre a modifié ce champ entre-temps (la valeur enregistrée est affichée au-dessus). Enregistrez à nouveau pour garder votre saisie, ou corrigez-la.',
};
