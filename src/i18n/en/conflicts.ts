import { plural } from '../forms';
import type { frConflictsValidation } from '../fr/conflicts';
import type { Shape } from '../forms';
import type { Messages } from '../types';

/** What two tablets did at the same time (the `conflicts` namespace, issue 14, point 5). */
export const enConflicts: Messages['conflicts'] = {
  title: 'Conflicts between tablets',
  count: plural({
    one: '{count} conflict to settle: two tablets recorded at the same time without seeing what the other did.',
    other:
      '{count} conflicts to settle: two tablets recorded at the same time without seeing what the other did.',
  }),
  patientIntro:
    'Two tablets recorded at the same time without seeing each other. Relève does not choose for you: check, then settle it. Once settled, the conflict goes from every tablet that receives the correction.',
  badge: '⚠ CONFLICT: {what}',
  open: 'Open the record of {name}',
  kinds: {
    bed: 'Two patients in bed {bed}',
    dose: 'A dose recorded twice',
    care: 'A care item recorded twice',
    duplicate: 'Same person admitted on two tablets?',
    header: '“{field}” changed on two tablets',
  },
  entry: 'By {name}, on {time}, on {device}',
  recordedLate: 'entered on {time}',
  bed: {
    placed: '{patient}: arrival in this bed',
    move: 'Move {patient}',
  },
  dose: {
    what: '{drug}, due on {due}',
    outcome: 'Recorded: {outcome}',
  },
  care: {
    what: '{item}, due on {due}',
  },
  void: {
    action: 'Void this entry',
    accessible: 'Void the entry by {name} on {time}',
    reason: 'Reason for voiding',
    reasonHint: 'For example: dose given once only, checked with {name}',
    confirm: 'Void the entry',
  },
  duplicate: {
    admitted: '{patient}: admission',
    reasons: 'Why: {reasons}',
    different: 'These are two different people',
    differentReason: 'How did you check?',
    differentHint: 'For example: dates of birth checked on the wristbands',
    differentConfirm: 'Record: different people',
    same: 'It is the same person',
    sameText:
      'Relève cannot join two records into one yet. Keep the more complete record and chart everything on it; discharge the other with the destination “Other” and the detail “duplicate”. What was entered on the other record stays in its history and in the recovery export. Tell the identity-vigilance team.',
  },
  header: {
    value: 'Value: {value}',
    reason: 'Reason: {reason}',
    choose: 'Keep this value',
    chooseAccessible: 'Keep the value “{value}”',
    chooseReason: 'Why this value?',
    chooseHint: 'For example: checked with the physician, with the patient',
    chooseConfirm: 'Keep “{value}”',
  },
  done: 'Conflict settled.',
};

export const enConflictsValidation: Shape<typeof frConflictsValidation> = {
  conflictResolved:
    'This conflict is already settled on this tablet (by another entry): nothing was recorded.',
};
