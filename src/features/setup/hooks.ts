import { attempt } from '../../db/errors';
import { createWard, type WardDraft } from '../../db/lock';
import type { StaffDraft } from '../../db/ward';

/** Creates the ward, its passphrase and its first author; reports why not instead of throwing. */
export const tryCreateWard = (
  ward: WardDraft,
  first: StaffDraft,
  passphrase: { value: string; confirmation: string },
) => attempt(() => createWard(ward, first, passphrase));
