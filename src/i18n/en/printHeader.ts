import type { Messages } from '../types';

/** The per-patient header of the printed sheets: allergies, isolation, level of care. */
export const enPrintHeader: Messages['printHeader'] = {
  region: 'Allergies, isolation, level of care',
  allergyOne: 'ALLERGY:',
  allergyMany: 'ALLERGIES:',
  noneKnown: 'No known allergy',
  unrecorded: 'Allergies not recorded',
  unrecordedHint: 'ask before giving anything',
  moreOne: '… and 1 more (see the record)',
  moreMany: '… and {count} more (see the record)',
  labelMore: '… +{count}',
  isolation: 'Isolation:',
  isolationNone: 'none',
  level: 'Level of care:',
  overflowBlocked:
    'Printing blocked: these pages do not fit their frame and would print cut off. Leave these sheets out and report it.',
  overflowPage: '{page} ({patient})',
  overflowMore: 'and {count} more pages',
};
