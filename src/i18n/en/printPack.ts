import { plural } from '../forms';
import type { Messages } from '../types';

/** The ward pack (issue 10, point 8): index page, pack numbering, one-tap whole ward. */
export const enPrintPack: Messages['printPack'] = {
  indexTitle: 'Pack index',
  printedBy: 'Printed by {name}',
  printedByUnknown: 'Printed with no staff member identified',
  total: plural({
    one: '{count} page in all, index included',
    other: '{count} pages in all, index included',
  }),
  totalPending: 'Total page count: being prepared',
  check:
    'Every page says “Pack p. N / total” at the bottom right: a missing number is a missing page.',
  columns: {
    bed: 'Bed',
    document: 'Patient or sheet',
    pages: 'Pack pages',
  },
  short: {
    carePlan: '24 h care',
    mar: 'Medicines',
    vitals: 'Vitals',
    notes: 'Notes',
    labels: 'Labels',
  },
  blank: 'Blank admission {id}',
  range: '{from} to {to}',
  pending: '…',
  packPage: 'Pack p. {n} / {total}',
  notReady:
    'Incomplete print — pack being prepared. Nothing prints until every page is ready: wait for “pages ready to print”, then tap “Print”.',
  printAll: 'Whole-ward paper pack',
  printAllHint:
    'Prints every sheet of every patient on the ward, one blank admission sheet and the index, at once.',
  reservingOne: 'Recording the blank sheet’s identifier…',
};
