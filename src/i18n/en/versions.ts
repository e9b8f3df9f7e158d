import { plural } from '../forms';
import type { Messages } from '../types';
import type { frVersionsValidation } from '../fr/versions';

/** Events written by a newer version of Relève (the `versions` namespace, issue 11). */
export const enVersions: Messages['versions'] = {
  newer: {
    title: 'Update needed',
    text: plural({
      one: 'Some data comes from a newer version of Relève: update the app. {count} entry is not shown on this tablet; it is kept as it is.',
      other:
        'Some data comes from a newer version of Relève: update the app. {count} entries are not shown on this tablet; they are kept as they are.',
    }),
    whatToDo:
      'Until then, what is shown may be incomplete: check the paper record or an up-to-date tablet.',
  },
};

export const enVersionsValidation: Record<keyof typeof frVersionsValidation, string> = {
  newerVersion: 'This entry comes from a newer version of Relève: update the app to read it.',
};
