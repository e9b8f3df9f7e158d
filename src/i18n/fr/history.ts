/** The patient's history, read by windows of its newest entries (the `history` namespace). */
export const frHistory = {
  showEarlier: 'Afficher les entrées plus anciennes',
};
