import type { Messages } from '../types';
import { plural } from '../forms';

/** End of the outage: delete the ward's data from the tablet (issue 13, point 5). */
export const enPurge: Messages['purge'] = {
  title: 'Delete the data on this tablet',
  intro:
    'At the end of the outage, once everything has been exported and entered again in the hospital record: deletes everything Relève keeps on this tablet. The app stays installed and will open on creating a ward.',
  whatTitle: 'What will be deleted',
  patients: plural({ one: '{count} patient record', other: '{count} patient records' }),
  patientsList: 'See the patients',
  entries: plural({
    one: '{count} entry of the ward log',
    other: '{count} entries of the ward log',
  }),
  drafts: plural({ one: '{count} draft', other: '{count} drafts' }),
  devices: plural({
    one: '{count} tablet known to the ward',
    other: '{count} tablets known to the ward',
  }),
  key: 'the ward key (the passphrase will no longer open anything)',
  training: 'the training ward',
  settings: 'this tablet’s settings (language, mode)',
  beforeTitle: 'Before deleting',
  exported: 'Recovery export saved on {at}.',
  notExported: 'No recovery export has been saved on this tablet.',
  reconciled: 'Back-entry complete: every line has been re-entered.',
  notReconciled: 'Back-entry incomplete: lines re-entered {done} of {count}.',
  warning:
    'Warning: not everything may have been handed back to the hospital. Once deleted, this data cannot be recovered from this tablet.',
  managerOnly: 'Only the ward manager can delete the data.',
  start: 'Delete the data on this tablet…',
  confirmTitle: 'Confirm the deletion',
  confirmLabel: 'To confirm, type DELETE or the ward’s name ({ward})',
  confirmWord: 'DELETE',
  confirmMismatch: 'Type DELETE or the exact name of the ward.',
  confirm: 'Delete for good',
  deleting: 'Deleting…',
  steps: {
    database: 'the ward database',
    storage: 'the tablet’s settings',
    caches: 'the data caches',
    memory: 'the key in memory',
  },
  failed:
    'Deletion incomplete: {failed} could not be deleted. Close the other Relève tabs, then try again. Nothing in the ward data was changed.',
  purged: 'Data deleted from this tablet: {what}.',
  purgedPartly:
    'Not deleted: {failed}. Close Relève, then clear the site’s data in the browser settings.',
  purgedNext: 'The app stays installed. You can create a new ward.',
};
