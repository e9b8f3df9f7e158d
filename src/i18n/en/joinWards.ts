import { plural } from '../forms';
import type { Messages } from '../types';

/** Two wards begun separately, joined (issue 14, point 6). */
export const enJoinWards: Messages['joinWards'] = {
  title: 'Two wards begun separately',
  join: {
    title: 'Join a ward begun separately',
    intro:
      'Two tablets each created "the ward" when the outage began? Make the ward file on the other tablet, then join it here with its passphrase. Everything it recorded is taken in here, with its authors and times, and encrypted with this ward\'s key. This ward keeps its name and settings; a bed with the same name is the same bed.',
    file: "The other tablet's ward file (.releve)",
    passphrase: "The other ward's passphrase",
    submit: 'Join this ward',
    working: 'Checking the file, then taking in the entries…',
    progress: 'Progress: {done} of {total}',
    done: '{entries} from the ward "{name}", {patients}, {beds}, {people}.',
    unnamed: 'without a name',
    entries: plural({ one: '{n} entry taken in', other: '{n} entries taken in' }),
    patients: plural({ one: 'with {n} patient', other: 'with {n} patients' }),
    beds: plural({ one: '{n} double bed to check', other: '{n} double beds to check' }),
    people: plural({
      one: '{n} person perhaps admitted twice',
      other: '{n} people perhaps admitted twice',
    }),
    toLink: 'See "Conflicts between tablets" on the ward board: move or link what is there twice.',
    nothingNew: 'No new entry: this file was already joined to this ward.',
  },
  move: {
    done: 'This tablet is now on the joined ward.',
    title: 'Move to the joined ward',
    intro:
      "This tablet's ward was joined into another one, on another tablet? Take the joined ward's file, made after the join, and its passphrase. This tablet then moves to that ward, only if everything it recorded is in the file. Drafts in progress must be saved or discarded first.",
    file: "The joined ward's file (.releve)",
    passphrase: 'Passphrase (joined ward)',
    submit: 'Move to the joined ward',
    working: 'Checking that nothing of this tablet is missing…',
  },
  noFile: 'Choose a file first.',
  noPassphrase: 'Type the passphrase.',
  errors: {
    sameWard:
      'This file is this ward\'s own: import it under "Import a ward file". Nothing was changed.',
    noAuthor:
      'Choose who is charting first: the join is recorded in their name. Nothing was changed.',
    missingEntries: plural({
      one: "{n} entry of this tablet is missing from this file. Nothing was changed. First join this tablet's file into the joined ward, then make the ward file there again.",
      other:
        "{n} entries of this tablet are missing from this file. Nothing was changed. First join this tablet's file into the joined ward, then make the ward file there again.",
    }),
    draftsPending: plural({
      one: '{n} draft is not saved yet on this tablet: open it, then save or discard it. Nothing was changed.',
      other:
        '{n} drafts are not saved yet on this tablet: open them, then save or discard them. Nothing was changed.',
    }),
  },
};
