import { useLiveQuery } from 'dexie-react-hooks';
import { appendEvent } from '../../db/append';
import { attempt } from '../../db/errors';
import { readBoardCharting } from '../../db/boardReads';
import { readBoard } from '../../db/patients';
import type { PatientState } from '../../domain/patient';
import { readWard, readWardNotes } from '../../db/ward';

export type { CardCharting } from '../../db/boardReads';

export const useWardName = () => useLiveQuery(async () => (await readWard())?.name);

/** One card per bed with who is in it, live: a change on another tab shows at once. */
export const useBoard = () => useLiveQuery(readBoard);

/** Every card's charting (last set, call due), live, in one read for the whole board. */
export function useBoardCharting(patients: readonly PatientState[] | undefined) {
  const key = patients?.map((p) => `${p.id}@${p.admittedAt}`).join(',');
  return useLiveQuery(
    () => (patients ? readBoardCharting(patients) : undefined),
    // The same patients in a new array (the board read again): the same read.
    [key],
  );
}

export const useWardNotes = () => useLiveQuery(() => readWardNotes(50));

export const tryWriteWardNote = (text: string) =>
  attempt(() => appendEvent({ type: 'note.written', payload: { text } }));
