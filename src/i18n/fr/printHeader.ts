/** The per-patient header of the printed sheets: allergies, isolation, level of care. */
export const frPrintHeader = {
  region: 'Allergies, isolement, niveau de soins',
  allergyOne: 'ALLERGIE\u00a0:',
  allergyMany: 'ALLERGIES\u00a0:',
  noneKnown: 'Aucune allergie connue',
  unrecorded: 'Allergies non renseignées',
  unrecordedHint: 'à recueillir avant toute administration',
  moreOne: '… et 1 autre (voir le dossier)',
  moreMany: '… et {count} autres (voir le dossier)',
  labelMore: '… +{count}',
  isolation: 'Isolement\u00a0:',
  isolationNone: 'aucun',
  level: 'Niveau de soins\u00a0:',
  overflowBlocked:
    'Impression bloquée\u00a0: ces pages ne tiennent pas dans leur cadre et sortiraient coupées. Retirez ces feuilles de l’impression et signalez-le.',
  overflowPage: '{page} ({patient})',
  overflowMore: 'et {count} autres pages',
};
