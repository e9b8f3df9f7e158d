import type { Messages } from '../types';

/** The lock screen's safety messages (the `lockSafety` namespace): storage, clock, tabs. */
export const enLockSafety: Messages['lockSafety'] = {
  storage:
    'Unlocking failed: a storage error on the tablet. Try again; if it happens again, tell the IT team.',
  countNotSavedQuota:
    'The tablet is out of space: this try could not be recorded on the device. It is still counted on this screen and the waiting time applies. Tell the ward manager or the IT team.',
  countNotSavedStorage:
    'This try could not be recorded on the device (storage error): it is still counted on this screen and the waiting time applies. Tell the IT team.',
  clockBehind:
    'This tablet’s clock is behind: it shows {now}, but something was already recorded at {latest}. Have the date and time corrected before charting, or recorded times will be wrong. The wait between tries is not shortened by it.',
};
