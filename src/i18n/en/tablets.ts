import { plural } from '../forms';
import type { Messages } from '../types';

/** One ward on several tablets (issue 14, points 1 and 7): join, restore, add, backups. */
export const enTablets: Messages['tablets'] = {
  firstRun: {
    title: 'First start on this tablet',
    restoreTitle: 'Did this tablet already hold the ward?',
    restoreText:
      'If the browser erased its data (short of space, tablet reset, site data deleted), the app cannot tell: everything went at once. Do not create a new, empty ward: restore the tablet from its last ward file, or from another tablet of the ward.',
    restore: 'Restore from a ward file',
    joinTitle: 'Is another tablet of the ward already running?',
    joinText:
      'On that tablet, Settings, “Add a tablet to this ward” makes a file. Bring it here (USB stick, share) with the ward passphrase.',
    join: 'Join the ward with a file',
    createText:
      'Only for the first tablet of the ward, when the outage starts. The other tablets join this ward with a file.',
  },
  join: {
    joinTitle: 'Join the ward',
    restoreTitle: 'Restore this tablet',
    joinIntro:
      'Choose the file made on a tablet of the ward, then type the ward passphrase. The tablet receives the ward key and its whole log.',
    restoreIntro:
      'Choose the last ward file made by this tablet (or by another tablet of the ward), then type the ward passphrase. What was entered here after that file and that no other tablet received is lost: write it down on paper to enter it again.',
    file: 'Ward file',
    fileHint: 'A .releve file on a USB stick or received through sharing',
    fileChosen: 'Chosen file: {name}',
    backupPassphrase:
      'This is a backup copy: type the passphrase chosen for it. This tablet will then open with that passphrase; to use the ward’s again, change it in Settings.',
    fileFacts: 'Made on {when}, {events}.',
    events: plural({ one: '{count} entry', other: '{count} entries' }),
    passphrase: 'Ward passphrase',
    joinSubmit: 'Join the ward',
    restoreSubmit: 'Restore the tablet',
    working: 'Opening the file and copying the log…',
    back: 'Back to the choices',
    done: 'Ward open: {entries}, {patients}.',
    patients: plural({ one: '{count} new patient', other: '{count} new patients' }),
    noFile: 'Choose the ward file first.',
    noPassphrase: 'Type the ward passphrase.',
  },
  errors: {
    empty: 'This file is empty. Make the file again on the other tablet.',
    notWardFile: 'This file is not a Relève ward file. Check that you chose the right file.',
    truncated:
      'This file is incomplete (copy interrupted?). Copy it again from the stick or make it again.',
    unknownVersion:
      'This file was made by a newer version of Relève. Update the app on this tablet, then try again.',
    otherWard: 'This file belongs to another ward. Nothing was changed.',
    wrongPassphrase:
      'Wrong passphrase for this file: it is the passphrase of the ward that made the file. Nothing was changed.',
    damaged:
      'This file is damaged or was altered: it cannot be read. Nothing was changed. Make the file again.',
    tooLarge: 'This file is too large to be read on this tablet.',
    noWard: 'This tablet has no ward yet.',
    alreadyWard: 'This tablet already holds a ward: a tablet holds one ward. Nothing was changed.',
    storage:
      'The file could not be read or stored on this tablet. Nothing was changed. Try again; if it happens again, tell the ward manager.',
  },
  add: {
    title: 'Add a tablet to this ward',
    intro: 'Makes a file with the whole ward log and its key, protected by the ward passphrase.',
    steps: {
      carry:
        'Make the file, then copy it to a USB stick or send it through the tablet’s share sheet.',
      open: 'On the new tablet, open Relève and choose “Join the ward with a file”.',
      type: 'Choose the file and type the ward passphrase: the new tablet does not open without it.',
    },
    make: 'Make the file for the new tablet',
    working: 'Preparing the file…',
    progress: 'Progress: {done} entries of {total}',
    done: 'File {name} ready ({events}). Bring it to the new tablet.',
    shared: 'File {name} shared ({events}).',
    failed:
      'The file could not be prepared. Nothing was changed. Try again; if it happens again, tell the ward manager.',
  },
  backup: {
    last: 'Last ward file made on this tablet: {when}',
    never: 'never',
    due: 'No ward file for more than {hours}\u00A0h on this tablet. If it breaks down, what was entered here since is lost: make a file and keep it on a USB stick or another tablet.',
    neverDue:
      'This tablet has never made a ward file. If it breaks down, what was entered here is lost: make a file and keep it on a USB stick or another tablet.',
    make: 'Make a ward file',
    settingTitle: 'Ward file reminder',
    setting: 'Remind to make a file after',
    hours: '{count}\u00A0h',
    settingHint: 'A setting of this tablet only.',
  },
  storage: {
    notPersistent:
      'The browser may erase this tablet’s data when it runs short of space. Install the app on the home screen and make a ward file often.',
  },
};
