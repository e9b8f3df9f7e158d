import type { Messages } from '../types';

/** Drafts of half-typed forms, kept across lock and reload (issue 9). */
export const enDrafts: Messages['drafts'] = {
  restored: 'Draft restored (typed at {time} by {name}).',
  restoredOn: 'Draft restored (typed on {date} by {name}).',
  restoredHint: 'Check the values before saving.',
  discard: 'Discard the draft',
};
