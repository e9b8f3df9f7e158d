import { plural } from '../forms';
import type { Messages } from '../types';

/** The hub's state in the header of every screen (features/sync). */
export const enSync: Messages['sync'] = {
  off: 'Hub: not set up',
  connected: 'Hub: connected',
  offline: 'Hub: unreachable, trying again soon',
  unauthorized: 'Hub: credential refused',
  error: 'Hub: error, trying again soon',
  exchangedAt: 'last exchange at {time}',
  never: 'no exchange yet',
  waiting: plural({
    one: '{count} entry waiting to be sent',
    other: '{count} entries waiting to be sent',
  }),
  settings: {
    title: 'Ward hub',
    intro:
      "With a hub, the ward's tablets stay in step over the ward's network. Ask the ward manager or IT for the hub's address and credential.",
    url: "Hub address (the ward's database)",
    user: 'User',
    password: 'Hub password',
    passphrase: 'Ward passphrase',
    passphraseHint:
      "At least 4 words and 20 characters: the ward's key, protected by this passphrase, is put on the hub.",
    test: 'Test the connection',
    enable: 'Turn the hub on',
    disable: 'Turn the hub off',
    working: 'Please wait…',
    reachable: 'Connected: the hub answers.',
    enabled: 'Hub turned on: syncing starts now.',
    disabled: 'Hub turned off on this tablet.',
    current: 'Current hub: {url}',
    errors: {
      unauthorized: 'The hub refuses this user or password.',
      forbidden: 'The hub refuses this user for this database.',
      unreachable: 'The hub does not answer. Check the address and the Wi-Fi.',
      notFound: 'This address leads to no database on the hub.',
      server: 'The hub answered with an error. Try again.',
      weakPassphrase:
        'The ward passphrase is too weak for a hub: change it first (at least 4 words and 20 characters).',
      wrongPassphrase: "This is not the ward's passphrase.",
      noWard: 'There is no ward on this tablet.',
      noWardOnHub:
        'This hub does not hold the ward key yet: first turn the hub on in the Settings of one of the ward’s tablets.',
      alreadyWard: 'This tablet already has a ward.',
      unknown: 'That did not work. Nothing was changed. Try again.',
    },
  },
};
