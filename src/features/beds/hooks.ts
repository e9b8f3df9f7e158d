import {
  addBed,
  addBedSeries,
  moveBed,
  updateBed,
  type BedChange,
  type BedDraft,
  type BedShown,
} from '../../db/beds';
import { attempt } from '../../db/errors';
import type { BedId } from '../../domain/ids';

export const tryAddBed = (draft: BedDraft) => attempt(() => addBed(draft));

export const tryAddBedSeries = (from: number, to: number) => attempt(() => addBedSeries(from, to));

/** `shown`: what the edit form showed when opened (only what the nurse changed counts). */
export const tryUpdateBed = (bedId: BedId, change: BedChange, shown?: BedShown) =>
  attempt(() => updateBed(bedId, change, shown));

export const tryMoveBed = (bedId: BedId, step: -1 | 1) => attempt(() => moveBed(bedId, step));
