import { plural } from '../forms';
import type { Messages } from '../types';

/** The ward file (issue 14). */
export const enWardFile: Messages['wardFile'] = {
  title: 'Ward file',
  intro:
    "The ward's log in one encrypted file, to pass to the ward's other tablets (USB key, share, shared folder). Importing a file adds what is missing here; nothing is erased or replaced.",
  lastMade: 'Last ward file made on this tablet: {when}.',
  neverMade: 'No ward file has been made on this tablet yet.',
  make: {
    title: 'Make a file',
    scope: 'Content',
    whole: 'The whole log',
    since: 'Entries recorded since a date',
    sinceDate: 'Recorded since',
    submit: 'Make the ward file',
    working: 'Preparing the file…',
    progress: 'Progress: {done} of {total} entries read',
    shared: 'File {name} ready: {count} entries. Choose where to send it.',
    saved: plural({
      one: 'File {name} saved on this tablet: {count} entry.',
      other: 'File {name} saved on this tablet: {count} entries.',
    }),
    badDate: 'Invalid date or time (dd/mm/yyyy and hh:mm).',
  },
  backup: {
    title: 'Backup copy for IT',
    intro:
      "A copy that leaves the ward: it opens with a passphrase chosen now, not with the ward's. Give this passphrase separately from the file.",
    wardPassphrase: 'Ward passphrase',
    filePassphrase: 'Passphrase of the copy',
    filePassphraseConfirm: 'Passphrase of the copy, again',
    hint: 'At least 10 characters, or a code of at least 6 digits.',
    submit: 'Make the backup copy',
    required: 'Type the ward passphrase.',
    weak: 'Too short: at least 10 characters, or a code of at least 6 digits.',
    mismatch: 'The two passphrases of the copy differ.',
  },
  import: {
    title: 'Import a ward file',
    choose: 'Ward file (.releve)',
    submit: 'Import',
    noFile: 'Choose a file first.',
    working: 'Checking, then importing the file…',
    progress: 'Progress: {done} of {total} entries',
    from: 'File made on {when} ({kind}), {count} entries.',
    kindWard: 'ward file',
    kindBackup: 'backup copy',
    done: 'Import finished: {added}, {patients}, {present}.',
    quarantined: plural({
      one: '{count} refused entry was set aside, not applied: see Settings, "Entries set aside".',
      other:
        '{count} refused entries were set aside, not applied: see Settings, "Entries set aside".',
    }),
  },
  report: {
    added: plural({ one: '{count} new entry', other: '{count} new entries' }),
    patients: plural({ one: '{count} new patient', other: '{count} new patients' }),
    present: plural({ one: '{count} already present', other: '{count} already present' }),
  },
  errors: {
    empty: 'This file is empty. Nothing was changed.',
    notWardFile: 'This is not a Relève ward file. Nothing was changed.',
    truncated:
      'This file is incomplete (copy interrupted?). Nothing was changed. Make the file again on the tablet it came from.',
    unknownVersion:
      'This file was made by a newer version of Relève. Nothing was changed. Update this tablet.',
    otherWard: "This file is another ward's. Nothing was changed.",
    wrongPassphrase: 'Wrong passphrase. Nothing was changed.',
    damaged:
      'This file is damaged or was altered: its check fails. Nothing was changed. Make the file again on the tablet it came from.',
    tooLarge: 'This file is far too large to be a ward file. Nothing was changed.',
    noWard: 'This tablet has no ward yet.',
    alreadyWard: 'This tablet already has a ward: a tablet holds one ward.',
    quota:
      'The tablet has no room left to save. What was imported stands; free some space, then import the file again.',
    failed:
      'The operation did not complete. Nothing that was saved has been lost. Try again; if it happens again, tell the ward manager.',
  },
  quarantine: {
    title: 'Entries set aside',
    none: 'No entry set aside.',
    intro:
      'Entries a ward file brought that were refused: they are not applied and change nothing. Tell the ward manager; they stay here for inquiry.',
    columns: {
      source: 'File and tablet',
      when: 'Imported on',
      reason: 'Reason',
      count: 'Count',
    },
    unnamed: 'unnamed file',
    reasons: {
      tampered: 'Check failed (altered or damaged)',
      shape: 'Not a readable entry',
      schema: 'Invalid content',
      newer: 'Written by a newer version of Relève: to take in after updating it',
      otherWard: "Another ward's entry",
    },
  },
};
