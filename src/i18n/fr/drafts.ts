/** Drafts of half-typed forms, kept across lock and reload (issue 9). */
export const frDrafts = {
  restored: 'Brouillon restauré (saisi à {time} par {name}).',
  restoredOn: 'Brouillon restauré (saisi le {date} par {name}).',
  restoredHint: 'Vérifiez les valeurs avant d’enregistrer.',
  discard: 'Abandonner le brouillon',
};
