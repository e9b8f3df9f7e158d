import { useLiveQuery } from 'dexie-react-hooks';
import { readBeds } from '../db/beds';

// Live reads that several features need, defined once (issue 11): a feature never imports
// another, so a hook shared by the beds setup and the patient screens lives here, between
// the features and db. It imports db and domain only; ui and print get data by props.

/** The ward's beds in board order, live; undefined while loading. */
export const useBeds = () => useLiveQuery(readBeds);
