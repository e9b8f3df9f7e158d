/** Training mode ("Mode formation"): a practice ward in a database of its own. */
export const frTraining = {
  band: 'FORMATION',
  bandText:
    'Service fictif pour s’exercer. Rien de ce qui est saisi ici n’est réel ni transmis ; tout est effacé en quittant la formation.',
  leave: 'Quitter la formation',
  leaveConfirm: 'Effacer le service de formation et revenir au vrai service ?',
  leaveYes: 'Effacer et quitter',
  leaveNo: 'Continuer la formation',
  leaveFailed:
    'Le service de formation n’a pas pu être effacé. Fermez les autres onglets de Relève puis réessayez.',
  sectionTitle: 'Mode formation',
  sectionText:
    'Pour s’exercer avant ou pendant une panne, sans toucher au vrai service : un service fictif s’ouvre à part, marqué FORMATION sur chaque écran et chaque feuille imprimée. Le vrai service est verrouillé pendant ce temps et retrouvé tel quel en quittant.',
  enter: 'Ouvrir le service de formation',
  firstRunText:
    'Pas encore de service sur cette tablette ? Vous pouvez d’abord vous exercer sur un service fictif.',
  printMark: 'FORMATION — document d’exercice, sans valeur',
  filling: 'Préparation du service de formation : {percent} %',
  filled: 'Service de formation prêt : des patients fictifs et leurs trois derniers jours.',
  fillFailed:
    'Le service de formation n’a pas pu être rempli en entier. Quittez la formation puis recommencez.',
};
