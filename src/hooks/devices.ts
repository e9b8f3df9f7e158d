import { useLiveQuery } from 'dexie-react-hooks';
import { readDeviceNames } from '../db/devices';

/** The names given to the ward's tablets, by device id, live (settings, history, timeline). */
export const useDeviceNames = () => useLiveQuery(readDeviceNames);
