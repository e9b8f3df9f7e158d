import { useSyncExternalStore } from 'react';
import { newerEvents, subscribeNewer, type NewerEvent } from '../../db/versions';

export type { NewerEvent };

/** The entries this device read that a newer version of Relève wrote, live. */
export const useNewerEvents = (): readonly NewerEvent[] =>
  useSyncExternalStore(subscribeNewer, newerEvents);
