import type { frIdentityEditsValidation } from '../fr/identityEdits';
import type { Messages } from '../types';

export const enIdentityEdits: Messages['identityEdits'] = {
  conflicts: {
    title: 'Someone else changed this record while you were typing',
    intro:
      'Nothing was saved. For each field below, you and someone else entered different values: choose the one to keep. Every other change made meanwhile is kept.',
    mine: 'Keep what I typed: {value}',
    theirs: 'Take the value saved meanwhile: {value}',
    empty: '(empty)',
    chooseEach: 'Choose a value for each field, then save.',
    confirm: 'Save with these choices',
  },
  sameIpp: {
    title: 'This IPP already belongs to another record',
    intro:
      'An IPP identifies one person only. Nothing was linked. Check the IPP on the label or the wristband.',
    samePerson:
      'If this is the same person, do not link: open their record and report the duplicate to the identity-vigilance team.',
    cancel: 'Do not link: back to the patient',
    forceSummary: 'The IPP is right and these are two different people…',
    consequence:
      'If you link anyway, two records will carry the IPP {ipp}. The identity-vigilance team must be told: the reason is kept in the log with the link.',
    reason: 'Reason (required)',
    reasonHint: 'Why the IPP is right, and who was told',
    acknowledge:
      'I understand: two records will carry the same IPP, and the identity-vigilance team must be told.',
    force: 'Link anyway (shared IPP)',
    history: 'IPP already carried by another record: {reason}',
  },
};

export const enIdentityEditsValidation: Record<keyof typeof frIdentityEditsValidation, string> = {
  changedMeanwhile:
    'Someone else changed this field meanwhile (the saved value is shown above). Save again to keep what you typed, or correct it.',
};
