import { useLiveQuery } from 'dexie-react-hooks';
import {
  addBed,
  addBedSeries,
  moveBed,
  readBeds,
  updateBed,
  type BedChange,
  type BedDraft,
  type BedShown,
} from '../../db/beds';
import { attempt } from '../../db/errors';
import type { BedId } from '../../domain/ids';

export const useBeds = () => useLiveQuery(readBeds);

export const useAddBed = () => (draft: BedDraft) => attempt(() => addBed(draft));

export const useAddBedSeries = () => (from: number, to: number) =>
  attempt(() => addBedSeries(from, to));

/** `shown`: what the edit form showed when opened (only what the nurse changed counts). */
export const useUpdateBed = () => (bedId: BedId, change: BedChange, shown?: BedShown) =>
  attempt(() => updateBed(bedId, change, shown));

export const useMoveBed = () => (bedId: BedId, step: -1 | 1) => attempt(() => moveBed(bedId, step));
