import { attempt } from '../../db/errors';
import { createWard, type StaffDraft, type WardDraft } from '../../db/ward';

/** Creates the ward and its first author; reports why not instead of throwing. */
export const useCreateWard = () => (ward: WardDraft, first: StaffDraft) =>
  attempt(() => createWard(ward, first));
