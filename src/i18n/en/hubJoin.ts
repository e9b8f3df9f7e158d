import type { Messages } from '../types';

/** Joining through the ward hub at first run (features/setup), and "data up to" on the board. */
export const enHubJoin: Messages['hubJoin'] = {
  choiceTitle: 'Does the ward have a hub?',
  choiceText:
    'The ward has a hub on its network: this tablet gets the ward from the hub, with its address, the hub credential and the ward passphrase.',
  choose: 'Join through the hub',
  title: 'Join through the hub',
  intro:
    'The hub address, user and password are on the ward’s emergency sheet (or ask the nurse in charge). Keep the tablet on and on the ward’s Wi-Fi until the end.',
  url: 'Hub address (the ward’s database)',
  urlHint: 'For example https://hub.local:8443/hub/ward-cardio-3',
  user: 'Hub user',
  password: 'Hub password',
  submit: 'Join the ward',
  back: 'Back',
  missing: 'Enter the hub address, user and password, and the ward passphrase.',
  connecting: 'Connecting to the hub…',
  progress: '{received} entries received of ~{expected}',
  errors: {
    unauthorized:
      'The hub refuses this user or password. Check them on the ward’s emergency sheet.',
    forbidden: 'The hub refuses this user for this database.',
    unreachable:
      'The hub does not answer. Check the address and that the tablet is on the ward’s Wi-Fi, then try again: what was received is kept.',
    notFound: 'This address leads to no database on the hub. Check it.',
    server: 'The hub answered with an error. Try again: what was received is kept.',
    wrongPassphrase: 'This is not the ward passphrase.',
    noWardOnHub:
      'This hub does not hold the ward key yet: first turn the hub on in the Settings of one of the ward’s tablets.',
    alreadyWard: 'This tablet already has a ward.',
    unknown: 'That did not work. Try again: what was received is kept.',
  },
  dataUpTo: 'Ward data on this tablet up to {upTo}',
  noData: 'No ward data on this tablet yet',
  hubExchange: 'last exchange with the hub {at}',
  hubNever: 'no exchange with the hub yet',
};
