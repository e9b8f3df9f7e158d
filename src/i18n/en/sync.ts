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
};
