import { plural } from '../forms';
import type { Messages } from '../types';

/** A ward file made with entries this tablet cannot read (issue 14 leftovers). */
export const enWardFileCarry: Messages['wardFileCarry'] = {
  asStored: plural({
    one: '{count} entry this tablet cannot read (damaged, or written by a newer version of Relève) is in the file as stored: the tablet that imports the file will check it and set it aside if needed.',
    other:
      '{count} entries this tablet cannot read (damaged, or written by a newer version of Relève) are in the file as stored: the tablet that imports the file will check them and set them aside if needed.',
  }),
  leftOut: plural({
    one: 'Warning: {count} entry could not be put in the file: it is too damaged on this tablet to be copied. The file holds everything else. Tell the ward manager and keep this tablet as it is: the entry stays on it.',
    other:
      'Warning: {count} entries could not be put in the file: they are too damaged on this tablet to be copied. The file holds everything else. Tell the ward manager and keep this tablet as it is: the entries stay on it.',
  }),
  giveAnyway: 'Hand the file over anyway',
  source: {
    ward: 'Ward file “{file}”, made on {device} on {made}',
    backup: 'Backup copy “{file}”, made on {device} on {made}',
    hub: "Received from the ward's server on {made}",
    other: '“{file}”, from {device} on {made}',
  },
};
