/** The lock screen's safety messages (the `lockSafety` namespace): storage, clock, tabs. */
export const frLockSafety = {
  storage:
    'Le déverrouillage n’a pas abouti : erreur de stockage sur la tablette. Réessayez ; si cela recommence, prévenez l’informatique.',
  countNotSavedQuota:
    'La tablette n’a plus de place : cet essai n’a pas pu être enregistré sur l’appareil. Il reste compté sur cet écran et le délai d’attente s’applique. Prévenez le cadre ou l’informatique.',
  countNotSavedStorage:
    'Cet essai n’a pas pu être enregistré sur l’appareil (erreur de stockage) : il reste compté sur cet écran et le délai d’attente s’applique. Prévenez l’informatique.',
  clockBehind:
    'L’horloge de cette tablette retarde : elle indique {now}, alors qu’un enregistrement date déjà du {latest}. Faites corriger la date et l’heure avant de saisir, sinon les heures enregistrées seront fausses. Le délai entre deux essais n’en est pas raccourci.',
};
