import { useLiveQuery } from 'dexie-react-hooks';
import { useSyncExternalStore } from 'react';
import { attempt } from '../../db/errors';
import { getSession, subscribeSession } from '../../db/session';
import { addSelf, addStaff, readWard, type StaffDraft } from '../../db/ward';

export { chooseAuthor } from '../../db/ward';

/** The ward of this device; undefined while loading, null before the first run. */
export const useWard = () => useLiveQuery(readWard);

/** Who is charting since the last unlock; null when nobody is chosen yet. */
export const useCurrentAuthor = () => useSyncExternalStore(subscribeSession, getSession).author;

export const tryAddStaff = (person: StaffDraft) => attempt(() => addStaff(person));

/** On "Qui saisit ?": the person added is the author of her own entry, and charts from now on. */
export const tryAddSelf = (person: StaffDraft) => attempt(() => addSelf(person));
