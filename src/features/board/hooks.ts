import { useLiveQuery } from 'dexie-react-hooks';
import { appendEvent } from '../../db/append';
import { attempt } from '../../db/errors';
import { readPatientsOnWard, readWard, readWardNotes } from '../../db/ward';

export const useWardName = () => useLiveQuery(async () => (await readWard())?.name);

/** Patients on the ward in bed order, live: a change on another tab shows at once. */
export const usePatientsOnWard = () => useLiveQuery(readPatientsOnWard);

export const useWardNotes = () => useLiveQuery(() => readWardNotes(50));

export const useWriteWardNote = () => (text: string) =>
  attempt(() => appendEvent({ type: 'note.written', payload: { text } }));
