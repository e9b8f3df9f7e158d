import { useLiveQuery } from 'dexie-react-hooks';
import { attempt } from '../../db/errors';
import { getLocal } from '../../db/local';
import { addStaff, chooseAuthor, readWard, type StaffDraft } from '../../db/ward';
import type { StaffId } from '../../domain/ids';

/** The ward of this device; undefined while loading, null before the first run. */
export const useWard = () => useLiveQuery(readWard);

/** Who is charting; undefined while loading, null when nobody is chosen. */
export const useCurrentAuthor = () => useLiveQuery(async () => (await getLocal('author')) ?? null);

export const useChooseAuthor = () => (staffId: StaffId) => attempt(() => chooseAuthor(staffId));

export const useAddStaff = () => (person: StaffDraft) => attempt(() => addStaff(person));
