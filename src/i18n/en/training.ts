import type { Messages } from '../types';

/** Training mode: a practice ward in a database of its own. */
export const enTraining: Messages['training'] = {
  band: 'TRAINING',
  bandText:
    'A fictitious ward to practise on. Nothing entered here is real or sent anywhere; everything is deleted when you leave training.',
  leave: 'Leave training',
  leaveConfirm: 'Delete the training ward and go back to the real ward?',
  leaveYes: 'Delete and leave',
  leaveNo: 'Keep training',
  leaveFailed:
    'The training ward could not be deleted. Close the other Relève tabs, then try again.',
  sectionTitle: 'Training mode',
  sectionText:
    'To practise before or during an outage without touching the real ward: a fictitious ward opens separately, marked TRAINING on every screen and every printed sheet. The real ward stays locked meanwhile and is found as it was when you leave.',
  enter: 'Open the training ward',
  firstRunText: 'No ward on this tablet yet? You can practise on a fictitious ward first.',
  printMark: 'TRAINING — practice document, not valid',
  filling: 'Preparing the training ward: {percent}%',
  filled: 'Training ward ready: fictitious patients and their last three days.',
  fillFailed: 'The training ward could not be filled completely. Leave training, then start again.',
};
