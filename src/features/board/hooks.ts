import { useLiveQuery } from 'dexie-react-hooks';
import { appendEvent } from '../../db/append';
import { attempt } from '../../db/errors';
import { readBoard } from '../../db/patients';
import { readWard, readWardNotes } from '../../db/ward';

export const useWardName = () => useLiveQuery(async () => (await readWard())?.name);

/** One card per bed with who is in it, live: a change on another tab shows at once. */
export const useBoard = () => useLiveQuery(readBoard);

export const useWardNotes = () => useLiveQuery(() => readWardNotes(50));

export const tryWriteWardNote = (text: string) =>
  attempt(() => appendEvent({ type: 'note.written', payload: { text } }));
